// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/hostcolumn.h"

#include "hostimport/hostimport.h"
#include "site/ipv4.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

bool looksLikeHostname(QStringView text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    bool letter = false;
    for (QChar c : text) {
        const bool isLetter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!isLetter && !(c >= u'0' && c <= u'9') && c != u'-' && c != u'.')
            return false;
        letter = letter || isLetter;
    }
    return letter;
}

QString normalHeader(QStringView name)
{
    QString out = name.toString().toCaseFolded();
    out.removeIf([](QChar c) {
        return c.isSpace() || c == u'-' || c == u'_' || c == u'.' || c == u':' || c == u'"';
    });
    return out;
}

} // namespace

HostColumn hostColumnForHeader(QStringView name)
{
    // Every cell of a pasted table is asked this; most are no header at all.
    if (name.isEmpty() || name.size() > 40)
        return HostColumn::Ignored;
    using enum HostColumn;
    static const QHash<QString, HostColumn> columns {
        {u"mac"_s, Mac},
        {u"macaddress"_s, Mac},
        {u"macadresse"_s, Mac},
        {u"hwaddr"_s, Mac},
        {u"hardwareaddress"_s, Mac},
        {u"hardwareethernet"_s, Mac},
        {u"ethernet"_s, Mac},
        {u"hostname"_s, Hostname},
        {u"name"_s, Hostname},
        {u"host"_s, Hostname},
        {u"rechnername"_s, Hostname},
        {u"computername"_s, Hostname},
        {u"ip"_s, Ip},
        {u"ipaddress"_s, Ip},
        {u"ipv4"_s, Ip},
        {u"ipv4address"_s, Ip},
        {u"address"_s, Ip},
        {u"fixedaddress"_s, Ip},
        {u"fixedip"_s, Ip},
        {u"adresse"_s, Ip},
        {u"ipadresse"_s, Ip},
        {u"menu"_s, Menu},
        {u"menü"_s, Menu},
        {u"profile"_s, Menu},
        {u"bootmenu"_s, Menu},
        {u"bootfile"_s, BootFile},
        {u"filename"_s, BootFile},
        {u"bootdatei"_s, BootFile},
        {u"notes"_s, Notes},
        {u"note"_s, Notes},
        {u"comment"_s, Notes},
        {u"comments"_s, Notes},
        {u"description"_s, Notes},
        {u"notizen"_s, Notes},
        {u"bemerkung"_s, Notes},
        {u"bemerkungen"_s, Notes},
        {u"kommentar"_s, Notes},
    };
    return columns.value(normalHeader(name), Ignored);
}

void assignHostColumnsByContent(const QList<TableText::Row> &rows, qsizetype first,
                                QList<HostColumn> &columns, HostColumn unassigned, bool onlyMac)
{
    qsizetype width = columns.size();
    for (qsizetype i = first; i < rows.size(); ++i)
        width = std::max(width, rows.at(i).cells.size());
    QList<qsizetype> macs(width), ips(width), names(width), filled(width);
    for (qsizetype i = first; i < rows.size(); ++i) {
        const auto &cells = rows.at(i).cells;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString &text = cells.at(c).text;
            if (text.isEmpty())
                continue;
            ++filled[c];
            if (HostImport::parseMac(text))
                ++macs[c];
            else if (parseIpv4(text))
                ++ips[c];
            else if (looksLikeHostname(text))
                ++names[c];
        }
    }
    columns.resize(width, unassigned);
    const auto best = [&](const QList<qsizetype> &counts) {
        qsizetype found = -1;
        for (qsizetype c = 0; c < width; ++c) {
            if (columns.at(c) == unassigned && counts.at(c) > 0
                && (found < 0 || counts.at(c) > counts.at(found)))
                found = c;
        }
        return found;
    };
    if (const qsizetype mac = best(macs); mac >= 0)
        columns[mac] = HostColumn::Mac;
    if (onlyMac)
        return;
    if (const qsizetype ip = best(ips); ip >= 0)
        columns[ip] = HostColumn::Ip;
    for (qsizetype c = 0; c < width; ++c) {
        if (columns.at(c) == unassigned && filled.at(c) > 0 && names.at(c) * 2 > filled.at(c)) {
            columns[c] = HostColumn::Hostname;
            break;
        }
    }
}

} // namespace Site
