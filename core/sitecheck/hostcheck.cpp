// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecheck/hostcheck.h"

#include "site/ipv4.h"
#include "sitecheck/sitevalidator.h"

using namespace Qt::StringLiterals;

namespace Site {

namespace {

using Result = HostCheck::Result;
using Status = HostCheck::Status;

Result error(const QString &message)
{
    return {Status::Error, message};
}

Result warning(const QString &message)
{
    return {Status::Warning, message};
}

// Typed text goes into messages: keep a pasted novel from becoming one.
QString quotedShort(QStringView text)
{
    constexpr qsizetype longest = 64;
    if (text.size() > longest)
        return u'"' % text.left(longest - 1) % u"…\""_s;
    return u'"' % text % u'"';
}

// Spaces and control characters are invisible inside quotes.
QString describe(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return quotedShort(QStringView(&c, 1));
    if (c == u' ')
        return HostCheck::tr("a space");
    return u"U+"_s % QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
}

} // namespace

Result HostCheck::check(const Document &document, qsizetype row, Field field, QStringView text)
{
    text = text.trimmed();
    switch (field) {
    case Field::Mac:
        if (Result format = macText(text); !format.isOk())
            return format;
        return mac(document, row, *Net::MacAddress::parse(text));
    case Field::Ip:
        if (Result syntax = ipText(text); !syntax.isOk() || text.isEmpty())
            return syntax;
        return ip(document, row, *parseIpv4(text));
    case Field::Hostname:
        return hostname(document, row, text.toString());
    case Field::Menu:
        return menu(document, text.toString());
    }
    return {};
}

Result HostCheck::check(const Document &document, qsizetype row, Field field)
{
    if (row < 0 || row >= document.hosts.size())
        return {};
    const Host &host = document.hosts.at(row);
    switch (field) {
    case Field::Mac:
        return mac(document, row, host.mac);
    case Field::Ip:
        return ip(document, row, host.ip);
    case Field::Hostname:
        return hostname(document, row, host.hostname);
    case Field::Menu:
        return menu(document, host.menu);
    }
    return {};
}

Result HostCheck::macText(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return error(tr("a MAC address is required"));
    if (const auto parsed = Net::MacAddress::parse(text)) {
        if (parsed->isNull())
            return error(tr("%1 is not a network card's address").arg(quotedShort(text)));
        return {};
    }
    // Say what is wrong rather than just "invalid": the operator is looking
    // at a label on a machine or a line in a spreadsheet.
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (QStringView(u"0123456789abcdefABCDEF").contains(c)) {
            ++digits;
        } else if (!QStringView(u":-.").contains(c)) {
            return error(tr("%1 at position %2 is not a hex digit or a separator (: - .)")
                             .arg(describe(c))
                             .arg(i + 1));
        }
    }
    if (digits != 12) {
        return error(
            tr("%1 has %n hex digit(s); a MAC address has 12", nullptr, digits).arg(quotedShort(text)));
    }
    // Twelve digits, wrongly grouped or with mixed separators.
    return error(tr("%1: write the digits in pairs with one separator (aa:bb:cc:dd:ee:ff or "
                    "aa-bb-cc-dd-ee-ff) or in fours (aabb.ccdd.eeff)")
                     .arg(quotedShort(text)));
}

Result HostCheck::ipText(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || parseIpv4(text))
        return {};
    if (text.contains(u':'))
        return error(
            tr("%1 looks like an IPv6 address; hosts get IPv4 addresses").arg(quotedShort(text)));
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4) {
        const int n = int(parts.size());
        return error(
            tr("%1 has %n part(s); IPv4 has four, as in 10.0.0.20", nullptr, n).arg(quotedShort(text)));
    }
    for (QStringView part : parts) {
        if (part.isEmpty())
            return error(tr("%1 has an empty part between dots").arg(quotedShort(text)));
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return error(tr("%1: %2 is not a number").arg(quotedShort(text), quotedShort(part)));
        }
        if (part.size() > 1 && part.front() == u'0') {
            // inet_aton reads 010 as octal 8; refuse rather than guess.
            return error(tr("%1: %2 starts with 0, which some tools read as an octal number")
                             .arg(quotedShort(text), quotedShort(part)));
        }
        if (part.size() > 3 || part.toInt() > 255)
            return error(tr("%1: %2 is above 255").arg(quotedShort(text), quotedShort(part)));
    }
    return error(tr("%1 is not an IPv4 address").arg(quotedShort(text)));
}

Result HostCheck::hostnameText(QStringView text)
{
    if (text.isEmpty() || SiteValidator::isValidHostname(text))
        return {};
    if (text.contains(u'.')) {
        return error(tr("%1 contains a dot: enter the name alone, the site adds its domain")
                         .arg(quotedShort(text)));
    }
    if (text.size() > 63) {
        return error(
            tr("%1 is %n characters long; a host name has at most 63", nullptr, int(text.size()))
                .arg(quotedShort(text)));
    }
    for (QChar c : text) {
        if ((!c.isLetterOrNumber() || c.unicode() > 127) && c != u'-') {
            return error(tr("%1 contains %2; a host name has only letters a-z, digits and '-'")
                             .arg(quotedShort(text), describe(c)));
        }
    }
    return error(tr("%1 starts or ends with '-'").arg(quotedShort(text)));
}

