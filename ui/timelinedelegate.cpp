// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedelegate.h"

#include "timeaxis.h"
#include "timelinemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Timeline::BootSession;
using Stage = BootSession::Stage;

namespace Ui {

TimelineDelegate::TimelineDelegate(const TimeAxis *axis, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_axis(axis)
{
}

QColor TimelineDelegate::stageColor(Stage stage)
{
    switch (stage) {
    case Stage::Address: return QColor(0x4f, 0x86, 0xd9);
    case Stage::ImageList: return QColor(0x6d, 0x7f, 0xa8);
    case Stage::ImageChoice: return QColor(0x5c, 0x6b, 0xc0);
    case Stage::BootLoader: return QColor(0x8a, 0x63, 0xd2);
    case Stage::Menu: return QColor(0xd9, 0x9a, 0x2b);
    case Stage::Kernel: return QColor(0x2a, 0x9d, 0xa6);
    case Stage::Initrd: return QColor(0x3f, 0xa3, 0x4d);
    case Stage::HandedOver: return QColor(0x1b, 0x5e, 0x20);
    case Stage::Running: return QColor(0x90, 0x9a, 0xa4);
    case Stage::Answers: return QColor(0x8d, 0x6e, 0x63);
    case Stage::Installed: return QColor(0x00, 0x69, 0x5c);
    case Stage::Failed: return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

qint64 TimelineDelegate::spanEnd(const BootSession &s, const BootSession::Span &span) const
{
    if (span.endMs >= 0)
        return span.endMs;
    return s.finished() || !m_axis->following() ? s.endMs : std::max(s.endMs, m_axis->endMs());
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    if (index.column() == TimelineModel::Lane)
        size.setWidth(std::max(size.width(), 400));
    return size;
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == TimelineModel::Progress && index.data(TimelineModel::ProgressRole).toInt() >= 0) {
        paintProgress(painter, option, index);
        return;
    }
    if (index.column() != TimelineModel::Lane) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QApplication::style()->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    const QVariant v = index.data(TimelineModel::SessionRole);
    if (v.canConvert<BootSession>())
        paintLane(painter, option, v.value<BootSession>());
}

void TimelineDelegate::paintLane(QPainter *painter, const QStyleOptionViewItem &option, const BootSession &s) const
{
    const QRect r = option.rect.adjusted(0, 3, 0, -3);
    painter->save();
    painter->setClipRect(option.rect);
    painter->setRenderHint(QPainter::Antialiasing);
    for (const BootSession::Span &span : s.spans) {
        if (span.stage == Stage::Failed || span.stage == Stage::HandedOver || span.stage == Stage::Installed)
            continue; // drawn as marks below
        double x0 = r.left() + m_axis->x(span.startMs, r.width());
        double x1 = r.left() + m_axis->x(spanEnd(s, span), r.width());
        if (x1 < r.left() || x0 > r.right())
            continue;
        x1 = std::max(x1, x0 + 3.0);
        const QRectF box(x0, r.top(), x1 - x0, r.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(stageColor(span.stage));
        painter->drawRoundedRect(box, 3, 3);
        const QString label = BootSession::stageName(span.stage);
        if (option.fontMetrics.horizontalAdvance(label) + 8 < box.width()) {
            painter->setPen(Qt::white);
            painter->drawText(box.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
        }
    }
    for (const BootSession::Span &span : s.spans) {
        if (span.stage != Stage::Failed && span.stage != Stage::HandedOver && span.stage != Stage::Installed)
            continue;
        const double x = r.left() + m_axis->x(span.startMs, r.width());
        painter->setPen(QPen(stageColor(span.stage), 3));
        painter->drawLine(QPointF(x, option.rect.top() + 1), QPointF(x, option.rect.bottom() - 1));
    }
    painter->restore();
}

void TimelineDelegate::paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(TimelineModel::ProgressRole).toInt();
    // One line inside the bar; the whole text is the cell's tooltip.
    bar.text = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle,
                                             bar.rect.width() - 8);
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QString TimelineDelegate::spanText(const BootSession &s, const BootSession::Span &span)
{
    const auto time = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss.zzz"_s); };
    QStringList lines;
    const qint64 end = span.endMs >= 0 ? span.endMs : s.endMs;
    lines << tr("%1: %2 - %3 (%4 s)")
                 .arg(BootSession::stageName(span.stage), time(span.startMs), time(end))
                 .arg(QString::number(double(end - span.startMs) / 1000.0, 'f', 1));
    if (span.stage == Stage::Failed)
        lines << s.failureReason();
    for (const BootSession::Transfer &t : s.transfers) {
        if (t.stage != span.stage)
            continue;
        QString line = tr("%1 %2: %3 bytes").arg(Timeline::BootEvent::protocolName(t.protocol), t.path, QLocale().toString(t.bytes));
        if (t.outcome == BootSession::Transfer::Outcome::Failed || t.outcome == BootSession::Transfer::Outcome::Aborted)
            line += u" - "_s + t.reason;
        else if (t.outcome == BootSession::Transfer::Outcome::InFlight)
            line += tr(" (in flight)");
        lines << line;
    }
    for (const Timeline::Diagnosis &d : s.diagnoses)
        lines << QString() << d.line();
    return lines.join(u'\n');
}

bool TimelineDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || index.column() != TimelineModel::Lane)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QVariant v = index.data(TimelineModel::SessionRole);
    if (!v.canConvert<BootSession>())
        return false;
    const BootSession s = v.value<BootSession>();
    const QRect r = option.rect;
    const BootSession::Span *hit = nullptr;
    for (const BootSession::Span &span : s.spans) {
        const double x0 = r.left() + m_axis->x(span.startMs, r.width()) - 3;
        const double x1 = r.left() + m_axis->x(spanEnd(s, span), r.width()) + 3;
        if (event->pos().x() >= x0 && event->pos().x() <= x1)
            hit = &span; // the latest span under the cursor wins
    }
    if (!hit) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), spanText(s, *hit), view);
    return true;
}

} // namespace Ui
