// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "timeline/sessiontracker.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>
#include <QHostAddress>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;
using Timeline::BootSession;

namespace Ui {

namespace {

QString mebibytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

TimelineModel::TimelineModel(const Timeline::SessionTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &TimelineModel::flush);
    connect(tracker, &Timeline::SessionTracker::sessionChanged, this, &TimelineModel::onChanged);
    connect(tracker, &Timeline::SessionTracker::machineRemoved, this, &TimelineModel::onRemoved);
    for (const Net::MacAddress &mac : tracker->machines())
        onChanged(mac);
    flush();
}

void TimelineModel::onChanged(const Net::MacAddress &mac)
{
    if (!m_changedSet.contains(mac)) {
        m_changedSet.insert(mac);
        m_changed.append(mac);
    }
    if (!m_flush.isActive())
        m_flush.start();
}

void TimelineModel::onRemoved(const Net::MacAddress &mac)
{
    m_removed.append(mac);
    if (!m_flush.isActive())
        m_flush.start();
}

void TimelineModel::flush()
{
    m_flush.stop();
    if (m_changed.isEmpty() && m_removed.isEmpty())
        return;
    ++m_updates;
    for (const Net::MacAddress &mac : std::as_const(m_removed)) {
        const int row = m_index.value(mac, -1);
        if (row < 0 || m_tracker->currentSession(mac))
            continue; // dropped and back again within one update: keep the lane
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_index.remove(mac);
        for (int r = row; r < m_rows.size(); ++r)
            m_index[m_rows.at(r)] = r;
        endRemoveRows();
    }
    m_removed.clear();
    int first = int(m_rows.size()), last = -1;
    QList<Net::MacAddress> fresh;
    for (const Net::MacAddress &mac : std::as_const(m_changed)) {
        const int row = m_index.value(mac, -1);
        if (row >= 0) {
            first = std::min(first, row);
            last = std::max(last, row);
        } else if (m_tracker->currentSession(mac)) {
            fresh.append(mac);
        }
    }
    m_changed.clear();
    m_changedSet.clear();
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (!fresh.isEmpty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(fresh.size()) - 1);
        for (const Net::MacAddress &mac : std::as_const(fresh)) {
            m_index.insert(mac, int(m_rows.size()));
            m_rows.append(mac);
        }
        endInsertRows();
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BootSession *TimelineModel::session(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return m_tracker->currentSession(m_rows.at(row));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BootSession *s = session(index.row());
    if (role == MacRole)
        return m_rows.at(index.row()).toString();
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*s, index.column());
    case Qt::ToolTipRole:
        return toolTip(*s, index.column());
    case Qt::DecorationRole:
        // A network problem worked out for this machine: its words are in the tooltip.
        if (index.column() == Stage && !s->diagnoses.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Stage && s->state == BootSession::State::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case LastActivityRole:
        return s->endMs;
    case SessionRole:
        return QVariant::fromValue(*s);
    case StateRole:
        return int(s->state);
    case ProgressRole: {
        const BootSession::Transfer *t = s->transferInFlight();
        return t && t->size > 0 ? int(std::min<qint64>(100, t->bytes * 100 / t->size)) : -1;
    }
    case SearchRole:
        return QStringList{m_rows.at(index.row()).toString(), s->hostname, display(*s, Address).toString(),
                           s->arch, s->vendorClass, stageText(*s), diagnosisText(*s)}
            .join(u' ');
    }
    return {};
}

QVariant TimelineModel::display(const BootSession &s, int column) const
{
    switch (column) {
    case Machine:
        return s.hostname.isEmpty() ? s.mac.toString() : u"%1  %2"_s.arg(s.hostname, s.mac.toString());
    case Address:
        return s.address ? QHostAddress(s.address).toString() : QString();
    case Architecture:
        return s.arch;
    case Stage:
        return stageText(s);
    case Progress:
        return progressText(s);
    }
    return {};
}

QVariant TimelineModel::toolTip(const BootSession &s, int column) const
{
    switch (column) {
    case Machine:
        return tr("%1, boot session %2").arg(s.mac.toString()).arg(s.number);
    case Architecture:
        return s.vendorClass.isEmpty() ? QVariant() : tr("Vendor class: %1").arg(s.vendorClass);
    case Stage:
        return s.diagnoses.isEmpty() ? stageText(s) : stageText(s) % u"\n\n"_s % diagnosisText(s);
    case Progress:
        return progressText(s);
    }
    return {};
}

QString TimelineModel::diagnosisText(const BootSession &s)
{
    QStringList lines;
    for (const Timeline::Diagnosis &d : s.diagnoses)
        lines << d.line();
    return lines.join(u"\n\n"_s);
}

QString TimelineModel::stageText(const BootSession &s)
{
    switch (s.state) {
    case BootSession::State::Failed:
        return tr("failed: %1").arg(s.failureReason());
    case BootSession::State::HandedOver:
        // The furthest an installer got: installed, then its answers, then running.
        for (BootSession::Stage stage : {BootSession::Stage::Installed, BootSession::Stage::Answers,
                                         BootSession::Stage::Running})
            if (s.reached(stage))
                return BootSession::stageName(stage);
        return BootSession::stateName(s.state);
    case BootSession::State::Interrupted:
        return tr("started over during the %1 stage").arg(BootSession::stageName(s.stage()));
    case BootSession::State::Booting:
        break;
    }
    return BootSession::stageName(s.stage());
}

QString TimelineModel::progressText(const BootSession &s)
{
    const BootSession::Transfer *t = s.transferInFlight();
    if (!t)
        return {};
    const QString file = t->path.section(u'/', -1);
    const qint64 ms = std::max<qint64>(1, s.endMs - t->startMs);
    const double perSecond = double(t->bytes) * 1000.0 / double(ms);
    QString text = t->size > 0 ? tr("%1: %2 of %3").arg(file, mebibytes(t->bytes), mebibytes(t->size))
                               : tr("%1: %2").arg(file, mebibytes(t->bytes));
    if (t->bytes > 0 && ms >= 500) {
        text += tr(", %1/s").arg(mebibytes(qint64(perSecond)));
        if (t->size > t->bytes && perSecond > 0)
            text += tr(", %1 s left").arg(qint64(double(t->size - t->bytes) / perSecond + 0.5));
    }
    return text;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Machine: return tr("Machine");
    case Address: return tr("Address");
    case Architecture: return tr("Architecture");
    case Stage: return tr("Stage");
    case Progress: return tr("Transfer");
    case Lane: return tr("Timeline");
    }
    return {};
}

} // namespace Ui
