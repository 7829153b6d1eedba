// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/eventlog.h"

namespace Timeline {

EventLog::EventLog(QObject *parent)
    : QObject(parent)
{
    m_flush.setInterval(100);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &EventLog::flush);
}

void EventLog::append(const BootEvent &event)
{
    m_pending.append(event);
    if (!m_flush.isActive())
        m_flush.start();
}

void EventLog::flush()
{
    m_flush.stop();
    if (m_pending.isEmpty())
        return;
    const qsizetype count = m_pending.size();
    for (const BootEvent &e : std::as_const(m_pending)) {
        if (e.mac.isNull())
            continue;
        auto it = m_byMac.find(e.mac);
        if (it == m_byMac.end()) {
            it = m_byMac.insert(e.mac, {});
            m_order.append(e.mac);
        }
        it->append(m_firstSeq + m_events.size() + (&e - m_pending.constData()));
    }
    m_events.append(m_pending);
    m_pending.clear();
    qsizetype removed = 0;
    if (m_events.size() > m_max) {
        removed = m_events.size() - m_max;
        m_events.remove(0, removed);
        m_firstSeq += removed;
        m_dropped += removed;
        for (auto &seqs : m_byMac)
            seqs.removeIf([this](qint64 s) { return s < m_firstSeq; });
    }
    Q_EMIT eventsAdded(removed, count);
}

void EventLog::clear()
{
    m_events.clear();
    m_pending.clear();
    m_byMac.clear();
    m_order.clear();
    m_firstSeq = 0;
    Q_EMIT cleared();
}

QList<BootEvent> EventLog::eventsFor(const Net::MacAddress &mac) const
{
    QList<BootEvent> out;
    for (const qint64 seq : m_byMac.value(mac))
        out.append(m_events.at(seq - m_firstSeq));
    return out;
}

} // namespace Timeline
