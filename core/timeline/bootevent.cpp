// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/bootevent.h"

#include <QDateTime>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Timeline {

namespace {

using Kind = BootEvent::Kind;
using Protocol = BootEvent::Protocol;

struct ProtocolNames
{
    Protocol protocol;
    const char *key;
    const char *name;
};

// The keys are what recordings store: never change one.
constexpr ProtocolNames Protocols[] = {
    {Protocol::None, "none", ""},
    {Protocol::Dhcp, "dhcp", "DHCP"},
    {Protocol::ProxyDhcp, "proxy-dhcp", "proxyDHCP"},
    {Protocol::Bsdp, "bsdp", "BSDP"},
    {Protocol::Tftp, "tftp", "TFTP"},
    {Protocol::Http, "http", "HTTP"},
    {Protocol::Console, "console", "Rackside"},
};

struct KindNames
{
    Kind kind;
    const char *key;
    const char *name; ///< protocol words stay as the wire names them
    bool translated;
};

// In Kind's order. The keys are what recordings store: never change one.
constexpr KindNames Kinds[] = {
    {Kind::Discover, "discover", "DISCOVER", false},
    {Kind::Request, "request", "REQUEST", false},
    {Kind::Decline, "decline", "DECLINE", false},
    {Kind::Release, "release", "RELEASE", false},
    {Kind::Inform, "inform", "INFORM", false},
    {Kind::Bootp, "bootp", "BOOTP", false},
    {Kind::Offer, "offer", "OFFER", false},
    {Kind::Ack, "ack", "ACK", false},
    {Kind::Nak, "nak", "NAK", false},
    {Kind::NoAddress, "no-address", "no address", false},
    {Kind::NoBootFile, "no-boot-file", "no boot file", false},
    {Kind::Ignored, "ignored", "ignored", false},
    {Kind::Dropped, "dropped", "dropped", false},
    {Kind::InformList, "inform-list", "INFORM[LIST]", false},
    {Kind::InformSelect, "inform-select", "INFORM[SELECT]", false},
    {Kind::InformOther, "inform-other", "INFORM[?]", false},
    {Kind::AckList, "ack-list", "ACK[LIST]", false},
    {Kind::AckSelect, "ack-select", "ACK[SELECT]", false},
    {Kind::AckFailed, "ack-failed", "ACK[FAILED]", false},
    {Kind::Read, "read", "read", false},
    {Kind::Get, "get", "GET", false},
    {Kind::Head, "head", "HEAD", false},
    {Kind::Progress, "progress", "progress", false},
    {Kind::Sent, "sent", "sent", false},
    {Kind::Aborted, "aborted", "aborted", false},
    {Kind::Failed, "failed", "failed", false},
    {Kind::Refused, "refused", "refused", false},
    {Kind::InstallDone, "install-done", "install done", false},
    {Kind::Checking, "checking", QT_TRANSLATE_NOOP("Timeline::BootEvent", "checking"), true},
    {Kind::Started, "started", QT_TRANSLATE_NOOP("Timeline::BootEvent", "started"), true},
    {Kind::Stopped, "stopped", QT_TRANSLATE_NOOP("Timeline::BootEvent", "stopped"), true},
    {Kind::StartFailed, "start-failed", QT_TRANSLATE_NOOP("Timeline::BootEvent", "failed"), true},
    {Kind::Problem, "problem", QT_TRANSLATE_NOOP("Timeline::BootEvent", "warning"), true},
    {Kind::Imported, "imported", QT_TRANSLATE_NOOP("Timeline::BootEvent", "imported"), true},
    {Kind::Removed, "removed", QT_TRANSLATE_NOOP("Timeline::BootEvent", "removed"), true},
    {Kind::NetBoot, "netboot", QT_TRANSLATE_NOOP("Timeline::BootEvent", "NetBoot"), true},
    {Kind::Installed, "installed", QT_TRANSLATE_NOOP("Timeline::BootEvent", "installed"), true},
    {Kind::Note, "note", QT_TRANSLATE_NOOP("Timeline::BootEvent", "note"), true},
    {Kind::Diagnosis, "diagnosis", QT_TRANSLATE_NOOP("Timeline::BootEvent", "diagnosis"), true},
};
static_assert(std::size(Kinds) == size_t(Kind::Diagnosis) + 1);
constexpr bool inKindOrder()
{
    for (size_t i = 0; i < std::size(Kinds); ++i)
        if (Kinds[i].kind != Kind(i))
            return false;
    return true;
}
static_assert(inKindOrder(), "Kinds[] must list every Kind in its order");

constexpr const char *FirmwareKeys[] = {"pxe", "http-boot", "ipxe", "apple"};
static_assert(std::size(FirmwareKeys) == std::size(BootEvent::AllFirmware));

const ProtocolNames &namesOf(Protocol p)
{
    for (const ProtocolNames &n : Protocols)
        if (n.protocol == p)
            return n;
    return Protocols[0];
}

} // namespace

QString BootEvent::protocolName(Protocol protocol)
{
    return QString::fromLatin1(namesOf(protocol).name);
}

QString BootEvent::protocolKey(Protocol protocol)
{
    return QString::fromLatin1(namesOf(protocol).key);
}

std::optional<BootEvent::Protocol> BootEvent::protocolFromKey(QStringView key)
{
    for (const ProtocolNames &n : Protocols)
        if (key == QLatin1StringView(n.key))
            return n.protocol;
    return std::nullopt;
}

QString BootEvent::kindName(Kind kind)
{
    const KindNames &n = Kinds[size_t(kind)];
    return n.translated ? tr(n.name) : QString::fromLatin1(n.name);
}

QString BootEvent::kindKey(Kind kind)
{
    return QString::fromLatin1(Kinds[size_t(kind)].key);
}

std::optional<BootEvent::Kind> BootEvent::kindFromKey(QStringView key)
{
    for (const KindNames &n : Kinds)
        if (key == QLatin1StringView(n.key))
            return n.kind;
    return std::nullopt;
}

QString BootEvent::firmwareKey(Firmware flag)
{
    for (size_t i = 0; i < std::size(AllFirmware); ++i)
        if (AllFirmware[i] == flag)
            return QString::fromLatin1(FirmwareKeys[i]);
    return {};
}

std::optional<BootEvent::Firmware> BootEvent::firmwareFromKey(QStringView key)
{
    for (size_t i = 0; i < std::size(AllFirmware); ++i)
        if (key == QLatin1StringView(FirmwareKeys[i]))
            return AllFirmware[i];
    return std::nullopt;
}

QString BootEvent::toLine() const
{
    const QString time = QDateTime::fromMSecsSinceEpoch(msecs).toString(u"HH:mm:ss.zzz"_s);
    const QString who = mac.isNull() ? u"-"_s.leftJustified(17) : mac.toString();
    const QString what = protocolName(protocol) % u' ' % kindName(kind);
    QString line = time % u"  "_s % who % u"  "_s % what.leftJustified(16) % u' ' % summary;
    if (severity == Severity::Failure)
        line = line % u"  [FAILED]"_s;
    return line;
}

} // namespace Timeline
