// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/eventreplay.h"

#include <QDateTime>

namespace Timeline {

EventReplay::EventReplay(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventReplay::playDue);
}

void EventReplay::add(const QList<BootEvent> &events, qint64 delayMs)
{
    if (events.isEmpty())
        return;
    const qint64 first = events.first().msecs;
    for (const BootEvent &e : events)
        m_queue.append(Queued{delayMs + std::max<qint64>(0, e.msecs - first), e});
}

void EventReplay::start()
{
    std::stable_sort(m_queue.begin(), m_queue.end(), [](const Queued &a, const Queued &b) { return a.atMs < b.atMs; });
    m_next = 0;
    m_startedAtEpochMs = QDateTime::currentMSecsSinceEpoch();
    m_clock.start();
    playDue();
}

void EventReplay::playDue()
{
    const qint64 now = qint64(double(m_clock.elapsed()) * m_speed);
    while (m_next < m_queue.size() && m_queue.at(m_next).atMs <= now) {
        BootEvent e = m_queue.at(m_next).event;
        // Moved to the present: a faster replay squeezes the recorded times.
        e.msecs = m_startedAtEpochMs + qint64(double(m_queue.at(m_next).atMs) / m_speed);
        ++m_next;
        Q_EMIT event(e);
    }
    if (m_next >= m_queue.size()) {
        Q_EMIT finished();
        return;
    }
    m_timer.start(int(std::max<qint64>(1, qint64(double(m_queue.at(m_next).atMs - now) / m_speed))));
}

} // namespace Timeline
