// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace Timeline {
class SessionTracker;
struct BootSession;
}

namespace Ui {

/// The boot timeline as a table: one lane (row) per machine, showing its
/// current boot session from a SessionTracker. Rows are kept in the order
/// machines first appeared; a QSortFilterProxyModel on LastActivityRole puts
/// the newest activity on top. Changes are gathered and applied at most
/// every updateInterval (100 ms: ~10 updates a second) as one insert and one
/// dataChanged, so 500 machines booting at once never flood the view.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Machine, Address, Architecture, Stage, Progress, Lane, ColumnCount };
    enum Role {
        LastActivityRole = Qt::UserRole + 1, ///< qint64 ms: the session's last event
        MacRole, ///< "52:54:00:12:34:56"
        StateRole, ///< Timeline::BootSession::State as int
        ProgressRole, ///< 0-100 for the transfer in flight, -1 when none or size unknown
        SearchRole, ///< MAC, hostname, address, architecture, stage: for the filter box
        SessionRole, ///< the current Timeline::BootSession, for the lane's painter
    };

    explicit TimelineModel(const Timeline::SessionTracker *tracker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The machine's current session; nullptr for a row the tracker dropped.
    const Timeline::BootSession *session(int row) const;
    Net::MacAddress mac(int row) const { return m_rows.value(row); }
    int rowOf(const Net::MacAddress &mac) const { return m_index.value(mac, -1); }

    void setUpdateInterval(int ms) { m_flush.setInterval(ms); }
    /// Applies gathered changes now (the timer does it otherwise).
    void flush();
    /// How many times changes were applied (for tests and the benchmark).
    int updates() const { return m_updates; }

    /// "12.3 MiB/s", "5 s left": for the progress column and the lane's tooltip.
    static QString progressText(const Timeline::BootSession &session);
    /// What the lane says about the session: its stage, or why it failed.
    static QString stageText(const Timeline::BootSession &session);
    /// The session's diagnoses with what to do, one paragraph each.
    static QString diagnosisText(const Timeline::BootSession &session);

private:
    void onChanged(const Net::MacAddress &mac);
    void onRemoved(const Net::MacAddress &mac);
    QVariant display(const Timeline::BootSession &s, int column) const;
    QVariant toolTip(const Timeline::BootSession &s, int column) const;

    const Timeline::SessionTracker *m_tracker;
    QList<Net::MacAddress> m_rows;
    QHash<Net::MacAddress, int> m_index;
    QList<Net::MacAddress> m_changed; // in order, each once
    QSet<Net::MacAddress> m_changedSet;
    QList<Net::MacAddress> m_removed;
    QTimer m_flush;
    int m_updates = 0;
};

} // namespace Ui
