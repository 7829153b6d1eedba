// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/readabletext.h"

#include <algorithm>

namespace Site {

namespace {

// C0 controls other than whitespace, and DEL: no configuration file or
// spreadsheet paste holds them, so they are damage and read as spaces.
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20)
        return u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v';
    return u == 0x7f;
}

// Also C1 controls (bytes 0x80-0x9f read as Latin-1) and U+FFFD (bytes that
// were not UTF-8): a few are a stray Windows quote, many are not text at all.
bool isUnreadable(QChar c)
{
    const char16_t u = c.unicode();
    return isControl(c) || (u >= 0x80 && u < 0xa0) || u == 0xfffd;
}

int lineAt(QStringView text, qsizetype pos)
{
    return int(text.first(pos).count(u'\n')) + 1;
}

} // namespace

bool ReadableText::isBinary(QStringView text)
{
    // Random bytes are a quarter unreadable, UTF-16 read as 8-bit text half;
    // a text with a few NULs in it is far below this.
    return std::count_if(text.begin(), text.end(), isUnreadable) * 10 > text.size();
}

ReadableText ReadableText::from(QStringView text, const QString &fileName)
{
    ReadableText result;
    if (text.startsWith(QChar(0xfeff))) // spreadsheets write a byte order mark
        text = text.sliced(1);
    // A file cut short by a crash is often padded with NULs up to its size.
    qsizetype padding = 0;
    while (padding < text.size() && text[text.size() - 1 - padding].isNull())
        ++padding;
    text.chop(padding);

    const auto warn = [&](qsizetype pos, const QString &message) {
        result.problems.append(
            {fileName, lineAt(text, pos), 0, {}, message, Problem::Severity::Warning});
    };
    if (isBinary(text)) {
        const qsizetype first = std::find_if(text.begin(), text.end(), isUnreadable) - text.begin();
        result.binary = true;
        result.problems.append(
            {fileName, lineAt(text, first), 0, {}, tr("this is binary data, not text")});
        return result;
    }
    if (padding > 0) {
        warn(text.size(), tr("the text ends in %n NUL bytes: it may not have been written "
                             "completely", nullptr, int(padding)));
    }
    result.text = text.toString();
    const qsizetype controls = std::count_if(text.begin(), text.end(), isControl);
    if (controls > 0) {
        warn(std::find_if(text.begin(), text.end(), isControl) - text.begin(),
             tr("control characters such as NUL bytes were read as spaces (%1 of them)")
                 .arg(controls));
        std::replace_if(result.text.begin(), result.text.end(), isControl, QChar(u' '));
    }
    return result;
}

} // namespace Site
