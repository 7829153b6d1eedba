// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"

#include "timeline/eventlog.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFontDatabase>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

// Readable on light and dark palettes alike.
const QColor FailureColor(0xd0, 0x31, 0x2d);
const QColor WarningColor(0xc7, 0x7c, 0x02);

} // namespace

EventListModel::EventListModel(Timeline::EventLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(int(log->events().size()))
{
    connect(log, &Timeline::EventLog::eventsAdded, this, &EventListModel::onEventsAdded);
    connect(log, &Timeline::EventLog::cleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        m_shift = 0;
        endResetModel();
    });
}

void EventListModel::onEventsAdded(qsizetype removed, qsizetype count)
{
    // The log has already changed: first take away the rows it dropped
    // (some of this batch may be among them), then add what is left.
    const qsizetype removedRows = qMin<qsizetype>(removed, m_rows);
    const qsizetype inserted = count - (removed - removedRows);
    if (removedRows > 0) {
        m_shift = removed;
        beginRemoveRows({}, 0, int(removedRows - 1));
        m_rows -= int(removedRows);
        m_shift = 0;
        endRemoveRows();
    }
    if (inserted > 0) {
        beginInsertRows({}, m_rows, int(m_rows + inserted - 1));
        m_rows += int(inserted);
        endInsertRows();
    }
    Q_ASSERT(m_rows == m_log->events().size());
}

const Timeline::BootEvent *EventListModel::event(int row) const
{
    const qsizetype at = row - m_shift;
    if (row < 0 || row >= m_rows || at < 0 || at >= m_log->events().size())
        return nullptr;
    return &m_log->events().at(at);
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::display(const Timeline::BootEvent &e, int column) const
{
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(e.msecs).toString(u"HH:mm:ss.zzz"_s);
    case Mac:
        return e.mac.isNull() ? QString() : e.mac.toString();
    case Protocol:
        return Timeline::BootEvent::protocolName(e.protocol);
    case Event:
        return Timeline::BootEvent::kindName(e.kind);
    case Details:
        if (const QString address = QHostAddress(e.address).toString(); e.address && !e.summary.contains(address))
            return QString(address % u"  "_s % e.summary);
        return e.summary;
    case Architecture:
        return e.arch;
    }
    return {};
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Timeline::BootEvent *e = event(index.row());
    if (!e)
        return {};
    using Severity = Timeline::BootEvent::Severity;
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole: {
        QString tip = e->toLine();
        if (!e->vendorClass.isEmpty())
            tip += u"\nvendor class: "_s % e->vendorClass;
        return tip;
    }
    case Qt::ForegroundRole:
        if (e->severity == Severity::Failure)
            return FailureColor;
        if (e->severity == Severity::Warning)
            return WarningColor;
        return {};
    case Qt::FontRole:
        if (index.column() == Time || index.column() == Mac)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SearchRole:
        return QStringList{display(*e, Mac).toString(), Timeline::BootEvent::kindName(e->kind), display(*e, Details).toString()}.join(u' ');
    case SeverityRole:
        return int(e->severity);
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Mac:
        return tr("MAC");
    case Protocol:
        return tr("Protocol");
    case Event:
        return tr("Event");
    case Details:
        return tr("Details");
    case Architecture:
        return tr("Architecture");
    }
    return {};
}

} // namespace Ui
