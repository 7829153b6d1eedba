// SPDX-License-Identifier: GPL-3.0-or-later
#include "offscreen.h"
#include "configpreview.h"
#include "hostspage.h"
#include "hoststablemodel.h"
#include "menuentryform.h"
#include "menuform.h"
#include "menusmodel.h"
#include "menuspage.h"
#include "boottreelisting.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QAbstractItemView>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using Site::Menu;
using Site::MenuEntry;
using Ui::MenusModel;

namespace {

Net::MacAddress mac(const char *text)
{
    return *Net::MacAddress::parse(QString::fromLatin1(text));
}

MenuEntry entry(const QString &name, const QString &kernel = u"d/linux"_s)
{
    return {name, name.toUpper(), kernel, {u"d/initrd.gz"_s}, u"console=ttyS0"_s};
}

/// Menus "install" (debian, rescue; default) and "tools" (memtest); server
/// 10.0.0.1; hosts mp (install/rescue), node1 (tools), vm (default menu).
Site::Document site()
{
    Site::Document d;
    d.serverAddress = QHostAddress(u"10.0.0.1"_s);
    d.dhcpMode = Site::DhcpMode::Serve;
    d.subnetAddress = QHostAddress(u"10.0.0.0"_s);
    d.subnetPrefix = 24;
    d.ranges = {{QHostAddress(u"10.0.0.100"_s), QHostAddress(u"10.0.0.199"_s)}};
    Menu install;
    install.name = u"install"_s;
    install.title = u"Rack install"_s;
    install.timeout = 10;
    install.defaultEntry = u"debian"_s;
    install.entries = {entry(u"debian"_s), entry(u"rescue"_s)};
    Menu tools;
    tools.name = u"tools"_s;
    tools.entries = {entry(u"memtest"_s, u"tools/memtest.bin"_s)};
    d.menus = {install, tools};
    d.defaultMenu = u"install"_s;
    d.hosts.append({mac("00:23:32:2f:40:3c"), u"mp"_s, QHostAddress(u"10.0.0.10"_s), u"install/rescue"_s, {}, {}});
    d.hosts.append({mac("52:54:00:12:34:56"), u"node1"_s, {}, u"tools"_s, {}, {}});
    d.hosts.append({mac("52:54:00:12:34:57"), u"vm"_s, {}, {}, {}, {}});
    return d;
}

QStringList names(const QList<MenuEntry> &entries)
{
    QStringList out;
    for (const MenuEntry &e : entries)
        out.append(e.name);
    return out;
}

/// A boot tree holding d/linux and d/initrd.gz (not tools/memtest.bin).
struct Tree
{
    QTemporaryDir dir;
    QString sitePath;
    Tree()
    {
        QDir(dir.path()).mkpath(u"boot-tree/d"_s);
        for (const char *name : {"boot-tree/d/linux", "boot-tree/d/initrd.gz"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            f.open(QIODevice::WriteOnly);
            f.write("x");
        }
        sitePath = dir.filePath(u"site.json"_s);
    }
};

/// A model over a site of its own that holds just @p menus.
void openMenus(MenusModel &model, const QList<Menu> &menus, const QString &defaultMenu)
{
    Site::Document d;
    d.menus = menus;
    d.defaultMenu = defaultMenu;
    model.editor()->open(d, {});
}

/// The page as the window has it: one site editor for hosts and menus.
struct Console
{
    Site::SiteEditor editor;
    Ui::HostsTableModel hosts{&editor};
    Ui::MenusPage page{&hosts};
    Tree tree;

