// SPDX-License-Identifier: GPL-3.0-or-later
#include "menuspage.h"

#include "boottreelisting.h"
#include "configpreview.h"
#include "hoststablemodel.h"
#include "menuentryform.h"
#include "menuform.h"
#include "menusmodel.h"
#include "sitecheck/boottreecheck.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

QAction *pageAction(const QString &text, const QString &name, const QKeySequence &key,
                    const QString &tip, QWidget *owner)
{
    auto *a = new QAction(text, owner);
    a->setObjectName(name);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        // Insert and Delete mean this list only while it has the focus.
        a->setShortcutContext(Qt::WidgetShortcut);
    }
    a->setToolTip(key.isEmpty() ? tip : u"%1 (%2)"_s.arg(tip, key.toString(QKeySequence::NativeText)));
    owner->addAction(a);
    return a;
}

// A tool bar rather than a row of buttons: in a narrow window the actions
// that do not fit move into its » menu instead of widening the page.
QHBoxLayout *buttonRow(const QList<QAction *> &actions, QWidget *parent)
{
    auto *bar = new QToolBar(parent);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions(actions);
    auto *row = new QHBoxLayout;
    row->addWidget(bar, 1);
    return row;
}

QWidget *column(const QList<QWidget *> &widgets, const QList<QLayout *> &rows, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(4, 4, 4, 4);
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        layout->addWidget(widgets.at(i), widgets.at(i)->inherits("QAbstractScrollArea") ? 1 : 0);
        if (i < rows.size() && rows.at(i))
            layout->addLayout(rows.at(i));
    }
    return w;
}

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

