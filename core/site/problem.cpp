// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/problem.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Site {

QString Problem::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0) {
            out += u':' % QString::number(line);
            if (column > 0)
                out += u':' % QString::number(column);
        }
        out += u": "_s;
    }
    if (isWarning())
        out += QCoreApplication::translate("Site::Problem", "warning: ");
    if (!field.isEmpty())
        out += field % u": "_s;
    return out + message;
}

QString problemsToString(const QList<Problem> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace Site
