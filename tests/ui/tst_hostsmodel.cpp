// SPDX-License-Identifier: GPL-3.0-or-later
#include "offscreen.h"
#include "hostspage.h"
#include "hoststablemodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QColor>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QComboBox>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using Site::Host;
using Ui::HostsTableModel;
using Status = Site::HostCheck::Status;
using Operation = std::function<void(HostsTableModel &)>;
Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(Status)

namespace {

QHostAddress ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text));
}

Net::MacAddress mac(const char *text)
{
    return *Net::MacAddress::parse(QString::fromLatin1(text));
}

/// 10.0.0.0/24, range .100-.199, server .1, router .254, menu "install" with
/// an entry "rescue"; hosts mp (.10), vm1 (no fixed address), vm2 (.9).
Site::Document site()
{
    Site::Document d;
    d.serverAddress = ip("10.0.0.1");
    d.dhcpMode = Site::DhcpMode::Serve;
    d.subnetAddress = ip("10.0.0.0");
    d.subnetPrefix = 24;
    d.ranges = {{ip("10.0.0.100"), ip("10.0.0.199")}};
    d.router = ip("10.0.0.254");
    Site::Menu install;
    install.name = u"install"_s;
    install.entries = {{u"rescue"_s, u"Rescue"_s, u"d/linux"_s, {}, {}}};
    d.menus = {install};
    d.hosts.append({mac("00:23:32:2f:40:3c"), u"mp"_s, ip("10.0.0.10"), {}, {}, u"rack 3"_s});
    d.hosts.append({mac("52:54:00:00:00:01"), u"vm1"_s, {}, u"install"_s, {}, {}});
    d.hosts.append({mac("52:54:00:00:00:02"), u"vm2"_s, ip("10.0.0.9"), {}, {}, {}});
    return d;
}

QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role);
}

Status status(const QAbstractItemModel &model, int row, int column)
{
    return Status(cell(model, row, column, HostsTableModel::StatusRole).toInt());
}

// Red or amber, told apart the way an eye does.
bool isRed(const QColor &c)
{
    return c.red() > 2 * c.green() && c.red() > 2 * c.blue();
}

bool isAmber(const QColor &c)
{
    return c.red() > c.green() && c.green() > 2 * c.blue();
}

} // namespace

// The page on screen and active, as an operator has it, holding \a document.
static bool showOnScreen(Ui::HostsPage &page, const Site::Document &document)
{
    page.model()->editor()->open(document, {});
    page.resize(900, 400);
    page.show();
    page.activateWindow();
    return QTest::qWaitForWindowActive(&page);
}

class TestHostsModel : public QObject
{
    Q_OBJECT

public:
    static void initMain() { useOffscreenPlatformUnlessSet(); }

private Q_SLOTS:
    void columnsAndRoles();
    void setData_data();
    void setData();
    void undoRedo_data();
    void installAgain();
    void pinToNetbootImage();
    void undoRedo();
    void pasteIsOneStep();
    void sharedUndoStack();
    void validEditInTheView();
    void invalidMacInTheView();
    void duplicateIpInTheView();
    void keyboardAddRemoveUndo();
    void pasteFromSpreadsheet();
    void sortAndFilter();

private:
    /// A shown page over site(), with the cell at @p row, @p column (of the
    /// view) open in its editor; nullptr when it could not be opened.
    QLineEdit *openEditor(Ui::HostsPage &page, int row, int column);
};

QLineEdit *TestHostsModel::openEditor(Ui::HostsPage &page, int row, int column)
{
    QTableView *view = page.view();
    const QModelIndex index = view->model()->index(row, column);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    if (editor)
        editor->selectAll();
    return editor;
}

