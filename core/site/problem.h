// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Site {

/// One thing wrong with a site: where it is and what is wrong.
struct Problem
{
    QString file;   ///< empty for a document that has no file yet
    int line = 0;   ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based, in characters; 0 when unknown
    QString field;  ///< path such as hosts[1].mac; empty for JSON syntax errors
    QString message;

    /// "site.json:14:16: hosts[1].mac: message", leaving out what is unknown.
    QString toString() const;

    friend bool operator==(const Problem &, const Problem &) = default;
};

/// One problem per line, for a dialog or the terminal.
QString problemsToString(const QList<Problem> &problems);

} // namespace Site
