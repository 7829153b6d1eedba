// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/bootpolicy.h"
#include "dhcp/bsdpresponder.h"
#include "dhcp/leasepool.h"
#include "dhcp/message.h"
#include "timeline/bootevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Dhcp {

/// Decides the answer to one DHCP request: RFC 2131 server behaviour with
/// PXE boot files, or proxyDHCP (PXE spec 2.1: boot information only, no
/// address), and in every mode Apple's BSDP for Macs (BsdpResponder).
/// Plain logic over a LeasePool; the Server owns sockets and disk.
class Responder
{
    Q_DECLARE_TR_FUNCTIONS(Dhcp::Responder)
public:
    /// Serve: addresses and boot files. Proxy: boot files only, to PXE
    /// clients and Macs. Bsdp: Macs only (another server does the rest).
    enum class Mode { Serve, Proxy, Bsdp };
    struct Settings
    {
        Mode mode = Mode::Serve;
        quint32 serverAddress = 0; ///< option 54, and next-server unless nextServer is set
        quint32 nextServer = 0;
        quint32 subnetMask = 0;
        quint32 router = 0;
        QList<quint32> dns;
        QString domain;
        int leaseTime = 3600;
        BootPolicy boot;
        QHash<Net::MacAddress, QString> hostBootFiles;
        BsdpResponder::Settings bsdp; ///< its serverAddress is set from ours
    };

    /// Where a reply goes (RFC 2131 4.1).
    struct Reply
    {
        enum class To { Broadcast, Unicast, UnicastNoArp, Relay };
        Message message;
        To to = To::Broadcast;
        quint32 address = 0; ///< for Unicast/UnicastNoArp/Relay
        quint16 port = 0; ///< Unicast to this port (BSDP's reply port); 0: the client port
        int maxSize = 548;
    };

    struct Outcome
    {
        std::optional<Reply> reply;
        QList<Lease> changed; ///< to persist, in order
        QList<Timeline::BootEvent> events; ///< what the request was, what we did
    };

    Responder(Settings settings, LeasePool *pool);

    const Settings &settings() const { return m_settings; }
    /// New NetBoot images, pins and names; what Macs chose stays.
    void setBsdp(const BsdpResponder::Settings &bsdp);
    /// Which of the server's sockets a request came in on: the DHCP port
    /// (67), or the proxyDHCP port (4011 unless configured otherwise).
    enum class Socket { Server, Proxy };
    Outcome handle(const Message &request, Socket arrivedOn, qint64 nowMsecs);
    /// Since when the server answers (milliseconds since the epoch): a
    /// machine that says it has asked since before then lost nothing on
    /// the way.
    void setServingSince(qint64 msecs) { m_servingSince = msecs; }

    static QByteArray clientKey(const Message &request);

private:
    /// The request as the timeline shows it; replies start from a copy.
    static Timeline::BootEvent eventFor(const Message &request, const struct BootClient &client, Socket arrivedOn,
                                        qint64 nowMsecs);
    /// The diagnosis for a client that REQUESTed \a taken from \a server
    /// while Rackside's offer of \a ourOffer stood.
    static Timeline::BootEvent otherServerChosen(const Timeline::BootEvent &request, quint32 server, quint32 taken,
                                                 quint32 ourOffer);
    /// The timeline's kind for a DHCP message of @p type, a request's or a reply's.
    static Timeline::BootEvent::Kind kindOf(MessageType type);
    void handleServe(const Message &request, const struct BootClient &client, qint64 now, Outcome &out);
    void handleProxy(const Message &request, const struct BootClient &client, Socket arrivedOn, Outcome &out);
    /// True when the packet was a Mac's and is dealt with (answered or not).
    bool handleMac(const Message &request, const BootClient &client, Outcome &out);
    Message replyTo(const Message &request, MessageType type) const;
    void addBoot(Message &reply, const Message &request, const BootClient &client, Outcome &out) const;
    void addNetworkOptions(Message &reply, const QString &hostname, bool withLease) const;
    void route(Reply &reply, const Message &request) const;

    /// A power-on's first DISCOVER that says it has been asking a while: a
    /// diagnosis of the switch port's spanning-tree delay, or nothing.
    std::optional<Timeline::BootEvent> portDelay(const Message &request, const Timeline::BootEvent &in, qint64 now);

    Settings m_settings;
    LeasePool *m_pool;
    BsdpResponder m_bsdp;
    qint64 m_servingSince = 0;
    QHash<Net::MacAddress, qint64> m_lastDiscover; ///< for telling a power-on's first DISCOVER
};

} // namespace Dhcp