    explicit Console(const Site::Document &document = site()) { editor.open(document, tree.sitePath); }
    bool show()
    {
        page.resize(1300, 700);
        page.show();
        page.activateWindow();
        return QTest::qWaitForWindowActive(&page)
               && QTest::qWaitFor([this] { return page.treeListing()->isListed(); });
    }
    /// Types @p text over what @p edit holds, as an operator does, and leaves with Return.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
};

} // namespace

class TestMenusPage : public QObject
{
    Q_OBJECT

public:
    static void initMain() { useOffscreenPlatformUnlessSet(); }

private Q_SLOTS:
    void modelTree();
    void modelEditsUndo();
    void dragMovesEntry();
    void editEntryThroughTheForm();
    void previewShowsEachHostsFile();
    void renameMenuCarriesToHosts();
    void removeEntryKeepsItsHostsBooting();
    void hostListAssignsMenus();
    void defaultMenuFromTheForm();
    void problemsAreFlagged();
    void keyboardOnly();
    void hostsPageOffersMenus();
    void menusPerFirmware();
    void typedTextIsNotLost();
    void movesAreRowMoves();
    void entriesOutliveMenusAbove();
};

void TestMenusPage::modelTree()
{
    MenusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openMenus(model, site().menus, u"tools"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.menuIndex(0)), 2);
    QCOMPARE(model.rowCount(model.menuIndex(1)), 1);
    QCOMPARE(model.rowCount(model.entryIndex(0, 0)), 0);
    QCOMPARE(model.defaultMenuRow(), 1);
    QCOMPARE(model.menuIndex(1).data().toString(), u"tools"_s);
    QVERIFY(model.menuIndex(1).data(MenusModel::IsDefaultRole).toBool());
    QVERIFY(model.menuIndex(1).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.menuIndex(0).data(MenusModel::IsDefaultRole).toBool());
    QCOMPARE(model.menuIndex(0).data(MenusModel::NameRole).toString(), u"install"_s);
    QCOMPARE(model.entryIndex(0, 0).data().toString(), u"DEBIAN"_s);
    QVERIFY(model.entryIndex(0, 0).data(MenusModel::IsDefaultRole).toBool());
    QCOMPARE(model.entryIndex(0, 1).data(MenusModel::NameRole).toString(), u"rescue"_s);
    QCOMPARE(model.menuRow(model.entryIndex(1, 0)), 1);
    QCOMPARE(model.entryIndex(1, 0).parent(), model.menuIndex(1));
    QVERIFY(model.flags(model.entryIndex(0, 0)) & Qt::ItemIsDragEnabled);
    QVERIFY(!(model.flags(model.menuIndex(0)) & Qt::ItemIsDragEnabled));
}

void TestMenusPage::modelEditsUndo()
{
    MenusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openMenus(model, site().menus, u"install"_s);
    const QList<Menu> original = model.menus();
    Site::SiteEditor *undo = model.editor();

    QCOMPARE(model.insertEntry(0, 1, entry(u"debian"_s)), 1); // the name is taken: debian-2
    QCOMPARE(names(model.menus().at(0).entries), (QStringList{u"debian"_s, u"debian-2"_s, u"rescue"_s}));
    model.moveEntry(0, 2, 0);
    QCOMPARE(names(model.menus().at(0).entries), (QStringList{u"rescue"_s, u"debian"_s, u"debian-2"_s}));
    QCOMPARE(model.duplicateEntry(0, 0), 1);
    QCOMPARE(names(model.menus().at(0).entries),
             (QStringList{u"rescue"_s, u"rescue-copy"_s, u"debian"_s, u"debian-2"_s}));
    MenuEntry renamed = model.menus().at(0).entries.at(2);
    renamed.name = u"trixie"_s;
    model.setEntry(0, 2, renamed); // the default entry follows its name
    QCOMPARE(model.menus().at(0).defaultEntry, u"trixie"_s);
    model.removeEntry(0, 2); // removing the default leaves "the first"
    QCOMPARE(model.menus().at(0).defaultEntry, QString());
    Menu header = model.menus().at(0);
    header.name = u"rack"_s;
    header.timeout = Menu::waitForever;
    model.setMenuHeader(0, header);
    QCOMPARE(model.defaultMenu(), u"rack"_s); // the default menu follows its name
    QCOMPARE(model.duplicateMenu(0), 2);
    QCOMPARE(model.menus().at(2).name, u"rack-copy"_s);
    model.removeMenu(0);
    QCOMPARE(model.defaultMenu(), QString());
    QCOMPARE(model.defaultMenuRow(), 0); // the first menu, now tools
    QCOMPARE(model.addMenu({}), 2);
    QCOMPARE(model.menus().at(2).name, u"menu"_s);
    QCOMPARE(undo->steps(), 9);
    QCOMPARE(undo->undoText(), u"add menu menu"_s);

    while (undo->canUndo())
        undo->undo();
    QCOMPARE(model.menus(), original);
    QCOMPARE(model.defaultMenu(), u"install"_s);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.menus().at(0).name, u"tools"_s);
    QCOMPARE(model.menus().at(1).name, u"rack-copy"_s);
    QCOMPARE(model.menus().at(1).timeout, Menu::waitForever);
    QCOMPARE(names(model.menus().at(1).entries), (QStringList{u"rescue"_s, u"rescue-copy"_s, u"debian-2"_s}));

    // Edits that change nothing are no steps.
    model.setEntry(0, 0, model.menus().at(0).entries.at(0));
    model.moveEntry(0, 0, 0);
    model.setDefaultMenu(model.defaultMenu());
    QCOMPARE(undo->steps(), 9);
}