void TestHostsModel::columnsAndRoles()
{
    HostsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.editor()->open(site(), {});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HostsTableModel::ColumnCount));
    QCOMPARE(model.editor()->site(), site());

    const QStringList headers{u"MAC"_s, u"Host name"_s, u"Fixed IP"_s, u"Menu"_s, u"Next boot"_s, u"Mac image"_s, u"Notes"_s};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
    QVERIFY(!model.headerData(HostsTableModel::Ip, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    QCOMPARE(cell(model, 0, HostsTableModel::Mac).toString(), u"00:23:32:2f:40:3c"_s);
    QCOMPARE(cell(model, 0, HostsTableModel::Hostname).toString(), u"mp"_s);
    QCOMPARE(cell(model, 0, HostsTableModel::Ip).toString(), u"10.0.0.10"_s);
    QCOMPARE(cell(model, 1, HostsTableModel::Ip).toString(), QString());
    QCOMPARE(cell(model, 1, HostsTableModel::Menu).toString(), u"install"_s);
    QCOMPARE(cell(model, 1, HostsTableModel::NextBoot).toString(), u"menu"_s);
    QCOMPARE(cell(model, 0, HostsTableModel::Notes).toString(), u"rack 3"_s);
    // Addresses sort as numbers; no fixed address first.
    QCOMPARE(cell(model, 2, HostsTableModel::Ip, HostsTableModel::SortRole).toLongLong(),
             qint64(ip("10.0.0.9").toIPv4Address()));
    QCOMPARE(cell(model, 1, HostsTableModel::Ip, HostsTableModel::SortRole).toLongLong(), qint64(-1));
    QVERIFY(cell(model, 0, HostsTableModel::Mac, Qt::FontRole).canConvert<QFont>());
    QVERIFY(cell(model, 0, HostsTableModel::Menu, Qt::ToolTipRole).toString().contains(u"default menu"_s));

    QVERIFY(model.flags(model.index(0, HostsTableModel::Mac)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(0, HostsTableModel::NextBoot)) & Qt::ItemIsEditable);
    QCOMPARE(cell(model, 1, HostsTableModel::NextBoot, HostsTableModel::NextBootRole).toString(), u"menu"_s);

    // A clean site has no problems to show.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(status(model, row, column), Status::Ok);
            QVERIFY(!cell(model, row, column, Qt::BackgroundRole).isValid());
        }
    }
    // A site whose range was moved over a host shows the error in its cell.
    Site::Document moved = site();
    moved.ranges.first().start = ip("10.0.0.5");
    model.addHost(); // setDocument() clears this from the undo stack
    model.editor()->open(moved, {});
    QCOMPARE(model.editor()->steps(), 0);
    QCOMPARE(status(model, 0, HostsTableModel::Ip), Status::Error);
    QVERIFY(isRed(cell(model, 0, HostsTableModel::Ip, Qt::BackgroundRole).value<QColor>()));
    QVERIFY(cell(model, 0, HostsTableModel::Ip, Qt::ToolTipRole).toString().contains(u"inside the dynamic range"_s));
    QCOMPARE(cell(model, 0, HostsTableModel::Ip, HostsTableModel::ProblemRole).toString(),
             cell(model, 0, HostsTableModel::Ip, Qt::ToolTipRole).toString());
}