MenusPage::MenusPage(HostsTableModel *hosts, QWidget *parent)
    : QWidget(parent)
    , m_editor(hosts->editor())
    , m_hosts(hosts)
    , m_model(new MenusModel(m_editor, this))
    , m_tree(new BootTreeListing(this))
    , m_menus(new QListView(this))
    , m_entries(new QListView(this))
    , m_menuForm(new MenuForm(this))
    , m_entryForm(new MenuEntryForm(this))
    , m_preview(new ConfigPreview(m_editor, this))
    , m_hostList(new QListWidget(this))
{
    setObjectName(u"menusPage"_s);
    m_menus->setObjectName(u"menuList"_s);
    m_entries->setObjectName(u"entryList"_s);
    m_hostList->setObjectName(u"menuHosts"_s);
    m_menus->setModel(m_model);
    m_entries->setModel(m_model);
    m_menus->setToolTip(tr("The site's boot menus; hosts boot one of them or one of their entries"));
    m_entries->setToolTip(tr("The selected menu's entries, in the order the menu shows them; "
                             "drag one, or press Alt+Up and Alt+Down, to move it"));
    m_hostList->setToolTip(tr("Hosts that boot the selected menu (or one of its entries); "
                              "tick a host to give it this menu, untick it to give it the default"));
    m_entries->setDragDropMode(QAbstractItemView::InternalMove);
    m_entries->setDefaultDropAction(Qt::MoveAction);
    m_entries->setDropIndicatorShown(true);

    auto *addMenuAction = pageAction(tr("Add menu"), u"addMenuAction"_s, Qt::Key_Insert,
                                     tr("Add an empty menu"), m_menus);
    auto *dupMenuAction = pageAction(tr("Duplicate menu"), u"duplicateMenuAction"_s,
                                     QKeySequence(Qt::CTRL | Qt::Key_D), tr("Copy the menu with its entries"), m_menus);
    auto *delMenuAction = pageAction(tr("Remove menu"), u"removeMenuAction"_s, Qt::Key_Delete,
                                     tr("Remove the menu; its hosts get the default menu"), m_menus);
    auto *addEntryAction = pageAction(tr("Add entry"), u"addEntryAction"_s, Qt::Key_Insert,
                                      tr("Add an entry after the selected one"), m_entries);
    auto *dupEntryAction = pageAction(tr("Duplicate entry"), u"duplicateEntryAction"_s,
                                      QKeySequence(Qt::CTRL | Qt::Key_D), tr("Copy the entry below itself"), m_entries);
    auto *delEntryAction = pageAction(tr("Remove entry"), u"removeEntryAction"_s, Qt::Key_Delete,
                                      tr("Remove the entry"), m_entries);
    auto *upAction = pageAction(tr("Move up"), u"moveEntryUpAction"_s, QKeySequence(Qt::ALT | Qt::Key_Up),
                                tr("Move the entry up"), m_entries);
    auto *downAction = pageAction(tr("Move down"), u"moveEntryDownAction"_s,
                                  QKeySequence(Qt::ALT | Qt::Key_Down), tr("Move the entry down"), m_entries);
    connect(addMenuAction, &QAction::triggered, this, &MenusPage::addMenu);
    connect(dupMenuAction, &QAction::triggered, this, &MenusPage::duplicateMenu);
    connect(delMenuAction, &QAction::triggered, this, &MenusPage::removeMenu);
    connect(addEntryAction, &QAction::triggered, this, &MenusPage::addEntry);
    connect(dupEntryAction, &QAction::triggered, this, &MenusPage::duplicateEntry);
    connect(delEntryAction, &QAction::triggered, this, &MenusPage::removeEntry);
    connect(upAction, &QAction::triggered, this, [this] { moveEntry(-1); });
    connect(downAction, &QAction::triggered, this, [this] { moveEntry(+1); });
    m_menuActions = {dupMenuAction, delMenuAction, addEntryAction};
    m_entryActions = {dupEntryAction, delEntryAction, upAction, downAction};

    auto *left = column({heading(tr("Men&us"), m_menus, this), m_menus, m_menuForm},
                        {nullptr, buttonRow({addMenuAction, dupMenuAction, delMenuAction}, this)}, this);
    auto *middle = column({heading(tr("Entries"), m_entries, this), m_entries, m_entryForm},
                          {nullptr, buttonRow({addEntryAction, dupEntryAction, delEntryAction, upAction, downAction}, this)},
                          this);
    auto *right = column({heading(tr("What the machine gets"), m_preview, this), m_preview,
                          heading(tr("Hosts booting this menu"), m_hostList, this), m_hostList},
                         {}, this);
    auto *split = new QSplitter(this);
    split->setObjectName(u"menusSplitter"_s);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(right);
    static_cast<QVBoxLayout *>(right->layout())->setStretchFactor(m_preview, 3);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_menus->selectionModel(), &QItemSelectionModel::currentChanged, this, &MenusPage::showMenu);
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentChanged, this, &MenusPage::showEntry);
    connect(m_model, &MenusModel::menusChanged, this, [this] {
        if (currentMenu() < 0 && m_model->rowCount() > 0)
            selectMenu(0);
        showMenu();
    });
    connect(m_model, &MenusModel::modelReset, this, [this] { selectMenu(0); });
    connect(m_menuForm, &MenuForm::edited, this, &MenusPage::applyMenuForm);
    connect(m_menuForm, &MenuForm::defaultMenuToggled, this, [this](bool isDefault) {
        if (isDefault && currentMenu() >= 0)
            m_model->setDefaultMenu(m_model->menus().at(currentMenu()).name);
    });
    connect(m_menuForm, &MenuForm::firmwareToggled, this, [this](Site::BootArch arch, bool gets) {
        if (currentMenu() >= 0)
            m_model->setArchMenu(arch, gets ? m_model->menus().at(currentMenu()).name : QString());
    });
    connect(m_entryForm, &MenuEntryForm::edited, this, &MenusPage::applyEntryForm);
    connect(m_tree, &BootTreeListing::listed, this,
            [this] { m_entryForm->setTreeFiles(m_tree->files(), true); });
    connect(m_editor, &Site::SiteEditor::changed, this, [this](Site::SiteEditor::Parts parts) {
        if (parts.testFlag(Site::SiteEditor::Part::Hosts))
            showHosts();
        updatePreview();
    });
    connect(m_editor, &Site::SiteEditor::commitRequested, this, &MenusPage::commitPendingEdits);
    connect(m_editor, &Site::SiteEditor::opened, this, [this] {
        m_entryForm->setTreeFiles({}, false);
        m_tree->list(m_editor->site().bootTreePath(m_editor->path()));
        showMenu();
    });
    connect(m_editor, &Site::SiteEditor::saved, this, [this](const QString &path) {
        m_tree->list(m_editor->site().bootTreePath(path)); // saved as another file: its boot tree may be another folder
    });
    connect(m_hostList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_updatingHosts)
            hostToggled(item->data(Qt::UserRole).toInt(), item->checkState() == Qt::Checked);
    });
    connect(m_hostList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_updatingHosts)
            m_preview->showHost(m_editor->site().hosts.value(item->data(Qt::UserRole).toInt()).mac);
    });
    showMenu();
}

