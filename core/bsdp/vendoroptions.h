// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bsdp/imageid.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Bsdp {

/// BSDP message types, sub-option 1.
enum class MessageType : quint8 { None = 0, List = 1, Select = 2, Failed = 3 };

/// "LIST", "SELECT", "FAILED"; empty for None.
QString messageTypeName(MessageType type);

/// One entry of a boot image list (sub-option 9): id, then the name in UTF-8.
struct BootImage
{
    ImageId id;
    QByteArray name;

    friend bool operator==(const BootImage &, const BootImage &) = default;
};

/// The BSDP sub-options carried in DHCP option 43 (Apple's BSDP spec 1.0.8):
/// plain values, decoded defensively and encoded the way macOS clients read
/// them. Integers are big-endian on the wire.
struct VendorOptions
{
    enum Code : quint8 {
        Pad = 0,
        Type = 1,
        Version = 2,
        ServerId = 3,
        ServerPriority = 4,
        ReplyPort = 5,
        ImageListPath = 6,
        DefaultImage = 7,
        SelectedImage = 8,
        ImageList = 9,
        NetBoot10Firmware = 10,
        AttributesFilter = 11,
        MaxMessageSize = 12,
        ShadowMountPath = 128,
        ShadowFilePath = 129,
        MachineName = 130,
        End = 255,
    };

    static constexpr quint16 Version1_0 = 0x0100; ///< asks for no image list
    static constexpr quint16 Version1_1 = 0x0101;
    /// One option-43 instance holds at most 255 bytes; an image list entry
    /// never straddles two, so a name can have at most 255 - 2 - 5 bytes.
    static constexpr int MaxNameBytes = 248;

    MessageType type = MessageType::None;
    std::optional<quint16> version;
    std::optional<quint32> serverId; ///< IPv4, host order
    std::optional<quint16> priority;
    std::optional<quint16> replyPort;
    std::optional<ImageId> defaultImage;
    std::optional<ImageId> selectedImage;
    bool hasImageList = false; ///< sub-option 9 present (possibly empty)
    QList<BootImage> images;
    bool hasAttributesFilter = false;
    QList<quint16> attributesFilter;
    std::optional<quint16> maxMessageSize;
    QByteArray machineName;
    QByteArray shadowMountPath;
    QByteArray shadowFilePath;
    bool netBoot10 = false;

    /// Reads option 43 as the client sent it (instances already joined).
    /// Pad (0) is skipped and End (255) stops; several image lists are
    /// joined. nullopt for anything malformed, with the reason in \a error.
    static std::optional<VendorOptions> decode(QByteArrayView data, QString *error = nullptr);

    /// The sub-options in the order Apple's server writes them, cut into
    /// option-43 instances of at most 255 bytes at sub-option boundaries;
    /// the image list is cut into several sub-options 9 between entries.
    QList<QByteArray> encode() const;
    /// Bytes the instances take in a DHCP message, with their code and length.
    static qsizetype wireSize(const QList<QByteArray> &instances);

    friend bool operator==(const VendorOptions &, const VendorOptions &) = default;
};

} // namespace Bsdp