void TestHostsModel::setData_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shown"); // the cell afterwards
    QTest::addColumn<Status>("cellStatus");
    QTest::addColumn<QString>("reason"); // part of the refusal's reason

    const int Mac = HostsTableModel::Mac, Name = HostsTableModel::Hostname, Ip = HostsTableModel::Ip,
              Menu = HostsTableModel::Menu, Notes = HostsTableModel::Notes;
    QTest::newRow("MAC, written with dashes") << 1 << Mac << u"52-54-00-AA-BB-CC"_s << true
                                              << u"52:54:00:aa:bb:cc"_s << Status::Ok << QString();
    QTest::newRow("MAC with a letter too far") << 1 << Mac << u"52:54:00:zz:00:01"_s << false
                                               << u"52:54:00:00:00:01"_s << Status::Ok
                                               << u"\"z\" at position 10"_s;
    QTest::newRow("MAC truncated") << 1 << Mac << u"52:54:00:00"_s << false << u"52:54:00:00:00:01"_s
                                   << Status::Ok << u"has 8 hex digit"_s;
    QTest::newRow("MAC emptied") << 1 << Mac << QString() << false << u"52:54:00:00:00:01"_s
                                 << Status::Ok << u"a MAC address is required"_s;
    QTest::newRow("MAC of another host") << 1 << Mac << u"00:23:32:2f:40:3c"_s << true
                                         << u"00:23:32:2f:40:3c"_s << Status::Warning << QString();
    QTest::newRow("fixed IP") << 1 << Ip << u"10.0.0.20"_s << true << u"10.0.0.20"_s << Status::Ok
                              << QString();
    QTest::newRow("fixed IP removed") << 0 << Ip << u" "_s << true << QString() << Status::Ok << QString();
    QTest::newRow("IP in the range") << 1 << Ip << u"10.0.0.150"_s << false << QString() << Status::Ok
                                     << u"inside the dynamic range"_s;
    QTest::newRow("IP above 255") << 1 << Ip << u"10.0.0.300"_s << false << QString() << Status::Ok
                                  << u"\"300\" is above 255"_s;
    QTest::newRow("IP of another host") << 1 << Ip << u"10.0.0.10"_s << true << u"10.0.0.10"_s
                                        << Status::Warning << QString();
    QTest::newRow("host name, spaces trimmed") << 1 << Name << u"  pxe-07 "_s << true << u"pxe-07"_s
                                               << Status::Ok << QString();
    QTest::newRow("host name with '_'") << 1 << Name << u"pxe_07"_s << false << u"vm1"_s << Status::Ok
                                        << u"contains \"_\""_s;
    QTest::newRow("host name of another host") << 1 << Name << u"MP"_s << true << u"MP"_s
                                               << Status::Warning << QString();
    QTest::newRow("menu entry") << 0 << Menu << u"install/rescue"_s << true << u"install/rescue"_s
                                << Status::Ok << QString();
    QTest::newRow("unknown menu") << 0 << Menu << u"windows"_s << false << QString() << Status::Ok
                                  << u"there is no menu called \"windows\""_s;
    QTest::newRow("notes keep their spaces") << 1 << Notes << u" slot 4 "_s << true << u" slot 4 "_s
                                             << Status::Ok << QString();
    QTest::newRow("next boot: local disk") << 0 << int(HostsTableModel::NextBoot) << u"local disk"_s << true
                                           << u"local disk"_s << Status::Ok << QString();
    QTest::newRow("next boot: the site file's word") << 0 << int(HostsTableModel::NextBoot) << u"local"_s << true
                                                     << u"local disk"_s << Status::Ok << QString();
    QTest::newRow("next boot: no such choice") << 0 << int(HostsTableModel::NextBoot) << u"install"_s << false
                                               << u"menu"_s << Status::Ok << u"\"menu\" or \"local disk\""_s;
}

void TestHostsModel::setData()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, shown);
    QFETCH(Status, cellStatus);
    QFETCH(QString, reason);

    HostsTableModel model;
    model.editor()->open(site(), {});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refused(&model, &HostsTableModel::editRefused);
    QSignalSpy changed(model.editor(), &Site::SiteEditor::changed);

    QCOMPARE(model.setData(model.index(row, column), text), accepted);
    QCOMPARE(cell(model, row, column).toString(), shown);
    QCOMPARE(status(model, row, column), cellStatus);
    QCOMPARE(model.editor()->steps(), accepted ? 1 : 0);
    QCOMPARE(changed.size(), accepted ? 1 : 0);
    QCOMPARE(refused.size(), reason.isEmpty() ? 0 : 1);
    if (!reason.isEmpty()) {
        QCOMPARE(refused.first().at(0).toModelIndex(), model.index(row, column));
        QVERIFY2(refused.first().at(1).toString().contains(reason), qPrintable(refused.first().at(1).toString()));
        QCOMPARE(model.editor()->site(), site());
    }
    if (cellStatus == Status::Warning) {
        // The warning shows on both hosts, and says which other host it is.
        QVERIFY(isAmber(cell(model, row, column, Qt::BackgroundRole).value<QColor>()));
        QCOMPARE(status(model, 0, column), Status::Warning);
        QVERIFY(cell(model, row, column, Qt::ToolTipRole).toString().contains(u"already used by"_s));
    }
}

