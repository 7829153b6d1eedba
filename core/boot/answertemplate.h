// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Boot {

/// An answer file's text with its variables filled in. {name} is replaced
/// when name is one of the values given; anything else in braces stays as
/// written, and so does ${name}, which belongs to the shell (a kickstart's
/// %post, a preseed's late_command), so scripts pass through untouched.
class AnswerTemplate
{
public:
    static QString render(const QString &text, const QHash<QString, QString> &values);
    /// ASCII letters, digits, '_' and '-', starting with a letter.
    static bool isVariableName(QStringView name);
};

} // namespace Boot
