// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Timeline {
class EventLog;
class SessionTracker;
}

namespace Ui {

class TimeAxis;
class TimelineModel;

/// The Boot page: one lane per machine on a shared, zoomable time axis,
/// newest activity on top, filterable; the selected machine's transfers and
/// events below. Follows the present until the operator scrolls back.
class BootPage : public QWidget
{
    Q_OBJECT
public:
    BootPage(const Timeline::SessionTracker *tracker, const Timeline::EventLog *log, QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    TimeAxis *axis() const { return m_axis; }
    QTableView *view() const { return m_view; }
    /// The selected machine's details, as shown below the lanes.
    QString detailsText() const;

Q_SIGNALS:
    /// The operator asked to turn an unknown machine into a host.
    void addHostRequested(const Net::MacAddress &mac, const QString &arch);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDetails();
    void showContextMenu(const QPoint &pos);
    void updateAxisLabel();

    const Timeline::EventLog *m_log;
    TimelineModel *m_model;
    QSortFilterProxyModel *m_sorted;
    TimeAxis *m_axis;
    QTableView *m_view;
    QLineEdit *m_filter;
    QToolButton *m_follow;
    QLabel *m_span;
    QPlainTextEdit *m_details;
    QTimer m_clock;
};

} // namespace Ui
