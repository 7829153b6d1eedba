// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;

namespace Timeline {
class EventLog;
}

namespace Ui {

class EventListModel;
class EventListView;

/// The console's centre: a filter box over the table of boot events.
class EventListPane : public QWidget
{
    Q_OBJECT
public:
    explicit EventListPane(Timeline::EventLog *log, QWidget *parent = nullptr);

    EventListModel *model() const { return m_model; }
    EventListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    EventListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    EventListView *m_view;
    QLineEdit *m_filter;
};

} // namespace Ui
