// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/dnsmasqreader.h"

#include "site/ipv4.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

constexpr QStringView option = u"dhcp-host";
constexpr qsizetype maxNotesPerLine = 10;

bool isLeaseTime(QStringView field)
{
    static const QRegularExpression pattern(uR"(^(\d+[smhdw]?|infinite|deprecated)$)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.matchView(field).hasMatch();
}

// One shell word starting at @p pos: quotes and backslashes as sh reads them.
QString shellWord(QStringView line, qsizetype &pos)
{
    QString out;
    QChar quote;
    for (; pos < line.size(); ++pos) {
        const QChar c = line[pos];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"' && pos + 1 < line.size())
                out.append(line[++pos]);
            else
                out.append(c);
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'\\' && pos + 1 < line.size()) {
            out.append(line[++pos]);
        } else if (c.isSpace()) {
            break;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

DnsmasqReader::DnsmasqReader(const QString &fileName)
    : m_fileName(fileName)
{
    m_result.format = HostImport::Format::Dnsmasq;
}

HostImport DnsmasqReader::read(QStringView text, const QString &fileName)
{
    DnsmasqReader reader(fileName);
    int lineNumber = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(option) && trimmed.sliced(option.size()).startsWith(u'=')) {
            bool closed = true;
            const QString value = confValue(trimmed.sliced(option.size() + 1), &closed);
            reader.readEntry(value, lineNumber, closed);
            continue;
        }
        for (const QString &value : commandLineValues(trimmed))
            reader.readEntry(value, lineNumber);
    }
    return std::move(reader.m_result);
}

QString DnsmasqReader::confValue(QStringView text, bool *closed)
{
    QString out;
    bool inQuotes = false;
    bool afterSpace = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (inQuotes && c == u'\\' && i + 1 < text.size()) {
            out.append(text[++i]);
        } else if (!inQuotes && afterSpace && c == u'#') {
            break;
        } else {
            out.append(c);
        }
        afterSpace = c.isSpace();
    }
    if (closed)
        *closed = !inQuotes;
    return out.trimmed();
}

QStringList DnsmasqReader::commandLineValues(QStringView line)
{
    QStringList values;
    const QString longOption = u"--"_s % option;
    qsizetype pos = 0;
    while ((pos = line.indexOf(longOption, pos)) >= 0) {
        const bool wordStart = pos == 0 || line[pos - 1].isSpace();
        pos += longOption.size();
        if (!wordStart || pos >= line.size())
            continue;
        if (line[pos] == u'=') {
            ++pos;
        } else if (line[pos].isSpace()) {
            while (pos < line.size() && line[pos].isSpace())
                ++pos;
        } else {
            continue; // --dhcp-hostsfile and friends
        }
        values.append(shellWord(line, pos));
    }
    return values;
}

void DnsmasqReader::readEntry(const QString &value, int line, bool quotesClosed)
{
    QList<Net::MacAddress> macs;
    QHostAddress ip;
    QString hostname;
    QStringList tags;
    bool ignore = false, clientId = false, badMac = false;
    // Said once the label is known; a line of garbage can hold thousands of
    // odd fields, and a few of them make the point.
    QList<std::pair<QString, Problem::Severity>> notes;
    qsizetype unlisted = 0;
    const auto note = [&](Problem::Severity severity, const char *message, QStringView arg) {
        if (notes.size() < maxNotesPerLine)
            notes.append({tr(message).arg(HostImport::quote(arg)), severity});
        else
            ++unlisted;
    };
    if (!quotesClosed) {
        notes.append({tr("the closing quote is missing: the line may be cut off"),
                      Problem::Severity::Warning});
    }

    for (QStringView field : QStringView(value).tokenize(u',')) {
        field = field.trimmed();
        const auto startsWith = [&](QStringView prefix) {
            return field.startsWith(prefix, Qt::CaseInsensitive);
        };
        if (field.isEmpty()) {
            continue;
        } else if (field.compare(u"ignore", Qt::CaseInsensitive) == 0) {
            ignore = true;
        } else if (startsWith(u"id:")) {
            clientId = clientId || field != u"id:*";
        } else if (startsWith(u"set:") || startsWith(u"tag:") || startsWith(u"net:")) {
            if (tags.size() < maxNotesPerLine)
                tags.append(field.toString());
        } else if (field.startsWith(u'[')) {
            note(Problem::Severity::Warning,
                 QT_TR_NOOP("the IPv6 address %1 is not imported: Rackside serves IPv4"), field);
        } else if (const auto address = parseIpv4(field)) {
            if (ip.isNull())
                ip = *address;
            else
                note(Problem::Severity::Warning, QT_TR_NOOP("a second address %1 is ignored"),
                     field);
        } else if (const auto mac = HostImport::parseMac(field)) {
            macs.append(*mac);
        } else if (field.contains(u':')) {
            // dnsmasq writes wildcards ("00:20:e0:*:*:*") and ARP types other
            // than Ethernet ("06-00:20:...") here; neither names one machine.
            badMac = true;
            if (field.contains(u'*'))
                note(Problem::Severity::Warning, QT_TR_NOOP("%1 matches many machines: skipped"),
                     field);
            else
                note(Problem::Severity::Error, QT_TR_NOOP("%1 is not an Ethernet MAC address"),
                     field);
        } else if (isLeaseTime(field)) {
            continue; // a site has one lease time for all hosts
        } else if (hostname.isEmpty()) {
            hostname = field.toString();
        } else {
            note(Problem::Severity::Warning,
                 QT_TR_NOOP("%1 is ignored: the host already has a name"), field);
        }
    }

    const QString label = hostname.isEmpty() ? option.toString() : option % u' ' % hostname;
    for (const auto &[message, severity] : std::as_const(notes))
        report(line, label, message, severity);
    if (unlisted > 0) {
        report(line, label,
               tr("further problems on this line are not listed (%n more)", nullptr, int(unlisted)),
               Problem::Severity::Warning);
    }
    if (ignore) {
        report(line, label,
               tr("\"ignore\": dnsmasq turns this machine away, so it is not imported"),
               Problem::Severity::Warning);
        return;
    }
    if (macs.isEmpty()) {
        if (!badMac) {
            report(line, label,
                   clientId ? tr("no MAC address (dnsmasq matches this one by client ID): skipped")
                            : tr("no MAC address: skipped"),
                   Problem::Severity::Warning);
        }
        return;
    }
    if (clientId) {
        report(line, label, tr("the client ID is not imported: Rackside knows hosts by MAC"),
               Problem::Severity::Warning);
    }
    if (!tags.isEmpty()) {
        report(line, label,
               tr("tags are not imported (%1): options that depend on them do not apply to "
                  "this host")
                   .arg(tags.join(u", "_s)),
               Problem::Severity::Warning);
    }
    if (macs.size() > 1) {
        report(line, label,
               tr("%n MAC addresses share this line (dnsmasq gives the address to whichever "
                  "asks): imported as one host each", nullptr, int(macs.size())),
               Problem::Severity::Warning);
    }
    for (const Net::MacAddress &mac : std::as_const(macs))
        m_result.hosts.append({Host{mac, hostname, ip, {}, {}, {}}, line, label});
}

void DnsmasqReader::report(int line, const QString &label, const QString &message,
                           Problem::Severity severity)
{
    m_result.problems.append({m_fileName, line, 0, label, message, severity});
}

} // namespace Site
