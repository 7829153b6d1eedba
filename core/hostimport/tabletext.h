// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace Site {

/// Text copied from a spreadsheet or saved as CSV, split into rows of cells:
/// tab-, semicolon- or comma-separated (whichever the text uses), or columns
/// split by runs of spaces when it uses none of them. Cells may be quoted
/// with "" inside for a quote, and may then hold separators and line breaks.
class TableText
{
    Q_DECLARE_TR_FUNCTIONS(Site::TableText)

public:
    struct Cell
    {
        QString text; ///< trimmed, quotes resolved
        int column = 0; ///< 1-based character column where the cell starts
    };
    struct Row
    {
        QList<Cell> cells;
        int line = 0; ///< 1-based line where the row starts
        /// 1-based, counting blank rows and the header, as a spreadsheet numbers them.
        int number = 0;

        bool isBlank() const;
        QString cell(qsizetype index) const;
    };

    /// A tab, ';', ',' or a space (runs of blanks).
    QChar separator;
    QList<Row> rows;
    /// Quotes never closed (the cell then ends with its line) and rows of
    /// more than 256 cells (the rest of the line is dropped).
    QList<Problem> problems;

    static TableText parse(QStringView text, const QString &fileName = {});
    static QChar detectSeparator(QStringView text);
};

} // namespace Site
