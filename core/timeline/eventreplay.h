// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/bootevent.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Timeline {

/// Plays recorded boot events (EventRecording) again as if they happened
/// now: each event is emitted when its time comes, its time moved to the
/// present; at a speed above 1 the recorded times are squeezed to match.
/// Several recordings play side by side, each from its start (plus a
/// delay), as several machines booting at once.
class EventReplay : public QObject
{
    Q_OBJECT
public:
    explicit EventReplay(QObject *parent = nullptr);

    /// Adds a recording; its first event plays at start() + \a delayMs.
    void add(const QList<BootEvent> &events, qint64 delayMs = 0);
    void setSpeed(double speed) { m_speed = speed > 0 ? speed : 1.0; }
    void start();
    bool running() const { return m_timer.isActive(); }
    qsizetype remaining() const { return m_queue.size() - m_next; }

Q_SIGNALS:
    void event(const Timeline::BootEvent &event);
    void finished();

private:
    void playDue();

    struct Queued
    {
        qint64 atMs; ///< replay time, from start()
        BootEvent event;
    };
    QList<Queued> m_queue; // sorted by atMs once started
    qsizetype m_next = 0;
    double m_speed = 1.0;
    qint64 m_startedAtEpochMs = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace Timeline
