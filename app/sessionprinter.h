// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/stagereport.h"

#include <QHash>
#include <QObject>

class QTextStream;

namespace Timeline {
class SessionTracker;
}

namespace Commands {

/// `rackside serve`: one line per boot step of each machine, as the
/// tracker's sessions progress ("... session 1: kernel linux (12,171,200
/// bytes in 9.1 s)", "... handed over after 28.3 s: ...", failures with
/// their reason).
class SessionPrinter : public QObject
{
    Q_OBJECT
public:
    SessionPrinter(const Timeline::SessionTracker *tracker, QTextStream &out, QObject *parent = nullptr);

private:
    void print(const Net::MacAddress &mac);

    const Timeline::SessionTracker *m_tracker;
    QTextStream &m_out;
    QHash<Net::MacAddress, Timeline::StageReport> m_reports;
};

} // namespace Commands
