// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/bootevent.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Timeline {

/// Every boot event, in arrival order and per machine (MAC). Lives on the
/// GUI (or main) thread and takes events through queued signals; listeners
/// hear about new events in batches (at most every \a batchMs), so a storm
/// of DISCOVERs never floods a view. The oldest events are dropped past
/// maxEvents, keeping memory bounded.
class EventLog : public QObject
{
    Q_OBJECT
public:
    explicit EventLog(QObject *parent = nullptr);

    void setMaxEvents(qsizetype max) { m_max = max; }
    void setBatchInterval(int ms) { m_flush.setInterval(ms); }

    void append(const BootEvent &event);
    /// Delivers pending events now (also done by the batch timer).
    void flush();
    void clear();

    const QList<BootEvent> &events() const { return m_events; }
    /// Events of one machine, oldest first.
    QList<BootEvent> eventsFor(const Net::MacAddress &mac) const;
    QList<Net::MacAddress> machines() const { return m_order; }
    qsizetype droppedCount() const { return m_dropped; }

Q_SIGNALS:
    /// \a count events were appended at the end (after \a removed were
    /// dropped from the front).
    void eventsAdded(qsizetype removed, qsizetype count);
    void cleared();

private:
    QList<BootEvent> m_events;
    QList<BootEvent> m_pending;
    QHash<Net::MacAddress, QList<qint64>> m_byMac; // sequence numbers
    QList<Net::MacAddress> m_order; // first seen first
    qint64 m_firstSeq = 0; // sequence number of m_events.first()
    qsizetype m_max = 200000;
    qsizetype m_dropped = 0;
    QTimer m_flush;
};

} // namespace Timeline