void TestMenusPage::dragMovesEntry()
{
    MenusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Menu menu;
    menu.name = u"m"_s;
    menu.entries = {entry(u"a"_s), entry(u"b"_s), entry(u"c"_s), entry(u"d"_s)};
    openMenus(model, {menu, site().menus.at(1)}, {});

    const auto drop = [&model](int from, int row, const QModelIndex &parent) {
        std::unique_ptr<QMimeData> data(model.mimeData({model.entryIndex(0, from)}));
        QVERIFY(data);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
        // Moved by the model, so the view must not remove the dragged row.
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    };
    drop(0, 3, model.menuIndex(0)); // a dragged into the gap before d
    QCOMPARE(names(model.menus().at(0).entries), (QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s}));
    drop(3, 0, model.menuIndex(0)); // d to the top
    QCOMPARE(names(model.menus().at(0).entries), (QStringList{u"d"_s, u"b"_s, u"c"_s, u"a"_s}));
    drop(0, -1, model.menuIndex(0)); // d past the end
    QCOMPARE(names(model.menus().at(0).entries), (QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s}));
    drop(2, -1, model.entryIndex(0, 0)); // a onto b: a takes b's place
    QCOMPARE(names(model.menus().at(0).entries), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(model.editor()->steps(), 4);

    // Not into another menu, not as a copy.
    std::unique_ptr<QMimeData> data(model.mimeData({model.entryIndex(0, 0)}));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.menuIndex(1)));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, model.menuIndex(0)));
    QVERIFY(!model.mimeData({model.menuIndex(0)}));
}

// The issue's test: edit a menu through the page and compare the grub.cfg a
// host gets with the text expected.
void TestMenusPage::editEntryThroughTheForm()
{
    Console c;
    QVERIFY(c.show());
    QAbstractItemModelTester tester(c.page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.page.selectMenu(0);
    c.page.selectEntry(1); // rescue, which mp boots alone
    Ui::MenuEntryForm *form = c.page.entryForm();
    QCOMPARE(form->nameEdit()->text(), u"rescue"_s);
    Console::retype(form->titleEdit(), u"Rescue shell"_s);
    Console::retype(form->argumentsEdit(), u"rescue/enable=true hostname="_s);
    // The variable from the button's menu, at the cursor.
    QMenu *variables = form->findChild<QToolButton *>()->menu();
    QAction *hostname = variables->actions().at(1);
    QVERIFY(hostname->text().startsWith(u"{hostname}"_s));
    hostname->trigger();
    QTest::keyClicks(form->argumentsEdit(), u" url=http://{server}/{mac}.cfg"_s);
    QTest::keyClick(form->argumentsEdit(), Qt::Key_Return);
    Console::retype(form->initrdEdit(), u"/d/initrd.gz d/extra.img"_s);

    const MenuEntry edited = c.page.model()->menus().at(0).entries.at(1);
    QCOMPARE(edited.title, u"Rescue shell"_s);
    QCOMPARE(edited.arguments, u"rescue/enable=true hostname={hostname} url=http://{server}/{mac}.cfg"_s);
    QCOMPARE(edited.initrds, (QStringList{u"d/initrd.gz"_s, u"d/extra.img"_s}));
    QCOMPARE(c.editor.steps(), 5); // title, arguments, the variable, the rest of the arguments, initrds

    Ui::ConfigPreview *preview = c.page.preview();
    preview->showHost(mac("00:23:32:2f:40:3c"));
    QCOMPARE(preview->fileName(), u"grub.cfg-01-00-23-32-2f-40-3c"_s);
    const QString expected = uR"(# Rackside: menu install for 00:23:32:2f:40:3c
# Generated from the site on each request: edit the site, not this file.
set default=rescue
set timeout=0
set timeout_style=menu
echo 'Rack install'

menuentry 'Rescue shell' --id rescue {
	echo 'Loading d/linux ...'
	linux /d/linux rescue/enable=true hostname=mp url=http://10.0.0.1/00:23:32:2f:40:3c.cfg
	initrd /d/initrd.gz /d/extra.img
}
)"_s;
    QCOMPARE(preview->text(), expected);

    // Undo three times: the initrds and the arguments are back, and so is the file.
    c.editor.undo();
    c.editor.undo();
    c.editor.undo();
    QCOMPARE(form->argumentsEdit()->text(), u"rescue/enable=true hostname="_s);
    QVERIFY(preview->text().contains(u"\tlinux /d/linux rescue/enable=true hostname=\n"_s));
    QVERIFY(preview->text().contains(u"\tinitrd /d/initrd.gz\n"_s));
}

