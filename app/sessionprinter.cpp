// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionprinter.h"

#include "timeline/sessiontracker.h"

#include <QTextStream>

namespace Commands {

SessionPrinter::SessionPrinter(const Timeline::SessionTracker *tracker, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_out(out)
{
    connect(tracker, &Timeline::SessionTracker::sessionChanged, this, &SessionPrinter::print);
    connect(tracker, &Timeline::SessionTracker::machineRemoved, this,
            [this](const Net::MacAddress &mac) { m_reports.remove(mac); });
}

void SessionPrinter::print(const Net::MacAddress &mac)
{
    Timeline::StageReport &report = m_reports[mac];
    bool any = false;
    for (const Timeline::BootSession &session : m_tracker->sessions(mac)) {
        for (const auto &line : report.newLines(session)) {
            m_out << Timeline::StageReport::format(line, mac) << '\n';
            any = true;
        }
    }
    if (any)
        m_out.flush();
}

} // namespace Commands