void TestHostsModel::undoRedo_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("undoText");

    QTest::newRow("edit a cell") << Operation([](HostsTableModel &m) {
        QVERIFY(m.setData(m.index(1, HostsTableModel::Ip), u"10.0.0.77"_s));
    }) << u"edit Fixed IP of vm1"_s;
    QTest::newRow("add a host") << Operation([](HostsTableModel &m) { QCOMPARE(m.addHost(), 3); })
                                << u"add a host"_s;
    QTest::newRow("remove one") << Operation([](HostsTableModel &m) { m.removeHosts({1}); })
                                << u"remove 1 host"_s;
    QTest::newRow("remove scattered rows") << Operation([](HostsTableModel &m) {
        m.removeHosts({2, 0, 2, 17, -1});
    }) << u"remove 2 host"_s;
    QTest::newRow("remove all") << Operation([](HostsTableModel &m) { m.removeHosts({0, 1, 2}); })
                                << u"remove 3 host"_s;
    QTest::newRow("paste") << Operation([](HostsTableModel &m) {
        m.pasteHosts({{mac("52:54:00:00:00:03"), u"vm3"_s, {}, {}, {}, {}}});
    }) << u"paste 1 host"_s;
    QTest::newRow("install done") << Operation([](HostsTableModel &m) {
        QString error; // a site with no file: the change is the operator's to save
        QCOMPARE(m.editor()->markInstalled(mac("52:54:00:00:00:01"), &error), Site::SiteEditor::Saved::NotSaved);
        QCOMPARE(m.editor()->site().hosts.at(1).nextBoot, Site::NextBoot::LocalDisk);
        QCOMPARE(cell(m, 1, HostsTableModel::NextBoot).toString(), u"local disk"_s);
        QCOMPARE(m.editor()->markInstalled(mac("52:54:00:00:00:99"), &error), Site::SiteEditor::Saved::Unchanged); // no such host: no step
    }) << u"vm1 (52:54:00:00:00:01) installed: boot its local disk"_s;
}

void TestHostsModel::undoRedo()
{
    QFETCH(Operation, operation);
    QFETCH(QString, undoText);

    HostsTableModel model;
    model.editor()->open(site(), {});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(model.editor(), &Site::SiteEditor::changed);
    const Site::Document before = model.editor()->site();
    operation(model);
    const Site::Document after = model.editor()->site();
    QVERIFY(after != before);
    Site::SiteEditor *stack = model.editor();
    QCOMPARE(stack->steps(), 1);
    QVERIFY2(stack->undoText().startsWith(undoText), qPrintable(stack->undoText()));

    stack->undo();
    QCOMPARE(model.editor()->site(), before);
    QCOMPARE(model.rowCount(), int(before.hosts.size()));
    stack->redo();
    QCOMPARE(model.editor()->site(), after);
    stack->undo();
    QCOMPARE(model.editor()->site(), before);
    QCOMPARE(changed.size(), 4); // the window marks the site modified each time
}

