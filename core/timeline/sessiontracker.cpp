// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/sessiontracker.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Timeline {

namespace {

bool pastAddress(const BootSession &s)
{
    const BootSession::Span *address = s.span(BootSession::Stage::Address);
    return (address && address->endMs >= 0) || !s.transfers.isEmpty() || s.transfersDropped > 0;
}

// PXE firmware that loaded iPXE (undionly.kpxe, ipxe.efi) sees iPXE ask for
// an address again: the same power-on, not a new one.
bool isChainedIpxe(const BootSession &s, const BootEvent &e)
{
    using Stage = BootSession::Stage;
    if (s.reached(Stage::Menu) || s.reached(Stage::Kernel) || !e.firmware.testFlag(BootEvent::Firmware::Ipxe))
        return false;
    return std::any_of(s.transfers.cbegin(), s.transfers.cend(), [](const BootSession::Transfer &t) {
        const QString name = t.path.section(u'/', -1).toLower();
        return t.stage == Stage::BootLoader
            && (name.contains("ipxe"_L1) || name.contains("undionly"_L1) || name.endsWith(".kpxe"_L1)
                || name.endsWith(".kkpxe"_L1) || name.endsWith(".pxe"_L1));
    });
}

} // namespace

SessionTracker::SessionTracker(QObject *parent)
    : QObject(parent)
{
    connect(&m_clock, &QTimer::timeout, this, [this] { tick(QDateTime::currentMSecsSinceEpoch()); });
    setAutoTick(true);
}

void SessionTracker::setAutoTick(bool on, int intervalMs)
{
    m_clock.setInterval(intervalMs);
    if (on)
        m_clock.start();
    else
        m_clock.stop();
}

void SessionTracker::setHostnames(const QHash<Net::MacAddress, QString> &names)
{
    m_hostnames = names;
    Batch batch;
    for (auto it = m_machines.begin(); it != m_machines.end(); ++it) {
        const QString name = names.value(it.key());
        if (!it->sessions.isEmpty() && it->sessions.last().hostname != name) {
            for (BootSession &s : it->sessions)
                s.hostname = name;
            batch.markChanged(it.key());
        }
    }
    emitBatch(batch);
}

void SessionTracker::addEvent(const BootEvent &event)
{
    Batch batch;
    take(event, batch);
    emitBatch(batch);
}

void SessionTracker::addEvents(const QList<BootEvent> &events)
{
    Batch batch;
    for (const BootEvent &e : events)
        take(e, batch);
    emitBatch(batch);
}

bool SessionTracker::startsSession(const Machine *machine, const BootEvent &e) const
{
    const BootSession *current = machine && !machine->sessions.isEmpty() ? &machine->sessions.last() : nullptr;
    if (e.kind == BootEvent::Kind::Diagnosis) {
        // A machine Rackside cannot answer (asking on another interface)
        // gets a lane for what went wrong; a laptop on the LAN does not.
        if (e.arch.isEmpty())
            return false;
        return !current || (current->finished() && e.msecs - current->endMs >= m_limits.powerOnGapMs);
    }
    if (e.isDhcp()) {
        if (e.kind != BootEvent::Kind::Discover || e.arch.isEmpty())
            return false; // not firmware asking to boot
        if (!current || e.msecs - current->endMs >= m_limits.powerOnGapMs)
            return true;
        return pastAddress(*current) && !isChainedIpxe(*current, e);
    }
    if (e.protocol == BootEvent::Protocol::Bsdp) {
        // A Mac whose address came from another server starts with its LIST.
        if (e.kind != BootEvent::Kind::InformList)
            return false;
        return !current || e.msecs - current->endMs >= m_limits.powerOnGapMs
            || current->reached(BootSession::Stage::BootLoader);
    }
    if (!e.isTransfer() || e.path.isEmpty())
        return false;
    // A transfer with no DHCP seen: Rackside serves files only, or started late.
    return !current || (current->finished() && e.msecs - current->endMs >= m_limits.powerOnGapMs);
}

BootSession &SessionTracker::startSession(const BootEvent &e, Batch &batch)
{
    if (!m_machines.contains(e.mac) && m_machines.size() >= m_limits.maxMachines)
        dropQuietestMachine(e.mac, batch);
    Machine &m = m_machines[e.mac];
    if (!m.sessions.isEmpty()) {
        BootSession &old = m.sessions.last();
        const auto before = old.state;
        old.interrupt(e.msecs);
        if (old.state != before)
            batch.finished.append({e.mac, old.number});
    }
    BootSession s;
    s.mac = e.mac;
    s.number = ++m.lastNumber;
    s.startMs = e.msecs;
    s.endMs = e.msecs;
    s.hostname = m_hostnames.value(e.mac);
    m.sessions.append(s);
    while (m.sessions.size() > std::max(1, m_limits.sessionsPerMachine))
        m.sessions.removeFirst();
    batch.started.append({e.mac, s.number});
    batch.markChanged(e.mac);
    return m.sessions.last();
}

