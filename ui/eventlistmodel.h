// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Timeline {
class EventLog;
struct BootEvent;
}

namespace Ui {

/// The boot events of an EventLog as a table, one row per event, oldest
/// first. Follows the log's batches: rows dropped from the front when the
/// log overflows, new rows appended at the end.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Mac, Protocol, Event, Details, Architecture, ColumnCount };
    enum Role {
        SearchRole = Qt::UserRole + 1, ///< MAC, event and details, for the filter box
        SeverityRole, ///< Timeline::BootEvent::Severity as int
    };

    explicit EventListModel(Timeline::EventLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The event shown in \a row; nullptr outside the table.
    const Timeline::BootEvent *event(int row) const;

private:
    void onEventsAdded(qsizetype removed, qsizetype count);
    QVariant display(const Timeline::BootEvent &event, int column) const;

    Timeline::EventLog *m_log;
    int m_rows = 0;
    // While rows dropped by the log are being removed from the view, the
    // rows the view still has sit this far behind the log.
    qsizetype m_shift = 0;
};

} // namespace Ui
