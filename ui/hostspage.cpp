// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostspage.h"

#include "actionbutton.h"
#include "hoststablemodel.h"
#include "undoactions.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QMessageBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;
using Site::HostCheck;

namespace Ui {

namespace {

// Readable on light and dark palettes alike.
const QColor ErrorText(0xd0, 0x31, 0x2d);
const QColor WarningText(0xc7, 0x7c, 0x02);
constexpr char ErrorProperty[] = "hostCheckError";

/// Checks the text of a cell's editor on every keystroke: coloured, with the
/// reason as its tooltip and passed to @p report. Enter and Tab do not
/// commit an error, so it can be fixed; leaving the cell does, and the model
/// refuses it with the reason.
class HostCellDelegate final : public QStyledItemDelegate
{
public:
    using Report = std::function<void(const HostCheck::Result &)>;

    HostCellDelegate(const QSortFilterProxyModel *sorted, Report report, QObject *parent)
        : QStyledItemDelegate(parent), m_sorted(sorted), m_report(std::move(report))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == HostsTableModel::NextBoot) {
            // Two choices: a list, not a text to type.
            auto *choices = new QComboBox(parent);
            choices->setObjectName(u"nextBootEditor"_s);
            for (Site::NextBoot next : {Site::NextBoot::Menu, Site::NextBoot::LocalDisk})
                choices->addItem(HostsTableModel::nextBootText(next), Site::nextBootName(next));
            // A choice is the edit: no need to leave the cell first.
            connect(choices, &QComboBox::activated, this, [this, choices] {
                Q_EMIT const_cast<HostCellDelegate *>(this)->commitData(choices);
            });
            return choices;
        }
        if (index.column() == HostsTableModel::NetbootImage) {
            // The site's NetBoot images, or none: a list, not a text to type.
            const auto *model = qobject_cast<const HostsTableModel *>(m_sorted->sourceModel());
            auto *choices = new QComboBox(parent);
            choices->setObjectName(u"netbootImageEditor"_s);
            for (const QString &name : model ? model->netbootImageChoices() : QStringList())
                choices->addItem(name.isEmpty() ? HostsPage::tr("(the Mac chooses)") : name, name);
            connect(choices, &QComboBox::activated, this, [this, choices] {
                Q_EMIT const_cast<HostCellDelegate *>(this)->commitData(choices);
            });
            return choices;
        }
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            const QPersistentModelIndex source = m_sorted->mapToSource(index);
            const auto *model = qobject_cast<const HostsTableModel *>(source.model());
            if (model && index.column() == HostsTableModel::Menu) {
                // The site's menus and their entries, offered as the name is typed.
                auto *completer = new QCompleter(model->menuChoices(), line);
                completer->setFilterMode(Qt::MatchContains);
                line->setCompleter(completer);
            }
            connect(line, &QLineEdit::textChanged, line,
                    [this, line, source](const QString &text) { check(line, source, text); });
        }
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *choices = qobject_cast<QComboBox *>(editor)) {
            const QVariant current = index.column() == HostsTableModel::NetbootImage
                ? index.data(Qt::EditRole)
                : index.data(HostsTableModel::NextBootRole);
            choices->setCurrentIndex(std::max(0, choices->findData(current)));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            check(line, m_sorted->mapToSource(index), line->text());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *choices = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, choices->currentData(),
                           index.column() == HostsTableModel::NetbootImage ? int(Qt::EditRole)
                                                                           : int(HostsTableModel::NextBootRole));
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *line = qobject_cast<QLineEdit *>(object);
        if (line && event->type() == QEvent::KeyPress && line->property(ErrorProperty).toBool()) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
                || key == Qt::Key_Backtab)
                return true;
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    void check(QLineEdit *line, const QModelIndex &source, const QString &text) const
    {
        const auto *model = qobject_cast<const HostsTableModel *>(source.model());
        const HostCheck::Result result =
            model ? model->checkEdit(source, text) : HostCheck::Result{};
        QPalette palette = line->parentWidget()->palette();
        if (!result.isOk())
            palette.setColor(QPalette::Text, result.isError() ? ErrorText : WarningText);
        line->setPalette(palette);
        line->setToolTip(result.message);
        line->setProperty(ErrorProperty, result.isError());
        m_report(result);
    }

    const QSortFilterProxyModel *m_sorted;
    Report m_report;
};

} // namespace

