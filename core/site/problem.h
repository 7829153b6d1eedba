// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Site {

/// One thing wrong with a site: where it is and what is wrong.
struct Problem
{
    /// Errors stop a site from loading; warnings are shown and the site loads.
    enum class Severity { Error, Warning };

    QString file;   ///< empty for a document that has no file yet
    int line = 0;   ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based, in characters; 0 when unknown
    QString field;  ///< path such as hosts[1].mac; empty for JSON syntax errors
    QString message;
    Severity severity = Severity::Error;

    bool isWarning() const { return severity == Severity::Warning; }
    /// "site.json:14:16: hosts[1].mac: message", leaving out what is unknown;
    /// warnings read "site.json:14:16: warning: hosts[1].mac: message".
    QString toString() const;

    friend bool operator==(const Problem &, const Problem &) = default;
};

/// @p text in double quotes, as messages name what was read.
QString quoted(const QString &text);

/// One problem per line, for a dialog or the terminal.
QString problemsToString(const QList<Problem> &problems);

} // namespace Site