void TestHostsModel::installAgain()
{
    Site::Document installed = site();
    installed.hosts[2].nextBoot = Site::NextBoot::LocalDisk;
    HostsTableModel model;
    model.editor()->open(installed, {});
    QCOMPARE(cell(model, 2, HostsTableModel::NextBoot).toString(), u"local disk"_s);
    QVERIFY(cell(model, 2, HostsTableModel::NextBoot, Qt::ToolTipRole).toString().contains(u"install it again"_s));
    QVERIFY(model.setData(model.index(2, HostsTableModel::NextBoot), u"menu"_s, HostsTableModel::NextBootRole));
    QCOMPARE(model.editor()->site().hosts.at(2).nextBoot, Site::NextBoot::Menu);
    QCOMPARE(model.editor()->undoText(), u"install vm2 (52:54:00:00:00:02) again"_s);
    model.editor()->undo();
    QCOMPARE(model.editor()->site(), installed);
}

void TestHostsModel::pinToNetbootImage()
{
    Site::Document d = site();
    d.netboot.images = {{u"The-Image"_s, 137, Bsdp::ImageKind::MacOsX, true, {}, {}, {}, {}},
                        {u"Diagnostics"_s, 3, Bsdp::ImageKind::HardwareTest, false, {}, {}, {}, {}}};
    HostsTableModel model;
    model.editor()->open(d, {});
    QCOMPARE(model.netbootImageChoices(), (QStringList{QString(), u"The-Image"_s, u"Diagnostics"_s}));
    const QModelIndex mp = model.index(0, HostsTableModel::NetbootImage);
    QVERIFY(mp.data(Qt::ToolTipRole).toString().contains(u"chooses"_s));
    QVERIFY(model.setData(mp, u"The-Image"_s));
    QCOMPARE(model.editor()->site().hosts.at(0).netbootImage, u"The-Image"_s);
    QCOMPARE(mp.data().toString(), u"The-Image"_s);
    QCOMPARE(model.editor()->undoText(), u"pin mp (00:23:32:2f:40:3c) to NetBoot image The-Image"_s);
    QSignalSpy refused(&model, &HostsTableModel::editRefused);
    QVERIFY(!model.setData(mp, u"Nope"_s));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(1).toString(), u"no NetBoot image is called Nope"_s);
    model.editor()->undo();
    QCOMPARE(model.editor()->site(), d);

    // In the view: a list of the images, and choosing one is the edit.
    Ui::HostsPage page;
    QVERIFY(showOnScreen(page, d));
    QTableView *view = page.view();
    const QModelIndex index = view->model()->index(0, HostsTableModel::NetbootImage);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto *choices = qobject_cast<QComboBox *>(view->indexWidget(index));
    QVERIFY(choices);
    QCOMPARE(choices->objectName(), u"netbootImageEditor"_s);
    QCOMPARE(choices->count(), 3);
    choices->setCurrentIndex(2);
    Q_EMIT choices->activated(2);
    QTRY_COMPARE(page.model()->editor()->site().hosts.at(0).netbootImage, u"Diagnostics"_s);
}

void TestHostsModel::pasteIsOneStep()
{
    HostsTableModel model;
    model.editor()->open(site(), {});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QList<Host> pasted{
        {mac("52:54:00:00:00:03"), u"vm3"_s, ip("10.0.0.13"), {}, {}, u"from the sheet"_s},
        {mac("00:23:32:2f:40:3c"), u"mp-again"_s, {}, {}, {}, {}}, // MAC already known
        {mac("52:54:00:00:00:05"), {}, ip("10.0.0.150"), {}, {}, {}}, // inside the range
    };
    model.pasteHosts(pasted);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.editor()->steps(), 1);
    QCOMPARE(model.editor()->site().hosts.mid(3), pasted);
    // Pasted rows are taken as they are; their problems show.
    QCOMPARE(status(model, 4, HostsTableModel::Mac), Status::Warning);
    QCOMPARE(status(model, 0, HostsTableModel::Mac), Status::Warning);
    QCOMPARE(status(model, 5, HostsTableModel::Ip), Status::Error);

    model.editor()->undo();
    QCOMPARE(model.editor()->site(), site());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(status(model, 0, HostsTableModel::Mac), Status::Ok);
    model.pasteHosts({}); // nothing to paste, nothing to undo
    QCOMPARE(model.editor()->steps(), 1);
    QCOMPARE(model.editor()->stepsDone(), 0);
}

