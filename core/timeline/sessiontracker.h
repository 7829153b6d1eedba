// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/bootevent.h"
#include "timeline/bootsession.h"
#include "timeline/stagerules.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Timeline {

/// Turns the stream of boot events into boot sessions, one current session
/// per machine (MAC). Lives on the GUI (or main) thread and is fed events in
/// the order they happened.
///
/// A session starts with a network-boot client's DISCOVER (DHCP events of
/// other clients are ignored until then) or with a file transfer. A later
/// network-boot DISCOVER starts a new session (a new power-on) when the
/// current one got past the address stage or was quiet for powerOnGapMs;
/// except while an iPXE loaded by PXE firmware asks again for its own
/// address. A DHCP client without a PXE architecture (GRUB's net_bootp, the
/// booted system) stays in the current session.
///
/// Memory stays bounded: sessionsPerMachine sessions per MAC, maxMachines
/// machines (the one quiet longest goes first), BootSession::maxTransfers
/// transfers per session.
class SessionTracker : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int powerOnGapMs = 60'000; ///< a DISCOVER after this much quiet is a new power-on
        int sessionsPerMachine = 8;
        int maxMachines = 2000;
    };

    explicit SessionTracker(QObject *parent = nullptr);

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    void setTimeouts(const BootSession::Timeouts &timeouts) { m_timeouts = timeouts; }
    const BootSession::Timeouts &timeouts() const { return m_timeouts; }
    /// Files the site knows (menu entries' kernels and initrds); applies to
    /// files fetched from now on.
    void setRules(const StageRules &rules) { m_rules = rules; }
    const StageRules &rules() const { return m_rules; }
    /// Host names from the site, shown on sessions of those MACs.
    void setHostnames(const QHash<Net::MacAddress, QString> &names);
    /// The servers (re)started: the firewall is checked again (a
    /// diagnosis event without a machine says what it drops).
    void forgetFirewall() { m_firewall.clear(); }

    /// Runs tick() every \a intervalMs with the wall clock (on by default,
    /// every second); off for tests that drive tick() with their own times.
    void setAutoTick(bool on, int intervalMs = 1000);

    void addEvent(const BootEvent &event);
    /// Signals once per machine for the whole batch.
    void addEvents(const QList<BootEvent> &events);
    /// Turns waits that went on too long (as of \a nowMs, milliseconds since
    /// the epoch) into failures or hand-overs; see BootSession::Timeouts.
    void tick(qint64 nowMs);
    void clear();

    /// Machines with sessions, the most recently active first.
    QList<Net::MacAddress> machines() const;
    /// A machine's sessions, oldest first; the last one is the current one.
    QList<BootSession> sessions(const Net::MacAddress &mac) const;
    const BootSession *currentSession(const Net::MacAddress &mac) const;
    const BootSession *session(const Net::MacAddress &mac, int number) const;
    qsizetype machineCount() const { return m_machines.size(); }

Q_SIGNALS:
    /// Signals of one batch come in this order: started, changed, finished.
    void sessionStarted(const Net::MacAddress &mac, int number);
    /// Any session of \a mac changed (a batch may have started a new one).
    void sessionChanged(const Net::MacAddress &mac);
    /// Handed over, failed, or interrupted by a new power-on. A failed
    /// session the machine recovers from can finish again.
    void sessionFinished(const Net::MacAddress &mac, int number);
    /// The machine and its sessions were dropped to keep memory bounded.
    void machineRemoved(const Net::MacAddress &mac);

private:
    struct Machine
    {
        QList<BootSession> sessions;
        int lastNumber = 0;
        qint64 lastActivityMs = 0;
    };
    struct Batch
    {
        QList<std::pair<Net::MacAddress, int>> started;
        QList<Net::MacAddress> changed; // each machine once, in the order they changed
        QSet<Net::MacAddress> changedSet;
        void markChanged(const Net::MacAddress &mac)
        {
            if (!changedSet.contains(mac)) {
                changedSet.insert(mac);
                changed.append(mac);
            }
        }
        QList<std::pair<Net::MacAddress, int>> finished;
        QList<Net::MacAddress> removed;
    };

    void take(const BootEvent &event, Batch &batch);
    bool startsSession(const Machine *machine, const BootEvent &event) const;
    BootSession &startSession(const BootEvent &event, Batch &batch);
    void dropQuietestMachine(const Net::MacAddress &keep, Batch &batch);
    void emitBatch(const Batch &batch);

    QHash<Net::MacAddress, Machine> m_machines;
    QHash<Net::MacAddress, QString> m_hostnames;
    QString m_firewall; ///< what the laptop's firewall drops, as found at start
    Limits m_limits;
    BootSession::Timeouts m_timeouts;
    StageRules m_rules;
    QTimer m_clock;
};

} // namespace Timeline
