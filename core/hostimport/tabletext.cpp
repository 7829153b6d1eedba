// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/tabletext.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

constexpr int sampleLines = 50;
constexpr int maxProblems = 20;
// Far more than a host table has; a row with more is garbage, and its cells
// would only cost memory.
constexpr qsizetype maxColumns = 256;

} // namespace

bool TableText::Row::isBlank() const
{
    return std::all_of(cells.begin(), cells.end(), [](const Cell &c) { return c.text.isEmpty(); });
}

QString TableText::Row::cell(qsizetype index) const
{
    return index >= 0 && index < cells.size() ? cells.at(index).text : QString();
}

QChar TableText::detectSeparator(QStringView text)
{
    // The separator is the candidate that splits the most sample lines into
    // the same number of cells: a comma in one note does not beat a tab in
    // every line.
    constexpr std::array<char16_t, 3> candidates{u'\t', u';', u','};
    std::array<QHash<qsizetype, int>, 3> countsPerLine;
    int sampled = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (++sampled > sampleLines)
            break;
        std::array<qsizetype, 3> counts{};
        bool quoted = false;
        for (QChar c : line) {
            if (c == u'"')
                quoted = !quoted;
            for (size_t i = 0; i < candidates.size(); ++i)
                counts[i] += !quoted && c == candidates[i];
        }
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (counts[i] > 0)
                ++countsPerLine[i][counts[i]];
        }
    }
    QChar best = u' ';
    int bestScore = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
        int score = 0;
        for (int lines : std::as_const(countsPerLine[i]))
            score = std::max(score, lines);
        if (score > bestScore) {
            bestScore = score;
            best = candidates[i];
        }
    }
    return best;
}

TableText TableText::parse(QStringView text, const QString &fileName)
{
    TableText table;
    table.separator = detectSeparator(text);
    const QChar separator = table.separator;
    const bool blanks = separator == u' ';
    const auto isSeparator = [&](QChar c) {
        return blanks ? (c == u' ' || c == u'\t') : c == separator;
    };
    const auto isPadding = [&](QChar c) {
        return (c == u' ' || c == u'\t' || c == u'\r') && !(c == separator && !blanks);
    };
    const qsizetype n = text.size();
    qsizetype pos = 0;
    qsizetype lineStart = 0;
    int line = 1;
    int problemCount = 0;
    while (pos < n) {
        Row row;
        row.line = line;
        row.number = int(table.rows.size()) + 1;
        for (;;) {
            while (pos < n && isPadding(text[pos]))
                ++pos;
            Cell cell;
            cell.column = int(pos - lineStart) + 1;
            QString value;
            if (pos < n && text[pos] == u'"') {
                const qsizetype quoteAt = pos;
                const qsizetype quoteLineStart = lineStart;
                const int quoteLine = line;
                bool closed = false;
                for (++pos; pos < n; ++pos) {
                    const QChar c = text[pos];
                    if (c == u'"') {
                        if (pos + 1 < n && text[pos + 1] == u'"') {
                            value += u'"';
                            ++pos;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (c == u'\n') {
                        ++line;
                        lineStart = pos + 1;
                    }
                    value += c;
                }
                if (!closed) {
                    if (++problemCount <= maxProblems) {
                        table.problems.append(
                            {fileName, quoteLine, cell.column, tr("row %1").arg(row.number),
                             tr("this quote is never closed: the cell ends with its line")});
                    }
                    // Read on after this line, or one stray quote would
                    // swallow every row after it.
                    qsizetype end = text.indexOf(u'\n', quoteAt);
                    if (end < 0)
                        end = n;
                    value = text.sliced(quoteAt + 1, end - quoteAt - 1).toString();
                    pos = end;
                    line = quoteLine;
                    lineStart = quoteLineStart;
                }
                const qsizetype rest = pos;
                while (pos < n && !isSeparator(text[pos]) && text[pos] != u'\n')
                    ++pos;
                value += text.sliced(rest, pos - rest);
            } else {
                const qsizetype start = pos;
                while (pos < n && !isSeparator(text[pos]) && text[pos] != u'\n')
                    ++pos;
                value = text.sliced(start, pos - start).toString();
            }
            cell.text = value.trimmed();
            row.cells.append(std::move(cell));
            if (pos >= n || text[pos] == u'\n')
                break;
            if (row.cells.size() == maxColumns) {
                if (++problemCount <= maxProblems) {
                    table.problems.append({fileName, line, int(pos - lineStart) + 1,
                                           tr("row %1").arg(row.number),
                                           tr("more than %1 columns: the rest of the line is "
                                              "ignored")
                                               .arg(maxColumns),
                                           Problem::Severity::Warning});
                }
                pos = text.indexOf(u'\n', pos);
                if (pos < 0)
                    pos = n;
                break;
            }
            ++pos; // the separator
            if (blanks) {
                while (pos < n && isPadding(text[pos]))
                    ++pos;
                if (pos >= n || text[pos] == u'\n')
                    break;
            }
        }
        if (pos < n) {
            ++pos; // the line break
            ++line;
            lineStart = pos;
        }
        table.rows.append(std::move(row));
    }
    return table;
}

} // namespace Site
