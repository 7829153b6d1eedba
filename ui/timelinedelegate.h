// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/bootsession.h"

#include <QStyledItemDelegate>

namespace Ui {

class TimeAxis;

/// Paints a machine's lane: one coloured span per boot stage on the shared
/// time axis, failures in red, and the transfer in flight as a progress bar
/// in the Transfer column. Hovering a span shows its files and times.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TimelineDelegate(const TimeAxis *axis, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static QColor stageColor(Timeline::BootSession::Stage stage);
    /// What hovering \a stage's span shows: the stage, its time, its files.
    static QString spanText(const Timeline::BootSession &session, const Timeline::BootSession::Span &span);

private:
    void paintLane(QPainter *painter, const QStyleOptionViewItem &option, const Timeline::BootSession &s) const;
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// A span's right edge: open spans reach the session's last event (or now, while it boots).
    qint64 spanEnd(const Timeline::BootSession &s, const Timeline::BootSession::Span &span) const;

    const TimeAxis *m_axis;
};

} // namespace Ui
