// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Boot {

/// Text from the site made safe for a boot loader's line-based config
/// (GRUB comments, PXELINUX and iPXE, which have no quoting): a value can
/// never break its line and start a directive of its own.
namespace ConfigText {

/// Control characters (line breaks included) as spaces, trimmed.
inline QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return text.trimmed();
}

/// One word (a PXELINUX or iPXE label): oneLine() with spaces as '_'.
inline QString label(const QString &name)
{
    QString out = oneLine(name);
    out.replace(u' ', u'_');
    return out;
}

} // namespace ConfigText
} // namespace Boot
