// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/hosttablereader.h"

#include "site/ipv4.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

bool HostTableReader::looksLikeRow(QStringView line)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool end = i == line.size();
        const QChar c = end ? QChar() : line[i];
        if (!end && c != u'\t' && c != u';' && c != u',' && c != u' ')
            continue;
        QStringView cell = line.sliced(start, i - start).trimmed();
        if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
            cell = cell.sliced(1, cell.size() - 2);
        if (HostImport::parseMac(cell))
            return true;
        start = i + 1;
    }
    // Header cells may hold spaces ("MAC address"), so split them apart.
    for (QStringView cell : line.tokenize(u',')) {
        for (QStringView part : cell.tokenize(u';')) {
            for (QStringView name : part.tokenize(u'\t')) {
                if (hostColumnForHeader(name) == HostColumn::Mac)
                    return true;
            }
        }
    }
    return false;
}

HostImport HostTableReader::read(QStringView text, const QString &fileName)
{
    HostTableReader reader(fileName);
    reader.run(text);
    return std::move(reader.m_result);
}

HostTableReader::HostTableReader(const QString &fileName)
    : m_fileName(fileName)
{
    m_result.format = HostImport::Format::Table;
}

void HostTableReader::run(QStringView text)
{
    m_table = TableText::parse(text, m_fileName);
    m_result.problems += m_table.problems;
    if (!assignColumns())
        return;
    for (qsizetype i = m_firstData; i < m_table.rows.size(); ++i)
        readRow(m_table.rows.at(i));
}

bool HostTableReader::assignColumns()
{
    const auto &rows = m_table.rows;
    const auto first = std::find_if(rows.begin(), rows.end(),
                                    [](const TableText::Row &r) { return !r.isBlank(); });
    if (first == rows.end())
        return false;
    m_firstData = first - rows.begin();
    const auto &cells = first->cells;
    const auto any = [&](auto test) {
        return std::any_of(cells.begin(), cells.end(),
                           [&](const TableText::Cell &c) { return test(c.text); });
    };
    const bool hasMac = any([](const QString &t) { return HostImport::parseMac(t).has_value(); });
    const bool hasIp = any([](const QString &t) { return parseIpv4(t).has_value(); });
    const bool hasColon = any([](const QString &t) { return t.contains(u':'); });
    const bool named = any([](const QString &t) {
        return hostColumnForHeader(t) != HostColumn::Ignored;
    });
    const bool hasMoreRows = first + 1 != rows.end();

    if (!hasMac && named) {
        ++m_firstData;
        QStringList unknown;
        for (const TableText::Cell &cell : cells) {
            HostColumn kind = hostColumnForHeader(cell.text);
            if (kind != HostColumn::Ignored && kind != HostColumn::Notes
                && m_columns.contains(kind)) {
                report(*first, m_columns.size(), tr("a second %1 column is ignored").arg(cell.text),
                       Problem::Severity::Warning);
                kind = HostColumn::Ignored;
            } else if (kind == HostColumn::Ignored && !cell.text.isEmpty() && unknown.size() < 10) {
                unknown.append(HostImport::quote(cell.text));
            }
            m_columns.append(kind);
            m_headerNames.append(cell.text);
        }
        if (!unknown.isEmpty()) {
            report(*first, -1,
                   tr("these columns are not known and are ignored: %1 (known: mac, hostname, "
                      "ip, menu, boot file, notes)")
                       .arg(unknown.join(u", "_s)),
                   Problem::Severity::Warning);
        }
        if (!m_columns.contains(HostColumn::Mac))
            assignHostColumnsByContent(rows, m_firstData, m_columns, HostColumn::Ignored, true);
    } else if (!hasMac && !hasIp && !hasColon && hasMoreRows) {
        report(*first, -1,
               tr("this looks like a header row, but none of its names is known: columns are "
                  "recognised by their content"),
               Problem::Severity::Warning);
        ++m_firstData;
        assignHostColumnsByContent(rows, m_firstData, m_columns, HostColumn::Notes, false);
    } else {
        assignHostColumnsByContent(rows, m_firstData, m_columns, HostColumn::Notes, false);
    }
    if (!m_columns.contains(HostColumn::Mac)) {
        m_result.problems.append({m_fileName, first->line, 0, {},
                                  tr("no column holds MAC addresses: nothing was imported (a "
                                     "header row can name the column \"mac\")")});
        return false;
    }
    return true;
}

void HostTableReader::readRow(const TableText::Row &row)
{
    if (row.isBlank())
        return;
    const qsizetype macColumn = m_columns.indexOf(HostColumn::Mac);
    const QString macText = row.cell(macColumn);
    const auto mac = HostImport::parseMac(macText);
    if (!mac) {
        const QString message =
            macText.isEmpty()
                ? tr("no MAC address: the row is skipped")
                : tr("%1 is not a MAC address: the row is skipped").arg(HostImport::quote(macText));
        report(row, macColumn, message, Problem::Severity::Error);
        return;
    }
    Host host;
    host.mac = *mac;
    QStringList notes;
    for (qsizetype c = 0; c < std::min(row.cells.size(), m_columns.size()); ++c) {
        const QString &text = row.cells.at(c).text;
        if (text.isEmpty())
            continue;
        switch (m_columns.at(c)) {
        case HostColumn::Hostname:
            host.hostname = text;
            break;
        case HostColumn::Ip:
            if (const auto ip = parseIpv4(text))
                host.ip = *ip;
            else
                report(row, c,
                       tr("%1 is not an IPv4 address: the host is kept without one")
                           .arg(HostImport::quote(text)),
                       Problem::Severity::Warning);
            break;
        case HostColumn::Menu:
            host.menu = text;
            break;
        case HostColumn::BootFile:
            host.bootFile = text;
            break;
        case HostColumn::Notes:
            notes.append(text);
            break;
        case HostColumn::Mac:
        case HostColumn::Ignored:
            break;
        }
    }
    host.notes = notes.join(u"; "_s);
    m_result.hosts.append({host, row.line, tr("row %1").arg(row.number)});
}

QString HostTableReader::cellField(const TableText::Row &row, qsizetype column) const
{
    if (column < 0)
        return tr("row %1").arg(row.number);
    const QString name = m_headerNames.value(column);
    const QString field = tr("row %1, column %2").arg(row.number).arg(column + 1);
    return name.isEmpty() ? field : field % u" (" % name % u')';
}

void HostTableReader::report(const TableText::Row &row, qsizetype column, const QString &message,
                             Problem::Severity severity)
{
    const int textColumn =
        column >= 0 && column < row.cells.size() ? row.cells.at(column).column : 0;
    m_result.problems.append(
        {m_fileName, row.line, textColumn, cellField(row, column), message, severity});
}

} // namespace Site
