// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/bootevent.h"

class QJsonObject;

namespace Timeline {

/// Recordings made before boot events were typed: protocol and kind as
/// shown ("protocol":"DHCP","kind":"OFFER"), the address as a number, and
/// the boot file and iPXE only in the summary's words, which were fixed:
/// "10.0.0.23, boot file X from 10.0.0.1" and "x64 UEFI, iPXE, ...".
/// This is the one place that reads facts out of a summary, and only ever
/// for lines of such old recordings (tests/arch holds it to that).
class OldRecordingFormat
{
public:
    /// A line in the old form: its protocol is a display name ("TFTP").
    static bool isOld(const QJsonObject &line);
    /// Protocol, kind and the other fields of @p line into @p event (time,
    /// MAC, bytes, size and severity are read the same in both forms).
    static bool read(const QJsonObject &line, BootEvent &event, QString *error);
};

} // namespace Timeline