void TestHostsModel::sharedUndoStack()
{
    // The window's one site editor: the model edits it, and follows edits made elsewhere.
    Site::SiteEditor stack;
    auto model = std::make_unique<HostsTableModel>(&stack);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    stack.open(site(), {});
    QCOMPARE(model->editor(), &stack);
    model->addHost();
    QVERIFY(model->setData(model->index(3, HostsTableModel::Hostname), u"new"_s));
    QCOMPARE(stack.steps(), 2);
    stack.undo();
    QCOMPARE(model->editor()->site().hosts.at(3).hostname, QString());
    stack.edit(u"from elsewhere"_s, [](Site::Document &d) { d.hosts.removeFirst(); });
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(cell(*model, 0, HostsTableModel::Mac).toString(), site().hosts.at(1).mac.toString());
    model.reset();
    // The site outlives the model that edited it.
    stack.undo();
    stack.redo();
    QCOMPARE(stack.stepsDone(), 2);
    QCOMPARE(stack.site().hosts.size(), 3);
}

void TestHostsModel::validEditInTheView()
{
    Ui::HostsPage page;
    QVERIFY(showOnScreen(page, site()));

    QLineEdit *editor = openEditor(page, 1, HostsTableModel::Hostname);
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"vm1"_s);
    QTest::keyClicks(editor, u"pxe-07"_s);
    QCOMPARE(page.problemText(), QString());
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(page.model()->editor()->site().hosts.at(1).hostname, u"pxe-07"_s);
    QTRY_VERIFY(!page.view()->indexWidget(page.view()->currentIndex()));
    QCOMPARE(page.problemText(), QString());
    QCOMPARE(page.model()->editor()->steps(), 1);
}

void TestHostsModel::invalidMacInTheView()
{
    Ui::HostsPage page;
    QVERIFY(showOnScreen(page, site()));
    QTableView *view = page.view();

    QLineEdit *editor = openEditor(page, 1, HostsTableModel::Mac);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"52:54:00:zz:00:01"_s);
    const QString reason = u"\"z\" at position 10 is not a hex digit"_s;
    // Red as it is typed, with the reason under the table and on the editor.
    QVERIFY(isRed(editor->palette().color(QPalette::Text)));
    QVERIFY2(page.problemText().contains(reason), qPrintable(page.problemText()));
    QVERIFY(editor->toolTip().contains(reason));
    // Enter does not commit it: the editor stays open for a fix.
    QTest::keyClick(editor, Qt::Key_Return);
    const QPointer<QLineEdit> stillOpen = editor;
    QTest::qWait(20);
    QVERIFY(stillOpen && view->indexWidget(view->currentIndex()) == stillOpen.data());
    QVERIFY(editor->hasFocus());
    // Escape leaves the host as it was.
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!view->indexWidget(view->currentIndex()));
    QCOMPARE(page.model()->editor()->site(), site());
    QCOMPARE(page.problemText(), QString());

    // Moving to another cell commits, and the model refuses with the reason.
    editor = openEditor(page, 1, HostsTableModel::Mac);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"52:54:00:00"_s);
    view->setCurrentIndex(view->model()->index(2, HostsTableModel::Hostname));
    QVERIFY(!view->indexWidget(view->model()->index(1, HostsTableModel::Mac)));
    QVERIFY2(page.problemText().startsWith(u"Not changed: "_s) && page.problemText().contains(u"has 8 hex digit"_s),
             qPrintable(page.problemText()));
    QTest::qWait(20); // it stays until the operator moves on
    QVERIFY(page.problemText().startsWith(u"Not changed: "_s));
    QCOMPARE(page.model()->editor()->site(), site());
    QCOMPARE(page.model()->editor()->steps(), 0);

    // Fixed, it goes in.
    editor = openEditor(page, 1, HostsTableModel::Mac);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"52:54:00:00:00:aa"_s);
    QVERIFY(!isRed(editor->palette().color(QPalette::Text)));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(page.model()->editor()->site().hosts.at(1).mac, mac("52:54:00:00:00:aa"));
    QCOMPARE(page.problemText(), QString());
}

