// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/bootsession.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Timeline {

/// The story of one machine's boot sessions as terminal lines, one per step
/// (`rackside serve`): the address, each boot loader, menu, kernel and
/// initrd file when it is in, the hand-over, failures with their reason.
/// Feed it the same machine's sessions again as they change; it returns
/// only what it has not told yet.
class StageReport
{
    Q_DECLARE_TR_FUNCTIONS(Timeline::StageReport)
public:
    struct Line
    {
        qint64 msecs = 0; ///< when it happened
        QString text; ///< "session 1: kernel boot/linux (12,171,200 bytes in 9.1 s)"
    };

    /// New lines about \a session. Sessions of one machine must come in
    /// order; an older session than the last one seen is ignored.
    QList<Line> newLines(const BootSession &session);

    /// "07:41:02.113  52:54:00:12:34:56  session 1: ..."
    static QString format(const Line &line, const Net::MacAddress &mac);
    /// 12171200 -> "12,171,200"; 1234 ms -> "1.2 s", 40 ms -> "40 ms".
    static QString bytes(qint64 count);
    static QString seconds(qint64 ms);

private:
    int m_number = 0;
    qsizetype m_nextTransfer = 0; // counting transfers dropped from the session's front
    bool m_address = false;
    bool m_running = false;
    bool m_installed = false;
    bool m_end = false; // handed over or interrupted told
    qsizetype m_failures = 0;
    qsizetype m_diagnoses = 0;
};

} // namespace Timeline
