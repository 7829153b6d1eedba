// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>

namespace Ui {

/// Where two lists start and stop differing: rows [first, oldEnd) of the
/// old list became rows [first, newEnd) of the new one. Models over the site
/// editor signal only those rows, so views keep their selection.
template<typename T>
struct ListDifference
{
    qsizetype first = 0;
    qsizetype oldEnd = 0;
    qsizetype newEnd = 0;

    ListDifference(const QList<T> &before, const QList<T> &after)
    {
        while (first < before.size() && first < after.size() && before.at(first) == after.at(first))
            ++first;
        oldEnd = before.size();
        newEnd = after.size();
        while (oldEnd > first && newEnd > first && before.at(oldEnd - 1) == after.at(newEnd - 1)) {
            --oldEnd;
            --newEnd;
        }
    }
    /// Rows that exist before and after, changed in place.
    qsizetype common() const { return std::min(oldEnd, newEnd) - first; }
};

} // namespace Ui