void TestHostsModel::duplicateIpInTheView()
{
    Ui::HostsPage page;
    QVERIFY(showOnScreen(page, site()));

    QLineEdit *editor = openEditor(page, 1, HostsTableModel::Ip);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"10.0.0.10"_s);
    QVERIFY(isAmber(editor->palette().color(QPalette::Text)));
    QVERIFY2(page.problemText().contains(u"10.0.0.10 is already used by mp"_s), qPrintable(page.problemText()));
    // A warning is accepted, and stays visible on both hosts.
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(page.model()->editor()->site().hosts.at(1).ip, ip("10.0.0.10"));
    const QAbstractItemModel &shown = *page.view()->model();
    QCOMPARE(status(shown, 1, HostsTableModel::Ip), Status::Warning);
    QCOMPARE(status(shown, 0, HostsTableModel::Ip), Status::Warning);
    QVERIFY(isAmber(cell(shown, 0, HostsTableModel::Ip, Qt::BackgroundRole).value<QColor>()));
    QTRY_VERIFY(page.problemText().contains(u"10.0.0.10 is already used by mp"_s));

    // Undone, both warnings go.
    page.model()->editor()->undo();
    QCOMPARE(status(shown, 0, HostsTableModel::Ip), Status::Ok);
    QCOMPARE(status(shown, 1, HostsTableModel::Ip), Status::Ok);
    QCOMPARE(page.problemText(), QString());
}

void TestHostsModel::pasteFromSpreadsheet()
{
    // Rows copied from a spreadsheet (tab-separated, with a header), pasted
    // with Ctrl+V while the table has the focus: one undo step.
    Ui::HostsPage page;
    QVERIFY(showOnScreen(page, site()));
    const int before = page.model()->rowCount();
    QGuiApplication::clipboard()->setText(u"MAC\tName\tNotes\n"
                                          "52:54:00:aa:00:01\tr2-node1\track 2\n"
                                          "52-54-00-AA-00-02\tr2-node2\t\n"
                                          "not-a-mac\tbroken\t\n"_s);
    QTableView *view = page.view();
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Paste);
    QTRY_COMPARE(page.model()->rowCount(), before + 2);
    const Site::Document pasted = page.model()->editor()->site();
    QCOMPARE(pasted.hosts.at(before).hostname, u"r2-node1"_s);
    QCOMPARE(pasted.hosts.at(before + 1).mac, mac("52:54:00:aa:00:02"));
    QVERIFY2(page.problemText().contains(u"Added 2 hosts from pasted text"_s) && page.problemText().contains(u"row 4"_s),
             qPrintable(page.problemText()));
    page.model()->editor()->undo();
    QCOMPARE(page.model()->rowCount(), before);
}