void TestMenusPage::previewShowsEachHostsFile()
{
    Console c;
    Ui::ConfigPreview *preview = c.page.preview();
    // Unknown machines get the default menu, whole, with GRUB's own variables for theirs.
    preview->showHost({});
    QCOMPARE(preview->fileName(), u"grub.cfg"_s);
    QVERIFY(preview->text().startsWith(u"# Rackside: menu install\n"_s));
    QVERIFY(preview->text().contains(u"set default=debian\nset timeout=10\n"_s));
    QVERIFY2(preview->text().contains(u"menuentry RESCUE --id rescue {"_s), qPrintable(preview->text()));
    // node1 boots tools; PXELINUX reads the same menu.
    preview->showHost(mac("52:54:00:12:34:56"));
    QVERIFY(preview->text().startsWith(u"# Rackside: menu tools"_s));
    preview->showLoader(Ui::ConfigPreview::Loader::Pxelinux);
    QCOMPARE(preview->fileName(), u"pxelinux.cfg/01-52-54-00-12-34-56"_s);
    QVERIFY(preview->text().contains(u"LABEL memtest\n"_s));
    QVERIFY(preview->text().contains(u"KERNEL /tools/memtest.bin\n"_s) || preview->text().contains(u"KERNEL tools/memtest.bin\n"_s));
    // A host's list entry shows that host's file.
    preview->showLoader(Ui::ConfigPreview::Loader::Grub);
    c.page.hostList()->setCurrentRow(0);
    QVERIFY(preview->text().startsWith(u"# Rackside: menu install for 00:23:32:2f:40:3c\n"_s));
    QVERIFY(preview->text().contains(u"--id rescue"_s));
    QVERIFY(!preview->text().contains(u"--id debian"_s)); // mp boots just that entry
    // Host edits reach the preview at once.
    QVERIFY(c.hosts.setData(c.hosts.index(0, Ui::HostsTableModel::Menu), u"tools"_s));
    QVERIFY(preview->text().contains(u"--id memtest"_s));
}

void TestMenusPage::renameMenuCarriesToHosts()
{
    Console c;
    QVERIFY(c.show());
    c.page.selectMenu(0);
    Console::retype(c.page.menuForm()->nameEdit(), u"rack"_s);
    QCOMPARE(c.page.model()->menus().at(0).name, u"rack"_s);
    QCOMPARE(c.page.model()->defaultMenu(), u"rack"_s);
    QCOMPARE(c.editor.site().hosts.at(0).menu, u"rack/rescue"_s); // mp's entry
    QCOMPARE(c.editor.site().hosts.at(1).menu, u"tools"_s);
    QCOMPARE(c.editor.steps(), 1); // one step for both
    QVERIFY(c.hosts.index(0, Ui::HostsTableModel::Menu).data(Ui::HostsTableModel::ProblemRole).toString().isEmpty());
    c.editor.undo();
    QCOMPARE(c.page.model()->menus().at(0).name, u"install"_s);
    QCOMPARE(c.editor.site().hosts.at(0).menu, u"install/rescue"_s);

    // A name another menu has is refused, and said why; nothing changes.
    Console::retype(c.page.menuForm()->nameEdit(), u"tools"_s);
    QCOMPARE(c.page.model()->menus().at(0).name, u"install"_s);
    QCOMPARE(c.page.menuForm()->nameProblem(), u"There is already a menu called tools."_s);
    QCOMPARE(c.editor.steps(), 1); // just the undone rename, ready to redo
}