void SessionTracker::take(const BootEvent &e, Batch &batch)
{
    if (e.mac.isNull()) {
        // The laptop's firewall, found at start: the likely reason for a
        // machine that never asks for the boot file it was given.
        if (e.kind == BootEvent::Kind::Diagnosis && e.finding == Diagnosis::Finding::Firewall)
            m_firewall = e.summary;
        return;
    }
    const auto it = m_machines.constFind(e.mac);
    const Machine *machine = it == m_machines.cend() ? nullptr : &*it;
    BootSession *s = nullptr;
    if (startsSession(machine, e))
        s = &startSession(e, batch);
    else if (machine && !machine->sessions.isEmpty())
        s = &m_machines[e.mac].sessions.last();
    if (!s)
        return;
    // Hours later, the booted system renewing its lease is no part of the boot.
    if (s->finished() && s->events > 0 && e.msecs - s->endMs >= m_limits.powerOnGapMs)
        return;
    const auto before = s->state;
    s->apply(e, m_rules);
    m_machines[e.mac].lastActivityMs = e.msecs;
    batch.markChanged(e.mac);
    if (s->state != before && s->finished())
        batch.finished.append({e.mac, s->number});
}

void SessionTracker::tick(qint64 nowMs)
{
    Batch batch;
    for (auto it = m_machines.begin(); it != m_machines.end(); ++it) {
        if (it->sessions.isEmpty())
            continue;
        BootSession &s = it->sessions.last();
        if (!s.finished() && s.tick(nowMs, m_timeouts)) {
            if (s.bootFileNeverAsked && !m_firewall.isEmpty())
                s.diagnose(Diagnosis{nowMs, Diagnosis::Finding::Firewall, m_firewall});
            batch.markChanged(it.key());
            if (s.finished())
                batch.finished.append({it.key(), s.number});
        }
    }
    emitBatch(batch);
}

void SessionTracker::dropQuietestMachine(const Net::MacAddress &keep, Batch &batch)
{
    auto quietest = m_machines.end();
    for (auto it = m_machines.begin(); it != m_machines.end(); ++it)
        if (it.key() != keep && (quietest == m_machines.end() || it->lastActivityMs < quietest->lastActivityMs))
            quietest = it;
    if (quietest == m_machines.end())
        return;
    batch.removed.append(quietest.key());
    m_machines.erase(quietest);
}

void SessionTracker::clear()
{
    Batch batch;
    batch.removed = m_machines.keys();
    m_machines.clear();
    emitBatch(batch);
}

void SessionTracker::emitBatch(const Batch &batch)
{
    for (const auto &mac : batch.removed)
        if (!m_machines.contains(mac))
            Q_EMIT machineRemoved(mac);
    for (const auto &[mac, number] : batch.started)
        if (session(mac, number))
            Q_EMIT sessionStarted(mac, number);
    for (const auto &mac : batch.changed)
        if (m_machines.contains(mac))
            Q_EMIT sessionChanged(mac);
    for (const auto &[mac, number] : batch.finished)
        if (session(mac, number))
            Q_EMIT sessionFinished(mac, number);
}

QList<Net::MacAddress> SessionTracker::machines() const
{
    QList<Net::MacAddress> out = m_machines.keys();
    std::sort(out.begin(), out.end(), [this](const Net::MacAddress &a, const Net::MacAddress &b) {
        return m_machines.constFind(a)->lastActivityMs > m_machines.constFind(b)->lastActivityMs;
    });
    return out;
}

QList<BootSession> SessionTracker::sessions(const Net::MacAddress &mac) const
{
    return m_machines.value(mac).sessions;
}

const BootSession *SessionTracker::currentSession(const Net::MacAddress &mac) const
{
    const auto it = m_machines.constFind(mac);
    return it == m_machines.cend() || it->sessions.isEmpty() ? nullptr : &it->sessions.last();
}

const BootSession *SessionTracker::session(const Net::MacAddress &mac, int number) const
{
    const auto it = m_machines.constFind(mac);
    if (it == m_machines.cend())
        return nullptr;
    for (const BootSession &s : it->sessions)
        if (s.number == number)
            return &s;
    return nullptr;
}

} // namespace Timeline
