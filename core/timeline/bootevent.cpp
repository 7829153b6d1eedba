// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/bootevent.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Timeline {

QString BootEvent::toLine() const
{
    const QString time = QDateTime::fromMSecsSinceEpoch(msecs).toString(u"HH:mm:ss.zzz"_s);
    const QString who = mac.isNull() ? u"-"_s.leftJustified(17) : mac.toString();
    QString line = time % u"  "_s % who % u"  "_s % QString(protocol % u' ' % kind).leftJustified(16) % u' ' % summary;
    if (severity == Severity::Failure)
        line = line % u"  [FAILED]"_s;
    return line;
}

} // namespace Timeline
