// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bsdp/vendoroptions.h"
#include "dhcp/message.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dhcp {

/// Apple's Boot Service Discovery Protocol for Intel Mac NetBoot: answers a
/// Mac's INFORM[LIST] with the images it may boot, its INFORM[SELECT] with
/// the boot file (or FAILED), and on later boots its DISCOVER with the image
/// it chose. Plain logic, like Responder, which hands it every packet whose
/// option 60 is AAPLBSDPC; it remembers which Mac chose which image.
class BsdpResponder
{
public:
    /// A NetBoot image as the Mac sees it.
    struct Image
    {
        Bsdp::ImageId id;
        QString name;
        QStringList models; ///< option 60 models that see it; empty: every Mac
        QString bootFile; ///< TFTP path of the booter, in the BOOTP file field
        QString rootPath; ///< option 17 when the image needs one, with IP literals
    };
    struct Settings
    {
        quint32 serverAddress = 0; ///< option 54, and BSDP option 3 in SELECTs for us
        quint32 nextServer = 0; ///< siaddr (TFTP server); 0: serverAddress
        quint16 priority = 32768; ///< Apple's server uses 32768; higher wins
        QList<Image> images;
        Bsdp::ImageId defaultImage; ///< null: the first image a Mac may see
        QHash<Net::MacAddress, Bsdp::ImageId> pinned; ///< hosts pinned to an image
        QHash<Net::MacAddress, QString> machineNames; ///< known hosts' names
    };

    /// A reply and where it goes: unicast to \a address (0: broadcast) on
    /// \a port (0: the client port, 68).
    struct Answer
    {
        Message message;
        quint32 address = 0;
        quint16 port = 0;
        int maxSize = 548;
    };
    struct Result
    {
        std::optional<Answer> answer;
        Bsdp::MessageType request = Bsdp::MessageType::None; ///< of the INFORM, for the timeline
        QString summary; ///< what we did, or why we stayed silent
        bool failed = false; ///< ACK[FAILED] or a refusal the operator should see
    };

    static constexpr int MaxReplySize = 1472; ///< DHCP payload in one Ethernet frame
    static constexpr qsizetype MaxBindings = 4096; ///< Macs whose choice is remembered (this run only)

    explicit BsdpResponder(Settings settings);
    /// New images, pins and names (the site changed); what Macs chose stays.
    void setSettings(Settings settings) { m_settings = std::move(settings); }
    const Settings &settings() const { return m_settings; }

    /// For a Mac's INFORM carrying a BSDP message type.
    Result inform(const Message &request, const Bsdp::VendorOptions &bsdp);
    /// The image a Mac boots without asking (its SELECT this run, else the
    /// image its host is pinned to), when the Mac may still see it.
    std::optional<Image> boundImage(const Net::MacAddress &mac, const QString &model) const;
    /// Fills the boot file, siaddr, option 60 and BSDP option 8 of an
    /// OFFER/ACK for a Mac that boots \a image (the "OFFER*" of later boots).
    void addBoot(Message &reply, const Image &image) const;
    /// The OFFER* alone, with no address, for proxy and BSDP-only modes.
    Result offer(const Message &request, const Image &image) const;

    /// Images @p model may see, filtered by a client's attribute list.
    QList<Image> visibleImages(const QString &model, const Bsdp::VendorOptions &bsdp) const;

private:
    Message replyTo(const Message &request) const;
    Result list(const Message &request, const Bsdp::VendorOptions &bsdp, const QString &model);
    Result select(const Message &request, const Bsdp::VendorOptions &bsdp, const QString &model);
    Answer deliver(Message reply, const Message &request, const Bsdp::VendorOptions &bsdp) const;
    const Image *imageById(Bsdp::ImageId id) const;

    Settings m_settings;
    QHash<Net::MacAddress, Bsdp::ImageId> m_bound;
};

} // namespace Dhcp
