// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/hostimport.h"

#include "hostimport/dhcpdconfreader.h"
#include "hostimport/dnsmasqreader.h"
#include "hostimport/hosttablereader.h"
#include "hostimport/readabletext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

bool HostImport::hasErrors() const
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &p) { return !p.isWarning(); });
}

QList<Host> HostImport::hostValues() const
{
    QList<Host> out;
    out.reserve(hosts.size());
    for (const ImportedHost &imported : hosts)
        out.append(imported.host);
    return out;
}

std::optional<Net::MacAddress> HostImport::parseMac(QStringView text)
{
    text = text.trimmed();
    if (auto mac = Net::MacAddress::parse(text))
        return mac;
    // dhcpd and dnsmasq print and accept groups without their leading zero.
    std::array<quint8, 6> bytes{};
    int group = 0;
    for (QStringView part : text.tokenize(u':')) {
        if (group == 6 || part.isEmpty() || part.size() > 2)
            return std::nullopt;
        bool ok = false;
        const uint value = part.toUInt(&ok, 16);
        if (!ok || !part.front().isLetterOrNumber())
            return std::nullopt;
        bytes[group++] = quint8(value);
    }
    if (group != 6)
        return std::nullopt;
    return Net::MacAddress(bytes);
}

QString HostImport::quote(QStringView text)
{
    constexpr qsizetype longest = 60;
    if (text.size() > longest)
        return u'"' % text.first(longest - 1) % u"…\""_s;
    return u'"' % text % u'"';
}

QString HostImport::formatName(Format format)
{
    switch (format) {
    case Format::DhcpdConf:
        return u"dhcpd.conf"_s;
    case Format::Dnsmasq:
        return u"dnsmasq"_s;
    case Format::Table:
        return tr("table");
    case Format::Unknown:
        break;
    }
    return tr("unknown");
}

HostImport::Format HostImport::detect(QStringView text)
{
    // dhcp-host= is unmistakable; a host block or hardware statement is dhcpd;
    // anything with a MAC in a cell or a "mac" header is a table. Only then do
    // the files' general shapes decide, so a host-less file still gets named.
    static const QRegularExpression hostBlock(
        uR"((?:^|[\s;{}])host\s+(?:"[^"\n]*"|[^\s{};"#]+)\s*\{|\bhardware\s+ethernet\s)"_s);
    // dnsmasq option lines such as "interface=eth1".
    static const QRegularExpression dnsmasqOption(uR"(^[a-z][a-z0-9-]*=\S*$)"_s);
    if (text.startsWith(QChar(0xfeff)))
        text = text.sliced(1);
    if (ReadableText::isBinary(text))
        return Format::Unknown;
    qsizetype dnsmasqShaped = 0, dhcpdShaped = 0, other = 0;
    bool table = false;
    for (QStringView line : text.tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(u"dhcp-host="_s) || trimmed.contains(u"--dhcp-host"_s))
            return Format::Dnsmasq;
        if (trimmed.endsWith(u';') || trimmed.endsWith(u'{') || trimmed.endsWith(u'}'))
            ++dhcpdShaped;
        else if (dnsmasqOption.matchView(trimmed).hasMatch())
            ++dnsmasqShaped;
        else
            ++other;
        if (!table && HostTableReader::looksLikeRow(trimmed))
            table = true;
    }
    if (hostBlock.matchView(text).hasMatch())
        return Format::DhcpdConf;
    if (table)
        return Format::Table;
    const qsizetype total = dnsmasqShaped + dhcpdShaped + other;
    if (total > 0 && dhcpdShaped * 2 > total)
        return Format::DhcpdConf;
    if (total > 0 && dnsmasqShaped * 2 > total)
        return Format::Dnsmasq;
    return Format::Unknown;
}

HostImport HostImport::read(QStringView text, const QString &fileName)
{
    return read(text, Format::Unknown, fileName);
}

HostImport HostImport::read(QStringView text, Format format, const QString &fileName)
{
    HostImport result;
    const ReadableText readable = ReadableText::from(text, fileName);
    result.problems = readable.problems;
    if (readable.binary)
        return result;
    text = readable.text;

    result.format = format == Format::Unknown ? detect(text) : format;
    HostImport parsed;
    switch (result.format) {
    case Format::DhcpdConf:
        parsed = DhcpdConfReader::read(text, fileName);
        break;
    case Format::Dnsmasq:
        parsed = DnsmasqReader::read(text, fileName);
        break;
    case Format::Table:
        parsed = HostTableReader::read(text, fileName);
        break;
    case Format::Unknown:
        result.problems.append({fileName, 0, 0, {},
                                text.trimmed().isEmpty()
                                    ? tr("there is nothing to import")
                                    : tr("this is neither a dhcpd.conf with host blocks, nor "
                                         "dnsmasq dhcp-host= lines, nor a table with a column "
                                         "of MAC addresses")});
        return result;
    }
    result.hosts = std::move(parsed.hosts);
    result.problems += parsed.problems;
    if (result.hosts.isEmpty() && !result.hasErrors()) {
        result.problems.append({fileName, 0, 0, {},
                                tr("no hosts found (read as %1)").arg(formatName(result.format)),
                                Problem::Severity::Warning});
    }
    result.reportDuplicates(fileName);
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return result;
}

void HostImport::reportDuplicates(const QString &fileName)
{
    QHash<Net::MacAddress, qsizetype> macs;
    QHash<quint32, qsizetype> addresses;
    QHash<QString, qsizetype> names;
    macs.reserve(hosts.size());
    const auto report = [&](qsizetype index, qsizetype earlier, const QString &message) {
        const ImportedHost &here = hosts.at(index);
        const ImportedHost &there = hosts.at(earlier);
        // One entry that names several MACs already said so when it was read.
        if (here.line == there.line && here.label == there.label)
            return;
        problems.append(
            {fileName, here.line, 0, here.label,
             message % u' ' % tr("(also at line %1, %2)").arg(there.line).arg(there.label),
             Problem::Severity::Warning});
    };
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const Host &host = hosts.at(i).host;
        if (const auto it = macs.constFind(host.mac); it != macs.cend())
            report(i, *it, tr("duplicate MAC address %1").arg(host.mac.toString()));
        else
            macs.insert(host.mac, i);
        if (!host.ip.isNull()) {
            const quint32 ip = host.ip.toIPv4Address();
            if (const auto it = addresses.constFind(ip); it != addresses.cend())
                report(i, *it, tr("duplicate address %1").arg(host.ip.toString()));
            else
                addresses.insert(ip, i);
        }
        if (!host.hostname.isEmpty()) {
            // Host names are DNS names: case does not make two of them.
            const QString key = host.hostname.toLower();
            if (const auto it = names.constFind(key); it != names.cend())
                report(i, *it, tr("duplicate host name %1").arg(host.hostname));
            else
                names.insert(key, i);
        }
    }
}

} // namespace Site
