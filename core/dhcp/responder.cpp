// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/responder.h"

#include "dhcp/bootclient.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Dhcp {

namespace {

QString ip(quint32 a)
{
    return QHostAddress(a).toString();
}

QString hostnameOf(const Message &m)
{
    QString name = QString::fromLatin1(m.options.value(Option::HostName).value_or(QByteArray()).left(63));
    for (const QChar c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            return {};
    return name;
}

// PXE spec 2.1, option 43 sub-option 6: bit 3 = boot file is in this reply,
// skip boot server discovery.
const QByteArray PxeDiscoveryControl("\x06\x01\x08\xff", 4);
// iPXE encapsulated option 175, setting 176 (no-pxedhcp) = 1: do not wait
// for proxyDHCP offers when this server already gave the boot file.
const QByteArray IpxeNoProxyWait("\xb0\x01\x01", 3);

BsdpResponder::Settings withServer(BsdpResponder::Settings bsdp, const Responder::Settings &s)
{
    bsdp.serverAddress = s.serverAddress;
    if (!bsdp.nextServer)
        bsdp.nextServer = s.nextServer;
    return bsdp;
}

} // namespace

Responder::Responder(Settings settings, LeasePool *pool)
    : m_settings(std::move(settings))
    , m_pool(pool)
    , m_bsdp(withServer(m_settings.bsdp, m_settings))
{
}

void Responder::setBsdp(const BsdpResponder::Settings &bsdp)
{
    m_settings.bsdp = bsdp;
    m_bsdp.setSettings(withServer(bsdp, m_settings));
}

QByteArray Responder::clientKey(const Message &request)
{
    if (const auto id = request.options.value(Option::ClientId); id && !id->isEmpty())
        return *id;
    QByteArray key(1, char(request.htype));
    key.append(reinterpret_cast<const char *>(request.chaddr.data()), std::min<int>(request.hlen, 16));
    return key;
}

Responder::Outcome Responder::handle(const Message &request, Socket arrivedOn, qint64 nowMsecs)
{
    Outcome out;
    if (request.op != 1)
        return out;
    const BootClient client = BootClient::fromMessage(request);
    Timeline::BootEvent in = eventFor(request, client, arrivedOn, nowMsecs);
    const bool proxyPort = arrivedOn == Socket::Proxy;
    out.events.append(in);
    if (const auto delay = portDelay(request, in, nowMsecs))
        out.events.append(*delay);

    if (client.apple && !proxyPort && handleMac(request, client, out))
        return out;
    if (m_settings.mode == Mode::Serve && !proxyPort && m_pool)
        handleServe(request, client, nowMsecs / 1000, out);
    else if (m_settings.mode == Mode::Proxy || proxyPort)
        handleProxy(request, client, arrivedOn, out);

    if (out.reply) {
        const Message &m = out.reply->message;
        Timeline::BootEvent ev = in;
        ev.kind = kindOf(m.type());
        ev.address = m.yiaddr ? m.yiaddr : request.ciaddr;
        ev.requestedAddress = 0;
        if (!m.file.isEmpty()) {
            ev.bootFile = QString::fromLatin1(m.file);
            ev.bootServer = m.siaddr;
        }
        QStringList what;
        if (m.yiaddr)
            what << ip(m.yiaddr);
        if (!m.file.isEmpty())
            what << u"boot file %1 from %2"_s.arg(ev.bootFile, ip(m.siaddr));
        if (const auto msg = m.options.value(Option::Message))
            what << QString::fromLatin1(*msg);
        ev.summary = what.join(u", "_s);
        ev.severity = m.type() == MessageType::Nak ? Timeline::BootEvent::Severity::Failure
                                                   : Timeline::BootEvent::Severity::Info;
        out.events.append(ev);
    }
    return out;
}

Timeline::BootEvent Responder::eventFor(const Message &request, const BootClient &client, Socket arrivedOn,
                                        qint64 nowMsecs)
{
    using Firmware = Timeline::BootEvent::Firmware;
    Timeline::BootEvent in;
    in.msecs = nowMsecs;
    in.mac = request.mac();
    in.protocol = arrivedOn == Socket::Proxy ? Timeline::BootEvent::Protocol::ProxyDhcp : Timeline::BootEvent::Protocol::Dhcp;
    in.kind = kindOf(request.type());
    in.arch = client.isNetworkBoot() ? client.archName() : QString();
    in.vendorClass = client.vendorClass;
    in.firmware.setFlag(Firmware::Pxe, client.pxe);
    in.firmware.setFlag(Firmware::HttpBoot, client.httpBoot);
    in.firmware.setFlag(Firmware::Ipxe, client.ipxe);
    in.firmware.setFlag(Firmware::Apple, client.apple);
    in.address = request.ciaddr;
    in.requestedAddress = request.options.u32(Option::RequestedAddress).value_or(0);
    in.relay = request.giaddr;
    in.secs = request.secs;
    QStringList about;
    if (!in.arch.isEmpty())
        about << in.arch;
    if (client.ipxe)
        about << u"iPXE"_s;
    if (!client.vendorClass.isEmpty())
        about << u"\"%1\""_s.arg(client.vendorClass);
    if (in.requestedAddress)
        about << u"asks for %1"_s.arg(ip(in.requestedAddress));
    if (request.giaddr)
        about << u"via relay %1"_s.arg(ip(request.giaddr));
    in.summary = about.join(u", "_s);
    return in;
}

// RFC 2131's secs: the seconds since the client began asking. The first
// DISCOVER of a power-on that Rackside sees, from a client that has been
// asking for a while when Rackside was already serving, means its earlier
// DISCOVERs were lost on the way: typically a switch port held in spanning
// tree's listening and learning states (15 s each by default).
std::optional<Timeline::BootEvent> Responder::portDelay(const Message &request, const Timeline::BootEvent &in, qint64 now)
{
    constexpr int LostAfterSecs = 8;
    constexpr int Implausible = 900; // byte-swapped or never reset: not a measurement
    constexpr qint64 PowerOnGapMs = 60'000;
    if (request.type() != MessageType::Discover || in.arch.isEmpty())
        return std::nullopt;
    const auto last = m_lastDiscover.constFind(request.mac());
    const bool first = last == m_lastDiscover.cend() || now - *last >= PowerOnGapMs;
    if (m_lastDiscover.size() >= 4096)
        m_lastDiscover.clear();
    m_lastDiscover.insert(request.mac(), now);
    if (!first || request.secs < LostAfterSecs || request.secs > Implausible
        || now - qint64(request.secs) * 1000 < m_servingSince)
        return std::nullopt;
    Timeline::BootEvent ev = in;
    ev.kind = Timeline::BootEvent::Kind::Diagnosis;
    ev.finding = Timeline::Diagnosis::Finding::PortDelay;
    ev.severity = Timeline::BootEvent::Severity::Warning;
    ev.requestedAddress = 0;
    ev.secs = -1;
    ev.summary = tr("its first DHCP request reached Rackside %1 s after it began asking: the earlier ones were lost "
                    "on the way").arg(request.secs);
    return ev;
}

Timeline::BootEvent Responder::otherServerChosen(const Timeline::BootEvent &request, quint32 server,
                                                 quint32 taken, quint32 ourOffer)
{
    Timeline::BootEvent ev = request;
    ev.kind = Timeline::BootEvent::Kind::Diagnosis;
    ev.finding = Timeline::Diagnosis::Finding::OtherServerChosen;
    ev.severity = Timeline::BootEvent::Severity::Failure;
    // "had ready": the OFFER may still have been waiting for its ARP check.
    ev.summary = taken ? tr("took %1 from the DHCP server %2; Rackside had %3 ready for it")
                             .arg(ip(taken), ip(server), ip(ourOffer))
                       : tr("took an address from the DHCP server %1; Rackside had %2 ready for it")
                             .arg(ip(server), ip(ourOffer));
    return ev;
}

Timeline::BootEvent::Kind Responder::kindOf(MessageType type)
{
    using Kind = Timeline::BootEvent::Kind;
    switch (type) {
    case MessageType::Discover: return Kind::Discover;
    case MessageType::Request: return Kind::Request;
    case MessageType::Decline: return Kind::Decline;
    case MessageType::Release: return Kind::Release;
    case MessageType::Inform: return Kind::Inform;
    case MessageType::Offer: return Kind::Offer;
    case MessageType::Ack: return Kind::Ack;
    case MessageType::Nak: return Kind::Nak;
    case MessageType::None: break;
    }
    return Kind::Bootp;
}

Message Responder::replyTo(const Message &request, MessageType type) const
{
    return Message::replyTo(request, type, m_settings.serverAddress);
}

void Responder::addNetworkOptions(Message &reply, const QString &hostname, bool withLease) const
{
    if (withLease) {
        const quint32 t = quint32(m_settings.leaseTime);
        reply.options.setU32(Option::LeaseTime, t);
        reply.options.setU32(Option::RenewalTime, t / 2);
        reply.options.setU32(Option::RebindingTime, t / 8 * 7);
    }
    if (m_settings.subnetMask) {
        reply.options.setU32(Option::SubnetMask, m_settings.subnetMask);
        const quint32 net = (reply.yiaddr ? reply.yiaddr : reply.ciaddr) & m_settings.subnetMask;
        if (net)
            reply.options.setU32(Option::BroadcastAddress, net | ~m_settings.subnetMask);
    }
    if (m_settings.router)
        reply.options.setAddresses(Option::Router, {m_settings.router});
    if (!m_settings.dns.isEmpty())
        reply.options.setAddresses(Option::DnsServers, m_settings.dns);
    if (!m_settings.domain.isEmpty())
        reply.options.set(Option::DomainName, m_settings.domain.toUtf8());
    if (!hostname.isEmpty())
        reply.options.set(Option::HostName, hostname.toUtf8());
}

void Responder::addBoot(Message &reply, const Message &request, const BootClient &client, Outcome &out) const
{
    if (client.apple) {
        // Macs get their boot file by BSDP; a DISCOVER names it only when
        // the Mac chose (or its host is pinned to) an image before.
        if (const auto image = m_bsdp.boundImage(request.mac(), client.macModel); image
            && reply.type() != MessageType::Ack)
            m_bsdp.addBoot(reply, *image);
        return;
    }
    if (!client.isNetworkBoot())
        return;
    const QString hostFile = m_settings.hostBootFiles.value(request.mac());
    const auto choice = m_settings.boot.choose(client, hostFile, ip(m_settings.serverAddress));
    if (choice.file.isEmpty()) {
        Timeline::BootEvent note = out.events.first();
        note.kind = Timeline::BootEvent::Kind::NoBootFile;
        note.summary = choice.reason;
        note.severity = Timeline::BootEvent::Severity::Warning;
        out.events.append(note);
        return;
    }
    reply.siaddr = m_settings.nextServer ? m_settings.nextServer : m_settings.serverAddress;
    const QByteArray file = choice.file.toUtf8();
    if (file.size() < 128)
        reply.file = file;
    const auto wanted = request.options.value(Option::ParameterList).value_or(QByteArray());
    if (wanted.contains(char(Option::BootFileName)) || file.size() >= 128 || choice.isUrl)
        reply.options.set(Option::BootFileName, file);
    if (wanted.contains(char(Option::TftpServerName)))
        reply.options.set(Option::TftpServerName, ip(reply.siaddr).toLatin1());
    if (client.httpBoot)
        reply.options.set(Option::VendorClass, QByteArrayLiteral("HTTPClient"));
    if (client.ipxe && m_settings.mode == Mode::Serve)
        reply.options.set(Option::Ipxe, IpxeNoProxyWait);
    if (const auto uuid = request.options.value(Option::ClientUuid))
        reply.options.set(Option::ClientUuid, *uuid);
}

void Responder::route(Reply &reply, const Message &request) const
{
    const Message &m = reply.message;
    const int asked = request.options.u16(Option::MaxMessageSize).value_or(576);
    reply.maxSize = std::max(548, asked - 28); // option 57 counts IP and UDP headers
    if (request.giaddr) {
        reply.to = Reply::To::Relay;
        reply.address = request.giaddr;
    } else if (m.type() == MessageType::Nak) {
        reply.to = Reply::To::Broadcast;
    } else if (request.ciaddr) {
        reply.to = Reply::To::Unicast;
        reply.address = request.ciaddr;
    } else if (request.broadcast() || !m.yiaddr) {
        reply.to = Reply::To::Broadcast;
    } else {
        reply.to = Reply::To::UnicastNoArp;
        reply.address = m.yiaddr;
    }
}

void Responder::handleServe(const Message &request, const BootClient &client, qint64 now, Outcome &out)
{
    const QByteArray key = clientKey(request);
    const Net::MacAddress mac = request.mac();
    const quint32 requested = request.options.u32(Option::RequestedAddress).value_or(0);
    const auto serverId = request.options.u32(Option::ServerId);
    const QString name = hostnameOf(request);
    Reply reply;

    switch (request.type()) {
    case MessageType::Discover: {
        const auto lease = m_pool->offer(key, mac, requested, name, now);
        if (!lease) {
            Timeline::BootEvent ev = out.events.first();
            ev.kind = Timeline::BootEvent::Kind::NoAddress;
            ev.summary = u"no free address in the ranges"_s;
            ev.severity = Timeline::BootEvent::Severity::Failure;
            out.events.append(ev);
            return;
        }
        reply.message = replyTo(request, MessageType::Offer);
        reply.message.yiaddr = lease->address;
        addNetworkOptions(reply.message, lease->hostname, true);
        addBoot(reply.message, request, client, out);
        break;
    }
    case MessageType::Request: {
        const bool other = serverId && *serverId != m_settings.serverAddress;
        const Lease *held = other ? m_pool->leaseByKey(key) : nullptr;
        const quint32 ourOffer = held && held->state == Lease::State::Offered && held->expires > now ? held->address : 0;
        const auto answer = m_pool->request(key, mac, requested, request.ciaddr, other, name, now);
        if (answer.verdict == LeasePool::Verdict::Ignore) {
            Timeline::BootEvent ev = out.events.first();
            ev.kind = Timeline::BootEvent::Kind::Ignored;
            ev.summary = answer.reason;
            out.events.append(ev);
            if (ourOffer && !out.events.first().arch.isEmpty()) // a machine network booting, not a laptop
                out.events.append(otherServerChosen(out.events.first(), *serverId, requested, ourOffer));
            return;
        }
        if (answer.verdict == LeasePool::Verdict::Nak) {
            reply.message = replyTo(request, MessageType::Nak);
            reply.message.flags |= Message::BroadcastFlag;
            reply.message.options.set(Option::Message, answer.reason.toUtf8());
            break;
        }
        out.changed.append(answer.lease);
        reply.message = replyTo(request, MessageType::Ack);
        reply.message.yiaddr = answer.lease.address;
        reply.message.ciaddr = request.ciaddr;
        addNetworkOptions(reply.message, answer.lease.hostname, true);
        addBoot(reply.message, request, client, out);
        break;
    }
    case MessageType::Decline:
        if (serverId && *serverId != m_settings.serverAddress)
            return;
        if (const auto lease = m_pool->decline(key, requested, now))
            out.changed.append(*lease);
        return;
    case MessageType::Release:
        if (const auto lease = m_pool->release(key, request.ciaddr, now))
            out.changed.append(*lease);
        return;
    case MessageType::Inform:
        // RFC 2131 4.3.5: configuration only, no lease, no yiaddr.
        reply.message = replyTo(request, MessageType::Ack);
        reply.message.ciaddr = request.ciaddr;
        addNetworkOptions(reply.message, QString(), false);
        addBoot(reply.message, request, client, out);
        break;
    default:
        return;
    }
    route(reply, request);
    out.reply = reply;
}

bool Responder::handleMac(const Message &request, const BootClient &client, Outcome &out)
{
    Timeline::BootEvent &in = out.events.first();
    const MessageType type = request.type();
    const auto raw = request.options.value(Option::VendorSpecific);
    QString why;
    auto bsdp = raw ? Bsdp::VendorOptions::decode(*raw, &why) : Bsdp::VendorOptions();
    if (!bsdp && type != MessageType::Inform)
        bsdp = Bsdp::VendorOptions(); // a DISCOVER needs nothing from option 43: an address as for anyone
    if (!bsdp) {
        Timeline::BootEvent ev = in;
        ev.protocol = Timeline::BootEvent::Protocol::Bsdp;
        ev.kind = Timeline::BootEvent::Kind::Dropped;
        ev.summary = u"malformed option 43: %1"_s.arg(why);
        ev.severity = Timeline::BootEvent::Severity::Warning;
        out.events.append(ev);
        return true;
    }
    BsdpResponder::Result result;
    if (type == MessageType::Inform && bsdp->type != Bsdp::MessageType::None) {
        result = m_bsdp.inform(request, *bsdp);
    } else if (m_settings.mode == Mode::Serve) {
        return false; // an address first; addBoot() adds a chosen image
    } else if (type == MessageType::Discover) {
        const auto image = m_bsdp.boundImage(request.mac(), client.macModel);
        if (!image)
            return true; // another server gives the address; BSDP comes next
        result = m_bsdp.offer(request, *image);
    } else {
        return true; // REQUEST, RELEASE...: the address server's business
    }
    // A DISCOVER stays DHCP on the timeline: it is a new power-on.
    if (type == MessageType::Inform) {
        in.protocol = Timeline::BootEvent::Protocol::Bsdp;
        in.kind = result.request == Bsdp::MessageType::List     ? Timeline::BootEvent::Kind::InformList
            : result.request == Bsdp::MessageType::Select ? Timeline::BootEvent::Kind::InformSelect
                                                          : Timeline::BootEvent::Kind::InformOther;
    }
    Timeline::BootEvent ev = in;
    ev.summary = result.summary;
    ev.severity = result.failed ? Timeline::BootEvent::Severity::Warning : Timeline::BootEvent::Severity::Info;
    if (!result.answer) {
        ev.kind = Timeline::BootEvent::Kind::Ignored;
        out.events.append(ev);
        return true;
    }
    Reply reply;
    reply.message = result.answer->message;
    reply.maxSize = result.answer->maxSize;
    reply.port = result.answer->port;
    if (request.giaddr && type != MessageType::Inform) {
        reply.to = Reply::To::Relay; // the OFFER of a later boot, to a client without an address
        reply.address = request.giaddr;
    } else if (result.answer->address) {
        reply.to = Reply::To::Unicast;
        reply.address = result.answer->address;
    } else {
        reply.to = Reply::To::Broadcast;
    }
    if (type == MessageType::Inform) {
        const auto sent = Bsdp::VendorOptions::decode(*reply.message.options.value(Option::VendorSpecific));
        ev.kind = sent->type == Bsdp::MessageType::List ? Timeline::BootEvent::Kind::AckList
            : sent->type == Bsdp::MessageType::Select   ? Timeline::BootEvent::Kind::AckSelect
                                                        : Timeline::BootEvent::Kind::AckFailed; // always set
    } else {
        ev.kind = kindOf(reply.message.type());
    }
    if (!reply.message.file.isEmpty()) {
        ev.bootFile = QString::fromLatin1(reply.message.file);
        ev.bootServer = reply.message.siaddr;
    }
    ev.address = request.ciaddr;
    out.events.append(ev);
    out.reply = reply;
    return true;
}

void Responder::handleProxy(const Message &request, const BootClient &client, Socket arrivedOn, Outcome &out)
{
    // PXE spec 2.1: answer only PXE clients, never with an address.
    if (!client.pxe && !client.httpBoot)
        return;
    Reply reply;
    const MessageType type = request.type();
    const bool proxyPort = arrivedOn == Socket::Proxy;
    if (proxyPort && (type == MessageType::Request || type == MessageType::Inform))
        reply.message = replyTo(request, MessageType::Ack);
    else if (!proxyPort && type == MessageType::Discover)
        reply.message = replyTo(request, MessageType::Offer);
    else
        return;
    reply.message.ciaddr = request.ciaddr;
    reply.message.options.set(Option::VendorClass, client.httpBoot ? QByteArrayLiteral("HTTPClient")
                                                                   : QByteArrayLiteral("PXEClient"));
    reply.message.options.set(Option::VendorSpecific, PxeDiscoveryControl);
    const qsizetype before = out.events.size();
    addBoot(reply.message, request, client, out);
    if (reply.message.file.isEmpty() && !reply.message.options.contains(Option::BootFileName)) {
        out.events.resize(std::max(before, out.events.size())); // keep the "no boot file" note
        return; // a proxy reply without a boot file is noise
    }
    route(reply, request);
    if (proxyPort && request.ciaddr) {
        reply.to = Reply::To::Unicast; // the client's source port is the caller's to fill in
        reply.address = request.ciaddr;
    }
    out.reply = reply;
}

} // namespace Dhcp