void TestMenusPage::removeEntryKeepsItsHostsBooting()
{
    Console c;
    c.page.selectMenu(0);
    c.page.selectEntry(1);
    c.page.removeEntry();
    QCOMPARE(names(c.page.model()->menus().at(0).entries), QStringList{u"debian"_s});
    QCOMPARE(c.editor.site().hosts.at(0).menu, u"install"_s); // the whole menu now
    c.page.selectMenu(1);
    c.page.removeMenu();
    QCOMPARE(c.page.model()->rowCount(), 1);
    QCOMPARE(c.editor.site().hosts.at(1).menu, QString()); // the default menu now
    QCOMPARE(c.editor.steps(), 2);
    c.editor.undo();
    c.editor.undo();
    QCOMPARE(c.page.model()->menus(), site().menus);
    QCOMPARE(c.editor.site().hosts, site().hosts);
}

void TestMenusPage::hostListAssignsMenus()
{
    Console c;
    QVERIFY(c.show());
    QListWidget *list = c.page.hostList();
    c.page.selectMenu(1); // tools: node1 boots it
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);
    list->item(2)->setCheckState(Qt::Checked); // vm now boots tools
    QCOMPARE(c.editor.site().hosts.at(2).menu, u"tools"_s);
    list->item(1)->setCheckState(Qt::Unchecked); // node1 back to the default
    QCOMPARE(c.editor.site().hosts.at(1).menu, QString());
    // On the install menu, node1 shows as booting it by default.
    c.page.selectMenu(0);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked); // mp: install/rescue
    QCOMPARE(list->item(1)->checkState(), Qt::PartiallyChecked);
    QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);
    // And the hosts side sees it.
    QCOMPARE(c.hosts.index(2, Ui::HostsTableModel::Menu).data().toString(), u"tools"_s);
    c.editor.undo();
    QCOMPARE(c.editor.site().hosts.at(1).menu, u"tools"_s);
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked); // install's list, node1 is on tools again
}

void TestMenusPage::defaultMenuFromTheForm()
{
    Console c;
    QVERIFY(c.show());
    c.page.selectMenu(1);
    QCheckBox *box = c.page.menuForm()->defaultMenuBox();
    QVERIFY(!box->isChecked());
    QVERIFY(box->isEnabled());
    box->click();
    QCOMPARE(c.page.model()->defaultMenu(), u"tools"_s);
    QVERIFY(box->isChecked());
    QVERIFY(!box->isEnabled()); // some menu is always the default
    c.page.preview()->showHost(mac("52:54:00:12:34:57")); // vm has no menu of its own
    QVERIFY(c.page.preview()->text().startsWith(u"# Rackside: menu tools"_s));
    // The timeout spin box, as typed.
    QSpinBox *timeout = c.page.menuForm()->timeoutEdit();
    timeout->setFocus();
    timeout->selectAll();
    QTest::keyClicks(timeout, u"30"_s);
    QTest::keyClick(timeout, Qt::Key_Return);
    QCOMPARE(c.page.model()->menus().at(1).timeout, 30);
    QVERIFY(c.page.preview()->text().contains(u"set timeout=30\n"_s));
}

void TestMenusPage::problemsAreFlagged()
{
    Console c;
    QVERIFY(c.show());
    c.page.selectMenu(1);
    c.page.selectEntry(0); // memtest: its kernel is not in the tree
    Ui::MenuEntryForm *form = c.page.entryForm();
    QVERIFY2(form->problems().contains(u"tools/memtest.bin is not in the boot tree"_s), qPrintable(form->problems()));
    Console::retype(form->argumentsEdit(), u"{srv} {mac}"_s);
    QVERIFY2(form->problems().contains(u"{srv} is not a variable"_s), qPrintable(form->problems()));
    QVERIFY(!form->problems().contains(u"{mac} is not"_s));
    form->kernelEdit()->setFocus();
    // Picked from the tree's files: the problem goes.
    const int linux = form->kernelEdit()->findText(u"d/linux"_s);
    QVERIFY(linux >= 0);
    form->kernelEdit()->setCurrentIndex(linux);
    Q_EMIT form->kernelEdit()->activated(linux);
    QCOMPARE(c.page.model()->menus().at(1).entries.at(0).kernel, u"d/linux"_s);
    QVERIFY(!form->problems().contains(u"not in the boot tree"_s));
    // A name GRUB cannot use is refused; the entry keeps its name.
    Console::retype(form->nameEdit(), u"mem test"_s);
    QCOMPARE(c.page.model()->menus().at(1).entries.at(0).name, u"memtest"_s);
    QVERIFY(form->problems().contains(u"can only hold letters"_s));
    QVERIFY(!form->findChild<QLabel *>(u"entryProblems"_s)->isHidden());
}

