// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/bootevent.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace Timeline {

/// Boot events as JSON Lines, one event an object a line, so a run can be
/// kept (`rackside serve --record FILE`), replayed into the console, and
/// used as a test fixture. Fields left at their defaults are left out.
///
///   {"t":1764633286925,"mac":"52:54:00:12:34:56","protocol":"TFTP",
///    "kind":"sent","summary":"...","path":"boot/x","bytes":10,"size":10}
class EventRecording
{
public:
    static QByteArray toLine(const BootEvent &event); ///< with the trailing '\n'
    /// nullopt and \a error for a line that is not an event.
    static std::optional<BootEvent> fromLine(QByteArrayView line, QString *error);

    struct Read
    {
        QList<BootEvent> events;
        QStringList errors; ///< "line 12: ..." for each line skipped
    };
    /// Every event of \a device; blank lines are skipped, broken lines are
    /// reported and skipped, so a recording cut short by a kill still reads.
    static Read read(QIODevice *device);
};

} // namespace Timeline
