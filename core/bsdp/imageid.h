// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Bsdp {

/// What a NetBoot image is (bits 30-24 of its id; Apple's BSDP spec 1.0.8).
enum class ImageKind : quint8 {
    MacOs9 = 0,
    MacOsX = 1,
    MacOsXServer = 2,
    HardwareTest = 3,
};

/// "macos9", "macosx", "macosx-server", "hardware-test": the site file's names.
QString imageKindName(ImageKind kind);
std::optional<ImageKind> imageKindFromName(QStringView name);

/// A boot image id as BSDP sends it (big-endian on the wire):
/// bit 31 install image, bits 30-24 kind, bits 15-0 index
/// (1-4095 local to this server, 4096-65535 the same on every server).
/// The upper 16 bits are the image's "attributes", which option 11 filters on.
struct ImageId
{
    quint32 value = 0;

    static constexpr quint16 FirstGlobalIndex = 4096;

    static ImageId make(quint16 index, ImageKind kind, bool install);
    quint16 index() const { return quint16(value & 0xffff); }
    quint8 kind() const { return quint8((value >> 24) & 0x7f); }
    bool install() const { return value & 0x80000000u; }
    quint16 attributes() const { return quint16(value >> 16); }
    bool isNull() const { return index() == 0; }
    /// "0x81000089"
    QString toString() const;

    friend bool operator==(ImageId, ImageId) = default;
};

} // namespace Bsdp
