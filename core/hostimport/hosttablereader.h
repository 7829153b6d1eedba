// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostimport/hostcolumn.h"
#include "hostimport/hostimport.h"
#include "hostimport/tabletext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Site {

/// Reads hosts from table text (see TableText). With a header row, columns
/// are taken by their names (mac; hostname, name or host; ip, address or
/// fixed-address; menu or profile; boot file; notes; German names too).
/// Without one, by their content: the column of MACs, the column of IPv4
/// addresses, the first column of host names; the rest becomes notes.
class HostTableReader
{
    Q_DECLARE_TR_FUNCTIONS(Site::HostTableReader)

public:
    static HostImport read(QStringView text, const QString &fileName);

    /// True when one line of text has a cell holding a MAC, or is a header
    /// naming a MAC column: the test for "this is a table of hosts".
    static bool looksLikeRow(QStringView line);

private:
    explicit HostTableReader(const QString &fileName);
    void run(QStringView text);
    /// Finds the header row, if any, and sets m_columns; false when there is no MAC column.
    bool assignColumns();
    void readRow(const TableText::Row &row);
    QString cellField(const TableText::Row &row, qsizetype column) const;
    void report(const TableText::Row &row, qsizetype column, const QString &message,
                Problem::Severity severity);

    QString m_fileName;
    HostImport m_result;
    TableText m_table;
    qsizetype m_firstData = 0; ///< index of the first row after the header
    QList<HostColumn> m_columns;
    QStringList m_headerNames;
};

} // namespace Site
