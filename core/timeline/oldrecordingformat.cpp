// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/oldrecordingformat.h"

#include <QHostAddress>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Timeline {

namespace {

using Kind = BootEvent::Kind;
using Protocol = BootEvent::Protocol;

constexpr std::pair<const char *, Protocol> OldProtocols[] = {
    {"DHCP", Protocol::Dhcp}, {"proxyDHCP", Protocol::ProxyDhcp}, {"BSDP", Protocol::Bsdp},
    {"TFTP", Protocol::Tftp}, {"HTTP", Protocol::Http},           {"Rackside", Protocol::Console},
};

// What each old kind became; the console's were English when recorded by an
// English console, and any other word is a note.
constexpr std::pair<const char *, Kind> OldKinds[] = {
    {"DISCOVER", Kind::Discover},
    {"REQUEST", Kind::Request},
    {"DECLINE", Kind::Decline},
    {"RELEASE", Kind::Release},
    {"INFORM", Kind::Inform},
    {"BOOTP", Kind::Bootp},
    {"OFFER", Kind::Offer},
    {"ACK", Kind::Ack},
    {"NAK", Kind::Nak},
    {"no address", Kind::NoAddress},
    {"no boot file", Kind::NoBootFile},
    {"ignored", Kind::Ignored},
    {"dropped", Kind::Dropped},
    {"INFORM[LIST]", Kind::InformList},
    {"INFORM[SELECT]", Kind::InformSelect},
    {"ACK[LIST]", Kind::AckList},
    {"ACK[SELECT]", Kind::AckSelect},
    {"ACK[FAILED]", Kind::AckFailed},
    {"read", Kind::Read},
    {"GET", Kind::Get},
    {"HEAD", Kind::Head},
    {"progress", Kind::Progress},
    {"sent", Kind::Sent},
    {"aborted", Kind::Aborted},
    {"failed", Kind::Failed},
    {"refused", Kind::Refused},
    {"install done", Kind::InstallDone},
};

constexpr std::pair<const char *, Kind> OldConsoleKinds[] = {
    {"checking", Kind::Checking}, {"started", Kind::Started},   {"stopped", Kind::Stopped},
    {"failed", Kind::StartFailed}, {"warning", Kind::Problem},  {"imported", Kind::Imported},
    {"removed", Kind::Removed},   {"NetBoot", Kind::NetBoot},   {"installed", Kind::Installed},
};

template<size_t N>
std::optional<Kind> lookup(const std::pair<const char *, Kind> (&table)[N], const QString &word)
{
    for (const auto &[name, kind] : table)
        if (word == QLatin1StringView(name))
            return kind;
    return std::nullopt;
}

// "10.0.0.23, boot file boot/grub/i386-pc/core.0 from 10.0.0.1, ..." or,
// from BSDP, "Install (id 1): boot file X from 10.0.0.1".
void bootFileFrom(const QString &summary, BootEvent &e)
{
    static constexpr QLatin1StringView Marker{"boot file "};
    const qsizetype start = summary.indexOf(Marker);
    if (start < 0)
        return;
    const qsizetype fileStart = start + Marker.size();
    const qsizetype from = summary.indexOf(" from "_L1, fileStart);
    if (from < 0)
        return;
    const QString server = summary.mid(from + 6).section(u',', 0, 0).trimmed();
    bool ok = false;
    const quint32 address = QHostAddress(server).toIPv4Address(&ok);
    if (!ok)
        return;
    e.bootFile = summary.mid(fileStart, from - fileStart);
    e.bootServer = address;
}

} // namespace

bool OldRecordingFormat::isOld(const QJsonObject &line)
{
    const QString protocol = line.value("protocol"_L1).toString();
    for (const auto &[name, p] : OldProtocols)
        if (protocol == QLatin1StringView(name))
            return true;
    return false;
}

bool OldRecordingFormat::read(const QJsonObject &o, BootEvent &e, QString *error)
{
    const QString protocol = o.value("protocol"_L1).toString();
    for (const auto &[name, p] : OldProtocols)
        if (protocol == QLatin1StringView(name))
            e.protocol = p;
    const QString kind = o.value("kind"_L1).toString();
    std::optional<Kind> k;
    if (e.protocol == Protocol::Console)
        k = lookup(OldConsoleKinds, kind).value_or(Kind::Note);
    else if (e.protocol == Protocol::Bsdp && kind.startsWith("INFORM["_L1))
        k = lookup(OldKinds, kind).value_or(Kind::InformOther);
    else
        k = lookup(OldKinds, kind);
    if (!k) {
        *error = u"unknown kind \"%1\""_s.arg(kind.left(40));
        return false;
    }
    e.kind = *k;
    e.summary = o.value("summary"_L1).toString();
    e.arch = o.value("arch"_L1).toString();
    e.vendorClass = o.value("vendorClass"_L1).toString();
    e.path = o.value("path"_L1).toString();
    e.address = quint32(o.value("address"_L1).toInteger());
    if (e.vendorClass.startsWith("PXEClient"_L1))
        e.firmware |= BootEvent::Firmware::Pxe;
    else if (e.vendorClass.startsWith("HTTPClient"_L1))
        e.firmware |= BootEvent::Firmware::HttpBoot;
    else if (e.vendorClass.startsWith("AAPLBSDPC"_L1))
        e.firmware |= BootEvent::Firmware::Apple;
    const bool fromClient = e.kind == Kind::Discover || e.kind == Kind::Request || e.kind == Kind::Inform;
    if (e.isDhcp() && fromClient && e.summary.split(u", "_s).contains("iPXE"_L1))
        e.firmware |= BootEvent::Firmware::Ipxe;
    if ((e.isDhcp() && (e.kind == Kind::Offer || e.kind == Kind::Ack)) || e.kind == Kind::AckSelect)
        bootFileFrom(e.summary, e);
    return true;
}

} // namespace Timeline