void TestHostsModel::keyboardAddRemoveUndo()
{
    Ui::HostsPage page;
    QVERIFY(showOnScreen(page, site()));
    QTableView *view = page.view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));

    // Insert adds a host and opens its MAC for typing.
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(page.model()->rowCount(), 4);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
    QVERIFY(editor);
    QCOMPARE(view->currentIndex().column(), int(HostsTableModel::Mac));
    QVERIFY(page.problemText().contains(u"a MAC address is required"_s));
    QTest::keyClicks(editor, u"52:54:00:00:00:07"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(page.model()->editor()->site().hosts.at(3).mac, mac("52:54:00:00:00:07"));
    QTRY_VERIFY(!view->indexWidget(view->currentIndex()));
    const Site::Document added = page.model()->editor()->site();

    // Undo steps back one change at a time; redo returns.
    QTest::keySequence(view, QKeySequence::Undo);
    QVERIFY(page.model()->editor()->site().hosts.at(3).mac.isNull());
    QTest::keySequence(view, QKeySequence::Undo);
    QCOMPARE(page.model()->editor()->site(), site());
    QTest::keySequence(view, QKeySequence::Redo);
    QTest::keySequence(view, QKeySequence::Redo);
    QCOMPARE(page.model()->editor()->site(), added);

    // Delete removes the selected rows, in one step.
    view->clearSelection();
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(cell(*page.model(), 0, HostsTableModel::Hostname).toString(), u"vm1"_s);
    QTest::keySequence(view, QKeySequence::Undo);
    QCOMPARE(page.model()->editor()->site(), added);
    QCOMPARE(page.model()->editor()->steps(), 3);
}

void TestHostsModel::sortAndFilter()
{
    Ui::HostsPage page;
    Site::Document d = site();
    d.hosts.append({mac("52:54:00:00:00:04"), u"a-host"_s, ip("10.0.0.2"), {}, {}, {}});
    QVERIFY(showOnScreen(page, d));
    QTableView *view = page.view();
    const QAbstractItemModel &shown = *view->model();
    const auto column = [&](int c) {
        QStringList out;
        for (int row = 0; row < shown.rowCount(); ++row)
            out.append(cell(shown, row, c).toString());
        return out;
    };
    QCOMPARE(column(HostsTableModel::Hostname), (QStringList{u"mp"_s, u"vm1"_s, u"vm2"_s, u"a-host"_s}));

    // A click on the header sorts addresses as numbers, not as text.
    QHeaderView *header = view->horizontalHeader();
    const auto clickHeader = [&](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    clickHeader(HostsTableModel::Ip);
    QCOMPARE(header->sortIndicatorSection(), int(HostsTableModel::Ip));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(column(HostsTableModel::Ip), (QStringList{QString(), u"10.0.0.2"_s, u"10.0.0.9"_s, u"10.0.0.10"_s}));
    clickHeader(HostsTableModel::Ip);
    QCOMPARE(column(HostsTableModel::Ip), (QStringList{u"10.0.0.10"_s, u"10.0.0.9"_s, u"10.0.0.2"_s, QString()}));
    clickHeader(HostsTableModel::Hostname);
    QCOMPARE(column(HostsTableModel::Hostname), (QStringList{u"a-host"_s, u"mp"_s, u"vm1"_s, u"vm2"_s}));

    // Editing a sorted column moves the host to its place.
    QLineEdit *editor = openEditor(page, 0, HostsTableModel::Hostname);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"zz"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(column(HostsTableModel::Hostname), (QStringList{u"mp"_s, u"vm1"_s, u"vm2"_s, u"zz"_s}));
    QCOMPARE(page.model()->editor()->site().hosts.at(3).hostname, u"zz"_s);

    // The filter matches any column, without case.
    auto *filter = page.findChild<QLineEdit *>(u"hostsFilter"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, u"VM"_s);
    QCOMPARE(column(HostsTableModel::Hostname), (QStringList{u"vm1"_s, u"vm2"_s}));
    filter->clear();
    QTest::keyClicks(filter, u"rack 3"_s);
    QCOMPARE(column(HostsTableModel::Hostname), QStringList{u"mp"_s});
    filter->clear();
    QTest::keyClicks(filter, u"10.0.0.9"_s);
    QCOMPARE(column(HostsTableModel::Hostname), QStringList{u"vm2"_s});
    filter->clear();
    QTest::keyClicks(filter, u"52:54:00:00:00:04"_s);
    QCOMPARE(column(HostsTableModel::Hostname), QStringList{u"zz"_s});
    filter->clear();
    QCOMPARE(shown.rowCount(), 4);
}

QTEST_MAIN(TestHostsModel)
#include "tst_hostsmodel.moc"