void MenusPage::commitPendingEdits()
{
    // Both read first: applying one refills the other from the model.
    const bool menuShown = m_menuForm->isEnabled();
    const Site::Menu header = m_menuForm->header();
    const bool menuNameOk = m_menuForm->nameProblem().isEmpty();
    const bool entryShown = m_entryForm->isEnabled();
    const Site::MenuEntry entry = m_entryForm->entry();
    const bool entryNameOk = m_entryForm->nameIsUsable();
    if (menuShown)
        applyMenu(header, menuNameOk);
    if (entryShown)
        applyEntry(entry, entryNameOk);
}

void MenusPage::setServerAddress(const QHostAddress &address)
{
    m_preview->setServerAddress(address);
}

int MenusPage::currentMenu() const
{
    return m_model->menuRow(m_menus->currentIndex());
}

int MenusPage::currentEntry() const
{
    const QModelIndex current = m_entries->currentIndex();
    return current.isValid() && current.parent() == m_model->menuIndex(currentMenu()) ? current.row() : -1;
}

void MenusPage::selectMenu(int menu)
{
    m_menus->setCurrentIndex(m_model->menuIndex(menu));
    showMenu();
}

void MenusPage::selectEntry(int entry)
{
    m_entries->setCurrentIndex(m_model->entryIndex(currentMenu(), entry));
    showEntry();
}

QStringList MenusPage::menuNames() const
{
    QStringList names;
    for (const Site::Menu &m : m_model->menus())
        names.append(m.name);
    return names;
}

void MenusPage::showMenu()
{
    const int menu = currentMenu();
    if (menu < 0 && m_model->rowCount() > 0) { // some menu is always shown when there are any
        m_menus->setCurrentIndex(m_model->menuIndex(0));
        return; // shown through currentChanged
    }
    // Without menus the root is the (empty) top level.
    if (m_entries->rootIndex() != m_model->menuIndex(menu))
        m_entries->setRootIndex(m_model->menuIndex(menu));
    const Site::Menu *shown = menu >= 0 ? &m_model->menus().at(menu) : nullptr;
    QStringList others = menuNames();
    if (shown)
        others.removeAll(shown->name);
    QList<Site::BootArch> firmware;
    for (auto it = m_model->archMenus().cbegin(); it != m_model->archMenus().cend(); ++it)
        if (shown && it.value() == shown->name)
            firmware.append(it.key());
    m_menuForm->setMenu(shown, menu >= 0 && menu == m_model->defaultMenuRow(), others, firmware);
    m_entries->setEnabled(shown);
    for (QAction *a : std::as_const(m_menuActions))
        a->setEnabled(shown);
    if (shown && currentEntry() < 0 && !shown->entries.isEmpty())
        m_entries->setCurrentIndex(m_model->entryIndex(menu, 0));
    showEntry();
    showHosts();
    updatePreview();
}