void TestMenusPage::keyboardOnly()
{
    Console c;
    QVERIFY(c.show());
    c.page.selectMenu(0);
    QListView *entries = c.page.entryList();
    entries->setFocus();
    c.page.selectEntry(0);
    QTest::keyClick(entries, Qt::Key_Down, Qt::AltModifier); // debian below rescue
    QCOMPARE(names(c.page.model()->menus().at(0).entries), (QStringList{u"rescue"_s, u"debian"_s}));
    QCOMPARE(c.page.currentEntry(), 1);
    QTest::keyClick(entries, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(names(c.page.model()->menus().at(0).entries), (QStringList{u"rescue"_s, u"debian"_s, u"debian-copy"_s}));
    entries->setFocus();
    QTest::keyClick(entries, Qt::Key_Delete);
    QCOMPARE(c.page.model()->rowCount(c.page.model()->menuIndex(0)), 2);
    entries->setFocus();
    QTest::keyClick(entries, Qt::Key_Insert); // a new entry, its title ready to type
    QCOMPARE(c.page.model()->rowCount(c.page.model()->menuIndex(0)), 3);
    QCOMPARE(QApplication::focusWidget(), c.page.entryForm()->titleEdit());
    QTest::keyClicks(QApplication::focusWidget(), u"Fedora"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(c.page.model()->menus().at(0).entries.at(2).title, u"Fedora"_s);
    // Insert on the menu list adds a menu and puts the cursor in its name.
    c.page.menuList()->setFocus();
    QTest::keyClick(c.page.menuList(), Qt::Key_Insert);
    QCOMPARE(c.page.model()->rowCount(), 3);
    QCOMPARE(QApplication::focusWidget(), c.page.menuForm()->nameEdit());
    QTest::keyClicks(QApplication::focusWidget(), u"fedora"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(c.page.model()->menus().at(2).name, u"fedora"_s);
}

// The other side: a host's Menu cell offers the menus and their entries.
void TestMenusPage::hostsPageOffersMenus()
{
    Ui::HostsPage page;
    page.model()->editor()->open(site(), {});
    QCOMPARE(page.model()->menuChoices(),
             (QStringList{u"install"_s, u"tools"_s, u"install/debian"_s, u"install/rescue"_s, u"tools/memtest"_s}));
    page.resize(900, 400);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    const QModelIndex cell = page.view()->model()->index(2, Ui::HostsTableModel::Menu);
    page.view()->setCurrentIndex(cell);
    page.view()->edit(cell);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(editor->completer());
    QTest::keyClicks(editor, u"mem"_s);
    QCOMPARE(editor->completer()->currentCompletion(), u"tools/memtest"_s);
    QVERIFY(editor->completer()->popup()->isVisible());
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
    QCOMPARE(editor->text(), u"tools/memtest"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits on the next turn of the event loop.
    QTRY_COMPARE(page.model()->editor()->site().hosts.at(2).menu, u"tools/memtest"_s);
}

// A menu for UEFI x64 machines, ticked on the menu's form: the grub.cfg
// dispatches on GRUB's platform, hosts without a menu show it, and renaming
// or removing the menu carries over.
void TestMenusPage::menusPerFirmware()
{
    Console c;
    QVERIFY(c.show());
    c.page.selectMenu(1); // tools
    QCheckBox *uefi = c.page.menuForm()->firmwareBox(Site::BootArch::UefiX64);
    QVERIFY(uefi && !uefi->isChecked());
    uefi->click();
    QCOMPARE(c.page.model()->archMenus(), (QMap<Site::BootArch, QString>{{Site::BootArch::UefiX64, u"tools"_s}}));
    QVERIFY(uefi->isChecked());
    QCOMPARE(c.editor.site().archMenus.value(Site::BootArch::UefiX64), u"tools"_s);
    c.page.preview()->showHost({});
    const QString text = c.page.preview()->text();
    QVERIFY2(text.contains(u"if [ \"${grub_cpu}-${grub_platform}\" == x86_64-efi ]; then\n\tset default=memtest\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"else\n\tset default=debian\n"_s)); // install, the default, elsewhere
    QCOMPARE(c.page.hostList()->item(2)->checkState(), Qt::PartiallyChecked); // vm, without a menu
    QVERIFY(c.hosts.index(2, Ui::HostsTableModel::Menu).data(Qt::ToolTipRole).toString().contains(u"uefi-x64: tools"_s));

    Console::retype(c.page.menuForm()->nameEdit(), u"utils"_s);
    QCOMPARE(c.page.model()->archMenus().value(Site::BootArch::UefiX64), u"utils"_s);
    c.page.removeMenu();
    QVERIFY(c.page.model()->archMenus().isEmpty());
    c.editor.undo();
    c.editor.undo();
    QCOMPARE(c.page.model()->archMenus().value(Site::BootArch::UefiX64), u"tools"_s);
    c.editor.undo();
    QVERIFY(c.page.model()->archMenus().isEmpty());
}

// Text typed but not yet committed (the field still has the focus) counts
// when a tool bar button is clicked, and a bad name does not hold back the
// other fields.
void TestMenusPage::typedTextIsNotLost()
{
    Console c;
    QVERIFY(c.show());
    c.page.selectMenu(0);
    c.page.selectEntry(0);
    QLineEdit *arguments = c.page.entryForm()->argumentsEdit();
    arguments->setFocus();
    arguments->selectAll();
    QTest::keyClicks(arguments, u"quiet"_s); // no Return, no Tab
    c.page.duplicateEntry();
    const QList<MenuEntry> entries = c.page.model()->menus().at(0).entries;
    QCOMPARE(entries.at(0).arguments, u"quiet"_s);
    QCOMPARE(entries.at(1).name, u"debian-copy"_s);
    QCOMPARE(entries.at(1).arguments, u"quiet"_s);

    c.page.selectEntry(0);
    QLineEdit *name = c.page.entryForm()->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"bad name"_s);
    QLineEdit *title = c.page.entryForm()->titleEdit();
    title->setFocus(); // the name's field is left: refused, but the title below still counts
    title->selectAll();
    QTest::keyClicks(title, u"Trixie"_s);
    c.page.commitPendingEdits();
    QCOMPARE(c.page.model()->menus().at(0).entries.at(0).name, u"debian"_s);
    QCOMPARE(c.page.model()->menus().at(0).entries.at(0).title, u"Trixie"_s);
}

// Dragging, Alt+Up/Down and their undo move the row, so the selection
// follows the entry that moved.
void TestMenusPage::movesAreRowMoves()
{
    MenusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Menu menu;
    menu.name = u"m"_s;
    menu.entries = {entry(u"a"_s), entry(u"b"_s), entry(u"c"_s)};
    openMenus(model, {menu}, {});
    QPersistentModelIndex a = model.entryIndex(0, 0);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.moveEntry(0, 0, 2);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(a.row(), 2);
    QCOMPARE(a.data(MenusModel::NameRole).toString(), u"a"_s);
    model.editor()->undo();
    QCOMPARE(moved.size(), 2);
    QCOMPARE(a.row(), 0);
    model.moveEntry(0, 2, 1);
    QCOMPARE(moved.size(), 3);
    QCOMPARE(names(model.menus().at(0).entries), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
}

// An entry's index stays right when a menu above it is removed and put back.
void TestMenusPage::entriesOutliveMenusAbove()
{
    MenusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Menu a, b;
    a.name = u"a"_s;
    a.entries = {entry(u"one"_s)};
    b.name = u"b"_s;
    b.entries = {entry(u"two"_s)};
    openMenus(model, {a, b}, {});
    QPersistentModelIndex two = model.entryIndex(1, 0);
    model.removeMenu(0);
    QVERIFY(two.isValid());
    QCOMPARE(two.parent().row(), 0);
    QCOMPARE(two.data(MenusModel::NameRole).toString(), u"two"_s);
    model.editor()->undo();
    QCOMPARE(two.parent().row(), 1);
    QCOMPARE(two.data(MenusModel::NameRole).toString(), u"two"_s);
    model.editor()->redo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.menuIndex(0)), 1);
    QCOMPARE(two.data(MenusModel::NameRole).toString(), u"two"_s);
}

QTEST_MAIN(TestMenusPage)
#include "tst_menuspage.moc"
