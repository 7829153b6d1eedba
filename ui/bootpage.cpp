// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootpage.h"

#include "capture/recorder.h"

#include "actionbutton.h"
#include "timeaxis.h"
#include "timelinedelegate.h"
#include "timelinemodel.h"
#include "timeline/eventlog.h"
#include "timeline/sessiontracker.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenu>
#include <QtConcurrentRun>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using Timeline::BootSession;

namespace Ui {

BootPage::BootPage(const Timeline::SessionTracker *tracker, const Timeline::EventLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new TimelineModel(tracker, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_axis(new TimeAxis(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_follow(nullptr)
    , m_span(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(u"bootPage"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TimelineModel::LastActivityRole);
    m_sorted->setFilterRole(TimelineModel::SearchRole);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setDynamicSortFilter(true);
    m_sorted->sort(TimelineModel::Lane, Qt::DescendingOrder); // newest activity on top

    m_filter->setObjectName(u"timelineFilter"_s);
    m_filter->setPlaceholderText(tr("Filter machines: MAC, name, address, stage"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_sorted, &QSortFilterProxyModel::setFilterFixedString);

    auto *follow = new QAction(tr("&Follow"), this);
    follow->setObjectName(u"followAction"_s);
    follow->setCheckable(true);
    follow->setChecked(true);
    follow->setShortcut(Qt::Key_End);
    follow->setToolTip(tr("Keep the present at the right edge (End)"));
    connect(follow, &QAction::toggled, this,
            [this](bool on) { m_axis->setFollowing(on, QDateTime::currentMSecsSinceEpoch()); });
    auto *zoomIn = new QAction(tr("Zoom i&n"), this);
    zoomIn->setObjectName(u"zoomInAction"_s);
    zoomIn->setShortcuts(QKeySequence::ZoomIn);
    zoomIn->setToolTip(tr("Show a shorter stretch of time (Ctrl++, or Ctrl+wheel over the lanes)"));
    connect(zoomIn, &QAction::triggered, m_axis, &TimeAxis::zoomIn);
    auto *zoomOut = new QAction(tr("Zoom &out"), this);
    zoomOut->setObjectName(u"zoomOutAction"_s);
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Show a longer stretch of time (Ctrl+-)"));
    connect(zoomOut, &QAction::triggered, m_axis, &TimeAxis::zoomOut);
    for (QAction *a : {follow, zoomIn, zoomOut})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({follow, zoomIn, zoomOut});
    m_follow = actionButton(follow, this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_follow);
    bar->addWidget(actionButton(zoomIn, this));
    bar->addWidget(actionButton(zoomOut, this));
    bar->addWidget(m_span);

    m_view->setObjectName(u"timelineView"_s);
    m_view->setModel(m_sorted);
    m_view->setItemDelegate(new TimelineDelegate(m_axis, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(TimelineModel::Machine, fontMetrics().horizontalAdvance(u"aa:bb:cc:dd:ee:ff  hostname-01"_s));
    m_view->setColumnWidth(TimelineModel::Stage, fontMetrics().horizontalAdvance(u"boot loader______"_s));
    m_view->setColumnWidth(TimelineModel::Progress, fontMetrics().horizontalAdvance(u"initrd.gz: 12.3 MB of 40.1 MB___"_s));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BootPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BootPage::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BootPage::showDetails);

    m_details->setObjectName(u"machineDetails"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setPlaceholderText(tr("Select a machine to see its transfers and events."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"bootSplitter"_s);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_axis, &TimeAxis::changed, this, [this] {
        m_follow->defaultAction()->setChecked(m_axis->following());
        updateAxisLabel();
        m_view->viewport()->update();
    });
    m_axis->setFollowing(true, QDateTime::currentMSecsSinceEpoch());
    m_clock.setInterval(250);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_axis->advance(QDateTime::currentMSecsSinceEpoch()); });
    m_clock.start();
}

void BootPage::updateAxisLabel()
{
    const qint64 s = m_axis->spanMs() / 1000;
    const QString span = s >= 3600 ? tr("%1 h").arg(QString::number(double(s) / 3600.0, 'g', 2))
        : s >= 60                  ? tr("%1 min").arg(QString::number(double(s) / 60.0, 'g', 2))
                                   : tr("%1 s").arg(s);
    m_span->setText(m_axis->following() ? tr("last %1").arg(span)
                                        : tr("%1 to %2").arg(
                                              QDateTime::fromMSecsSinceEpoch(m_axis->startMs()).toString(u"HH:mm:ss"_s),
                                              QDateTime::fromMSecsSinceEpoch(m_axis->endMs()).toString(u"HH:mm:ss"_s)));
}

bool BootPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const int dy = wheel->angleDelta().y();
        const int dx = wheel->angleDelta().x();
        if (wheel->modifiers() & Qt::ControlModifier && dy) {
            dy > 0 ? m_axis->zoomIn() : m_axis->zoomOut();
            return true;
        }
        if (dx || (wheel->modifiers() & Qt::ShiftModifier && dy)) {
            m_axis->scroll(-double(dx ? dx : dy) / 1200.0); // a notch moves a tenth of the view
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString BootPage::detailsText() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    const int row = m_sorted->mapToSource(current).row();
    const BootSession *s = m_model->session(row);
    if (!s)
        return {};
    QStringList lines;
    lines << tr("%1, session %2: %3").arg(s->mac.toString()).arg(s->number).arg(TimelineModel::stageText(*s));
    for (const Timeline::Diagnosis &d : s->diagnoses)
        lines << tr("  Diagnosis: %1").arg(d.line());
    for (const BootSession::Transfer &t : s->transfers) {
        const QString stage = t.stage ? BootSession::stageName(*t.stage) : QString();
        QString outcome;
        switch (t.outcome) {
        case BootSession::Transfer::Outcome::InFlight: outcome = tr("in flight"); break;
        case BootSession::Transfer::Outcome::Done: outcome = tr("done"); break;
        case BootSession::Transfer::Outcome::Failed: outcome = tr("failed: %1").arg(t.reason); break;
        case BootSession::Transfer::Outcome::Aborted: outcome = tr("aborted: %1").arg(t.reason); break;
        }
        lines << u"  %1 %2  %3  %4 / %5 bytes  %6"_s.arg(Timeline::BootEvent::protocolName(t.protocol), stage.leftJustified(11), t.path,
                                                         QLocale().toString(t.bytes),
                                                         t.size >= 0 ? QLocale().toString(t.size) : u"?"_s, outcome);
    }
    lines << QString();
    const QList<Timeline::BootEvent> events = m_log->eventsFor(s->mac);
    for (qsizetype i = std::max<qsizetype>(0, events.size() - 200); i < events.size(); ++i)
        lines << events.at(i).toLine();
    return lines.join(u'\n');
}

bool BootPage::selectMachine(const Net::MacAddress &mac)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->index(row, TimelineModel::Machine);
        if (source.data(TimelineModel::MacRole).toString() != mac.toString())
            continue;
        m_view->setCurrentIndex(m_sorted->mapFromSource(source));
        showDetails();
        return true;
    }
    return false;
}

void BootPage::showDetails()
{
    const QString text = detailsText();
    if (text != m_details->toPlainText())
        m_details->setPlainText(text);
}

void BootPage::saveCapture(const Net::MacAddress &mac, const QString &path)
{
    // Up to 4 MiB to assemble and write: not on the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        Q_EMIT captureSaved(path, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([capture = m_capture, mac, path] {
        QString error;
        if (!capture)
            return tr("no capture is kept");
        return capture->save(mac, path, &error) ? QString() : error;
    }));
}

void BootPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const BootSession *s = m_model->session(m_sorted->mapToSource(index).row());
    if (!s)
        return;
    QMenu menu(this);
    const Net::MacAddress mac = s->mac;
    const QString arch = s->arch;
    menu.addAction(tr("Add as a &host…"), this, [this, mac, arch] { Q_EMIT addHostRequested(mac, arch); });
    menu.addAction(tr("&Copy MAC address"), this,
                   [mac] { QGuiApplication::clipboard()->setText(mac.toString()); });
    if (m_capture) {
        menu.addSeparator();
        menu.addAction(tr("Save &capture…"), this, [this, mac] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save what Rackside saw of %1").arg(mac.toString()),
                                                              mac.toString(u'-') + u".pcapng"_s,
                                                              tr("pcapng captures (*.pcapng)"));
            if (!path.isEmpty())
                saveCapture(mac, path);
        });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Ui