void MenusPage::showEntry()
{
    const int menu = currentMenu();
    const int entry = currentEntry();
    if (entry < 0) {
        m_entryForm->setEntry(nullptr);
    } else {
        const Site::Menu &m = m_model->menus().at(menu);
        QStringList names;
        for (const Site::MenuEntry &e : m.entries)
            names.append(e.name);
        m_entryForm->setEntry(&m.entries.at(entry), names);
    }
    for (QAction *a : std::as_const(m_entryActions))
        a->setEnabled(entry >= 0);
}

void MenusPage::showHosts()
{
    const int menu = currentMenu();
    const QString name = menu >= 0 ? m_model->menus().at(menu).name : QString();
    const QList<int> using_ = m_hosts->hostsUsingMenu(name);
    const bool isDefault = menu >= 0 && menu == m_model->defaultMenuRow();
    QStringList firmware; // whose machines get this menu instead of the default
    for (auto it = m_model->archMenus().cbegin(); it != m_model->archMenus().cend(); ++it)
        if (menu >= 0 && it.value() == name)
            firmware.append(MenuForm::firmwareName(it.key()));
    m_updatingHosts = true;
    const int current = m_hostList->currentRow();
    m_hostList->clear();
    const QList<Site::Host> &hosts = m_editor->site().hosts;
    for (int row = 0; row < hosts.size() && menu >= 0; ++row) {
        const Site::Host &h = hosts.at(row);
        const QString mac = h.mac.isNull() ? tr("no MAC yet") : h.mac.toString();
        auto *item = new QListWidgetItem(h.hostname.isEmpty() ? mac : u"%1 (%2)"_s.arg(h.hostname, mac), m_hostList);
        item->setData(Qt::UserRole, row);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool boots = using_.contains(row);
        item->setCheckState(boots ? Qt::Checked : Qt::Unchecked);
        if (h.menu.isEmpty() && !firmware.isEmpty())
            item->setToolTip(tr("Boots this menu on %1 firmware, else the default menu").arg(firmware.join(u", "_s)));
        else if (h.menu.isEmpty())
            item->setToolTip(isDefault ? tr("Boots this menu, the default") : tr("Boots the default menu"));
        else if (boots && h.menu != name)
            item->setToolTip(tr("Boots only entry %1 of this menu").arg(h.menu.section(u'/', 1)));
        else
            item->setToolTip(tr("Boots menu %1").arg(h.menu));
        if (h.menu.isEmpty() && (isDefault || !firmware.isEmpty())) // as the default, or on some firmware
            item->setCheckState(Qt::PartiallyChecked);
    }
    if (current >= 0 && current < m_hostList->count())
        m_hostList->setCurrentRow(current);
    m_updatingHosts = false;
}

void MenusPage::updatePreview()
{
    m_preview->refresh();
}

void MenusPage::hostToggled(int row, bool boots)
{
    const int menu = currentMenu();
    if (menu < 0)
        return;
    m_hosts->setMenuOfHosts({row}, boots ? m_model->menus().at(menu).name : QString());
    showHosts();
}

void MenusPage::applyMenuForm()
{
    if (m_menuForm->isEnabled())
        applyMenu(m_menuForm->header(), m_menuForm->nameProblem().isEmpty());
}

void MenusPage::applyEntryForm()
{
    if (m_entryForm->isEnabled())
        applyEntry(m_entryForm->entry(), m_entryForm->nameIsUsable());
}

void MenusPage::applyMenu(Site::Menu header, bool nameIsUsable)
{
    const int menu = currentMenu();
    if (menu < 0)
        return;
    const QString before = m_model->menus().at(menu).name;
    if (!nameIsUsable)
        header.name = before; // the form says why; the other fields still count
    if (header.name == before) {
        m_model->setMenuHeader(menu, header);
        return;
    }
    m_editor->beginGroup(tr("rename menu %1 to %2").arg(before, header.name));
    m_model->setMenuHeader(menu, header);
    m_editor->pointHostsAtMenu(before, header.name);
    m_editor->endGroup();
}

