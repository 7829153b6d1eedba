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
    // One pass: at each '{', a name is read forward and must end in '}'
    // at once; every character is looked at a bounded number of times.
    const auto nameChar = [](QChar c) {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_' || c == u'-');
    };
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        const bool shell = i > 0 && text.at(i - 1) == u'$';
        if (c != u'{' || shell) {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && nameChar(text.at(end)))
            ++end;
        const QStringView name = QStringView(text).mid(i + 1, end - i - 1);
        const auto it = end < n && text.at(end) == u'}' && isVariableName(name) ? values.constFind(name.toString())
                                                                                 : values.cend();
        if (it == values.cend()) {
            // Not ours: the brace stays, and the text after it is read again ("{{mac}").
            out.append(c);
            ++i;
            continue;
        }
        out.append(*it);
        i = end + 1;
    }
    return out;
}

} // namespace Boot
