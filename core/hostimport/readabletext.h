// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace Site {

/// Text an operator opened or pasted, made fit to read: without a byte order
/// mark or trailing NUL padding, and with control characters (NUL bytes and
/// the like) read as spaces, each said in a warning. Binary data is refused
/// with an error rather than read into noise.
struct ReadableText
{
    Q_DECLARE_TR_FUNCTIONS(Site::ReadableText)

public:
    QString text;
    bool binary = false;
    QList<Problem> problems;

    static ReadableText from(QStringView text, const QString &fileName);
    /// True when @p text is largely characters no text holds: random bytes,
    /// or UTF-16 read as 8-bit text.
    static bool isBinary(QStringView text);
};

} // namespace Site