Result HostCheck::mac(const Document &document, qsizetype row, const Net::MacAddress &mac)
{
    if (mac.isNull())
        return error(tr("a MAC address is required"));
    const auto same = [&](const Host &other) { return other.mac == mac; };
    if (Result used = usedByOther(document, row, Field::Mac, mac.toString(), same); !used.isOk())
        return used;
    // The group bit: no network card sends from such an address.
    if (mac.bytes()[0] & 0x01)
        return warning(tr("%1 is a multicast address, never a machine's").arg(mac.toString()));
    return {};
}

Result HostCheck::ip(const Document &document, qsizetype row, const QHostAddress &ip)
{
    if (ip.isNull())
        return {};
    if (QString problem = fixedAddressProblem(document, ip); !problem.isEmpty())
        return error(problem);
    if (QString problem = claimedAddressProblem(document, ip); !problem.isEmpty())
        return error(problem);
    const auto same = [&](const Host &other) { return other.ip == ip; };
    return usedByOther(document, row, Field::Ip, ip.toString(), same);
}

Result HostCheck::hostname(const Document &document, qsizetype row, const QString &hostname)
{
    const Result syntax = hostnameText(hostname);
    if (!syntax.isOk() || hostname.isEmpty())
        return syntax;
    // DNS names ignore case.
    const auto same = [&](const Host &other) {
        return other.hostname.compare(hostname, Qt::CaseInsensitive) == 0;
    };
    return usedByOther(document, row, Field::Hostname, quotedShort(hostname), same);
}

Result HostCheck::menu(const Document &document, const QString &menu)
{
    if (menu.isEmpty())
        return {};
    const qsizetype slash = menu.indexOf(u'/');
    const QString menuName = slash < 0 ? menu : menu.left(slash);
    const Site::Menu *found = document.menuByName(menuName);
    if (!found) {
        // Older sites name a "profile" and have no menus: they still boot.
        if (document.menus.isEmpty())
            return warning(tr("the site has no menus, so %1 boots without a generated menu")
                               .arg(quotedShort(menu)));
        return error(tr("there is no menu called %1").arg(quotedShort(menuName)));
    }
    if (slash >= 0 && !found->entry(menu.mid(slash + 1))) {
        return error(tr("menu %1 has no entry called %2")
                         .arg(quotedShort(menuName), quotedShort(menu.mid(slash + 1))));
    }
    return {};
}

QString HostCheck::fixedAddressProblem(const Document &d, const QHostAddress &address)
{
    if (!isIpv4(address))
        return tr("%1 is not an IPv4 address").arg(quotedShort(address.toString()));
    if (d.hasSubnet()) {
        if (!d.inSubnet(address))
            return tr("%1 is outside the subnet %2").arg(address.toString(), d.subnetText());
        const quint32 mask = ipv4Mask(d.subnetPrefix);
        const quint32 network = d.subnetAddress.toIPv4Address() & mask;
        if (address.toIPv4Address() == network)
            return tr("%1 is the network address of %2").arg(address.toString(), d.subnetText());
        if (address.toIPv4Address() == (network | ~mask))
            return tr("%1 is the broadcast address of %2").arg(address.toString(), d.subnetText());
    }
    for (qsizetype i = 0; i < d.ranges.size(); ++i) {
        if (d.ranges.at(i).contains(address)) {
            // Named by its place in the site file, as SiteValidator names ranges.
            const QString range = u"dhcp.ranges["_s % QString::number(i) % u']';
            return tr("%1 is inside the dynamic range %2 (%3)")
                .arg(address.toString(), range, d.ranges.at(i).toString());
        }
    }
    return {};
}

QString HostCheck::claimedAddressProblem(const Document &document, const QHostAddress &address)
{
    if (address.isNull())
        return {};
    if (address == document.serverAddress)
        return tr("%1 is the server's own address").arg(address.toString());
    if (address == document.router)
        return tr("%1 is the router's address").arg(address.toString());
    return {};
}

Result HostCheck::usedByOther(const Document &document, qsizetype row, Field field,
                              const QString &value,
                              const std::function<bool(const Host &)> &same)
{
    for (qsizetype i = 0; i < document.hosts.size(); ++i) {
        const Host &other = document.hosts.at(i);
        if (i == row || !same(other))
            continue;
        // Name the other host by what this field does not already say.
        QString name = tr("the host in row %1").arg(i + 1);
        if (field != Field::Hostname && !other.hostname.isEmpty())
            name = other.hostname;
        else if (field != Field::Mac && !other.mac.isNull())
            name = other.mac.toString();
        return warning(tr("%1 is already used by %2").arg(value, name));
    }
    return {};
}

} // namespace Site
