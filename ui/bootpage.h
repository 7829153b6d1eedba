// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Capture {
class Recorder;
}
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
    /// Makes \a mac's lane the current one (its details show below); false if it has none.
    bool selectMachine(const Net::MacAddress &mac);
    /// Where a lane's "Save capture" takes the machine's packets from.
    void setCapture(std::shared_ptr<const Capture::Recorder> capture) { m_capture = std::move(capture); }
    /// Writes \a mac's capture to \a path in the background; saved() follows.
    void saveCapture(const Net::MacAddress &mac, const QString &path);

Q_SIGNALS:
    /// The operator asked to turn an unknown machine into a host.
    void addHostRequested(const Net::MacAddress &mac, const QString &arch);
    /// A capture was written (\a error empty) or not.
    void captureSaved(const QString &path, const QString &error);

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
    std::shared_ptr<const Capture::Recorder> m_capture;
};

} // namespace Ui