HostsPage::HostsPage(Site::SiteEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_model(new HostsTableModel(editor, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_problem(new QLabel(this))
    , m_remove(new QAction(tr("&Remove hosts"), this))
{
    setObjectName(u"hostsPage"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(HostsTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setFilterKeyColumn(-1); // any column
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(u"hostsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter hosts: MAC, name, address, menu, notes"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_sorted,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *add = new QAction(tr("&Add host"), this);
    add->setObjectName(u"addHostAction"_s);
    add->setShortcut(Qt::Key_Insert);
    add->setToolTip(tr("Add a host and type its MAC address (Insert)"));
    connect(add, &QAction::triggered, this, &HostsPage::addHost);
    m_remove->setObjectName(u"removeHostsAction"_s);
    m_remove->setShortcut(Qt::Key_Delete);
    m_remove->setToolTip(tr("Remove the selected hosts (Delete)"));
    m_remove->setEnabled(false);
    connect(m_remove, &QAction::triggered, this, &HostsPage::removeSelectedHosts);
    QList<QAction *> actions;
    if (!editor) { // a shared editor has its Undo and Redo in the window's Edit menu
        QAction *undo = createUndoAction(m_model->editor(), this, tr("&Undo"));
        undo->setObjectName(u"undoHostsAction"_s);
        undo->setShortcuts(QKeySequence::Undo);
        QAction *redo = createRedoAction(m_model->editor(), this, tr("&Redo"));
        redo->setObjectName(u"redoHostsAction"_s);
        redo->setShortcuts(QKeySequence::Redo);
        actions = {undo, redo};
    }
    auto *paste = new QAction(tr("&Paste hosts"), this);
    paste->setObjectName(u"pasteHostsAction"_s);
    paste->setShortcuts(QKeySequence::Paste);
    paste->setToolTip(tr("Add the rows copied from a spreadsheet, a dhcpd.conf or dnsmasq lines (Ctrl+V)"));
    connect(paste, &QAction::triggered, this,
            [this] { addHosts(QGuiApplication::clipboard()->text(), tr("pasted text")); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    actions = QList<QAction *>{add, paste, m_remove} + actions;
    for (QAction *a : std::as_const(actions)) {
        // The window has its own Undo and Delete: these act on this page.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        bar->addWidget(actionButton(a, this));
    }

    auto *delegate = new HostCellDelegate(
        m_sorted, [this](const HostCheck::Result &result) { showProblem(result); }, m_view);
    m_view->setObjectName(u"hostsView"_s);
    m_view->setModel(m_sorted);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    // Unsorted (document order) until a header is clicked; a third click returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const auto fit = [&](const QString &sample) { return fixed.horizontalAdvance(sample) + 24; };
    header->resizeSection(HostsTableModel::Mac, fit(u"00:00:00:00:00:00"_s));
    header->resizeSection(HostsTableModel::Ip, fit(u"255.255.255.255"_s));

    m_problem->setObjectName(u"hostProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A refused edit is committed as the editor closes, often because the
    // operator clicked another cell: its reason must outlast the signals
    // that follow in the same event, or it would flash by unread.
    connect(m_model, &HostsTableModel::editRefused, this,
            [this](const QModelIndex &, const QString &reason) {
                m_refusing = true;
                showProblem({HostCheck::Status::Error, tr("Not changed: %1").arg(reason)});
                QTimer::singleShot(0, this, [this] { m_refusing = false; });
            });
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, [this] {
        if (!m_refusing)
            showCurrentProblem();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_refusing)
            showCurrentProblem();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); });
    // A site without Mac NetBoot images has no use for the Mac image column.
    const auto showMacColumn = [this] {
        const bool macs = !m_model->editor()->site().netboot.images.isEmpty()
            || std::any_of(m_model->editor()->site().hosts.cbegin(), m_model->editor()->site().hosts.cend(),
                           [](const Site::Host &h) { return !h.netbootImage.isEmpty(); });
        m_view->setColumnHidden(HostsTableModel::NetbootImage, !macs);
    };
    connect(m_model->editor(), &Site::SiteEditor::changed, this, showMacColumn);
    showMacColumn();
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        // While a cell is edited, the line shows what is being typed.
        if (!m_view->indexWidget(m_view->currentIndex()) && !m_refusing)
            showCurrentProblem();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
}

QString HostsPage::problemText() const
{
    return m_problem->text();
}

void HostsPage::addHost()
{
    m_filter->clear(); // an empty host matches no filter
    const int row = m_model->addHost();
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, HostsTableModel::Mac));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index);
}

Site::HostImport HostsPage::addHosts(const QString &text, const QString &source)
{
    const Site::HostImport imported = Site::HostImport::read(text, source);
    const QList<Site::Host> hosts = imported.hostValues();
    if (!hosts.isEmpty())
        m_model->pasteHosts(hosts);
    QStringList lines;
    lines << tr("Added %n hosts from %1 (%2).", nullptr, int(hosts.size()))
                 .arg(source, Site::HostImport::formatName(imported.format));
    for (const Site::Problem &p : imported.problems.mid(0, 3))
        lines << p.toString();
    if (imported.problems.size() > 3)
        lines << tr("and %n more", nullptr, int(imported.problems.size() - 3));
    m_problem->setText(lines.join(u'\n'));
    return imported;
}

void HostsPage::removeSelectedHosts()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.append(m_sorted->mapToSource(index).row());
    m_model->removeHosts(rows);
}

void HostsPage::showProblem(const HostCheck::Result &result)
{
    QPalette palette = this->palette();
    if (!result.isOk())
        palette.setColor(QPalette::WindowText, result.isError() ? ErrorText : WarningText);
    m_problem->setPalette(palette);
    m_problem->setText(result.isOk() ? QString() : result.message);
}

void HostsPage::showCurrentProblem()
{
    const QModelIndex current = m_view->currentIndex();
    const auto status = HostCheck::Status(current.data(HostsTableModel::StatusRole).toInt());
    showProblem({status, current.data(HostsTableModel::ProblemRole).toString()});
}

std::optional<Site::HostImport> HostsPage::importFile(const QString &path, bool quiet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!quiet)
            QMessageBox::warning(this, tr("Import hosts"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const Site::HostImport imported = addHosts(QString::fromUtf8(file.readAll()), path);
    const int hosts = int(imported.hosts.size());
    if (!imported.problems.isEmpty() && !quiet) {
        QMessageBox box(QMessageBox::Information, tr("Import hosts"),
                        tr("%n hosts imported.", nullptr, hosts) % u' '
                            % tr("%n things to look at:", nullptr, int(imported.problems.size())),
                        QMessageBox::Ok, this);
        box.setInformativeText(Site::problemsToString(imported.problems.mid(0, 8)));
        box.setDetailedText(Site::problemsToString(imported.problems));
        box.exec();
    }
    return imported;
}

int HostsPage::addSeenHost(const Net::MacAddress &mac, const QString &arch)
{
    if (m_model->editor()->site().hostByMac(mac))
        return -1;
    Site::Host host;
    host.mac = mac;
    const QString day = QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_s);
    host.notes = arch.isEmpty() ? tr("seen booting %1").arg(day) : tr("%1, seen booting %2").arg(arch, day);
    return m_model->addHost(host);
}

} // namespace Ui
