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
/// used as a test fixture. Fields left at their defaults are left out;
/// protocol and kind are stable keys (BootEvent::protocolKey, kindKey).
///
///   {"t":1764633286925,"mac":"52:54:00:12:34:56","protocol":"dhcp","kind":"offer",
///    "address":"10.0.0.23","bootFile":"boot/grub/x86_64-efi/core.efi","bootServer":"10.0.0.1",
///    "firmware":["pxe"],"summary":"..."}
///   {"t":1764633286990,"mac":"52:54:00:12:34:56","protocol":"tftp","kind":"sent",
///    "path":"boot/x","bytes":10,"size":10,"summary":"..."}
///
/// Recordings made before the kinds were typed ("protocol":"TFTP") still
/// read: OldRecordingFormat turns their lines into the same events.
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
