// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/answertemplate.h"

namespace Boot {

bool AnswerTemplate::isVariableName(QStringView name)
{
    if (name.isEmpty() || !name.front().isLetter() || name.front().unicode() > 0x7f)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_' || c == u'-');
    });
}

QString AnswerTemplate::render(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0)
            break;
        out.append(QStringView(text).mid(i, open - i));
        const QStringView name = QStringView(text).mid(open + 1, close - open - 1);
        const bool shell = open > 0 && text.at(open - 1) == u'$';
        const auto it = shell || !isVariableName(name) ? values.cend() : values.constFind(name.toString());
        if (it == values.cend()) {
            // Not ours: keep the brace and look again just after it ("{{mac}").
            out.append(u'{');
            i = open + 1;
            continue;
        }
        out.append(*it);
        i = close + 1;
    }
    out.append(QStringView(text).mid(i));
    return out;
}

} // namespace Boot