void MenusPage::applyEntry(Site::MenuEntry value, bool nameIsUsable)
{
    const int menu = currentMenu();
    const int entry = currentEntry();
    if (entry < 0)
        return;
    const QString menuName = m_model->menus().at(menu).name;
    const QString before = m_model->menus().at(menu).entries.at(entry).name;
    if (!nameIsUsable)
        value.name = before; // the form says why; the other fields still count
    if (value.name == before) {
        m_model->setEntry(menu, entry, value);
        return;
    }
    m_editor->beginGroup(tr("rename entry %1 to %2").arg(before, value.name));
    m_model->setEntry(menu, entry, value);
    m_editor->pointHostsAtMenu(menuName % u'/' % before, menuName % u'/' % value.name);
    m_editor->endGroup();
}

void MenusPage::addMenu()
{
    commitPendingEdits();
    Site::Menu menu;
    menu.name = u"menu"_s;
    selectMenu(m_model->addMenu(menu));
    m_menuForm->setFocus();
    m_menuForm->nameEdit()->setFocus();
    m_menuForm->nameEdit()->selectAll();
}

void MenusPage::duplicateMenu()
{
    commitPendingEdits();
    if (const int row = m_model->duplicateMenu(currentMenu()); row >= 0)
        selectMenu(row);
}

void MenusPage::removeMenu()
{
    commitPendingEdits();
    const int menu = currentMenu();
    if (menu < 0)
        return;
    const QString name = m_model->menus().at(menu).name;
    m_editor->beginGroup(tr("remove menu %1").arg(name));
    m_hosts->setMenuOfHosts(m_hosts->hostsUsingMenu(name), QString());
    m_model->removeMenu(menu);
    m_editor->endGroup();
    selectMenu(std::min(menu, m_model->rowCount() - 1));
}

void MenusPage::addEntry()
{
    commitPendingEdits();
    const int menu = currentMenu();
    if (menu < 0)
        return;
    Site::MenuEntry entry;
    entry.name = u"entry"_s;
    entry.title = tr("New entry");
    const int row = m_model->insertEntry(menu, currentEntry() + 1, entry);
    selectEntry(row);
    m_entryForm->titleEdit()->setFocus();
    m_entryForm->titleEdit()->selectAll();
}

void MenusPage::duplicateEntry()
{
    commitPendingEdits();
    if (const int row = m_model->duplicateEntry(currentMenu(), currentEntry()); row >= 0)
        selectEntry(row);
}

void MenusPage::removeEntry()
{
    commitPendingEdits();
    const int menu = currentMenu();
    const int entry = currentEntry();
    if (entry < 0)
        return;
    const QString menuName = m_model->menus().at(menu).name;
    const QString name = m_model->menus().at(menu).entries.at(entry).name;
    m_editor->beginGroup(tr("remove entry %1 from %2").arg(name, menuName));
    // Hosts that booted just this entry boot the whole menu.
    m_editor->pointHostsAtMenu(menuName % u'/' % name, menuName);
    m_model->removeEntry(menu, entry);
    m_editor->endGroup();
    const int left = m_model->rowCount(m_model->menuIndex(menu));
    if (left > 0)
        selectEntry(std::min(entry, left - 1));
}

void MenusPage::moveEntry(int by)
{
    commitPendingEdits();
    const int menu = currentMenu();
    const int entry = currentEntry();
    const int to = entry + by;
    if (entry < 0 || to < 0 || to >= m_model->rowCount(m_model->menuIndex(menu)))
        return;
    m_model->moveEntry(menu, entry, to);
    selectEntry(to);
}

} // namespace Ui
