// SPDX-License-Identifier: GPL-3.0-or-later
#include "offscreen.h"
#include "bootpage.h"
#include "dhcpmodepicker.h"
#include "eventlistmodel.h"
#include "eventlistview.h"
#include "hostspage.h"
#include "hoststablemodel.h"
#include "interfacepicker.h"
#include "languagechoice.h"
#include "menusmodel.h"
#include "menuspage.h"
#include "mainwindow.h"
#include "otherserversdialog.h"
#include "serviceindicator.h"
#include "sitefile/sitefile.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkInterface>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using Services::BootServices;
using Severity = Timeline::BootEvent::Severity;

namespace {

Timeline::BootEvent bootEvent(int n, Severity severity = Severity::Info)
{
    Timeline::BootEvent e;
    e.msecs = QDateTime::currentMSecsSinceEpoch();
    e.mac = Net::MacAddress({0x52, 0x54, 0x00, 0x12, 0x34, quint8(n)});
    e.protocol = Timeline::BootEvent::Protocol::Dhcp;
    e.kind = Timeline::BootEvent::Kind::Discover;
    e.summary = u"boot request %1"_s.arg(n);
    e.severity = severity;
    return e;
}

// Spare UDP ports on 127.0.0.1, so the servers run unprivileged.
quint16 sparePort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

quint16 spareTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

Services::RunOptions loopbackRun()
{
    Services::RunOptions run;
    run.bindAddress = QHostAddress::LocalHost;
    run.dhcpPort = sparePort();
    run.clientPort = sparePort();
    run.proxyPort = sparePort();
    run.relayPort = run.dhcpPort;
    run.httpPort = spareTcpPort();
    return run;
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { useOffscreenPlatformUnlessSet(); }

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensWithoutSite();
    void interfacesSayWhyNot();
    void opensSite();
    void eventsShowAsRows();
    void filterByMac();
    void followsNewRowsUntilScrolledUp();
    void startAndStopWithDhcpOff();
    void servesOverLoopback();
    void otherServersOfferProxyMode();
    void otherServersCancel();
    void savesInterfaceAndMode();
    void remembersLastSite();
    void importsReferenceDhcpdConf();
    void laneBecomesHost();
    void recentSitesAndNewSite();
    void speaksTheChosenLanguage();
    void menusPageEditsReachTheSite();

private:
    QString siteCopy();
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
    QCoreApplication::setOrganizationName(u"RacksideTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

// The example site, copied so that lease files and saves stay out of the tree.
QString TestMainWindow::siteCopy()
{
    static int n = 0;
    const QString path = m_dir.filePath(u"site-%1.json"_s.arg(++n));
    const QString example = QStringLiteral(RACKSIDE_TEST_DATA "/site/example.json");
    if (QFile::exists(example)) {
        QFile::copy(example, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    Site::Document site;
    site.interfaceName = u"eth1"_s;
    site.dhcpMode = Site::DhcpMode::Serve;
    site.subnetAddress = QHostAddress(u"10.0.0.0"_s);
    site.subnetPrefix = 24;
    site.ranges.append({QHostAddress(u"10.0.0.100"_s), QHostAddress(u"10.0.0.199"_s)});
    site.serverAddress = QHostAddress(u"10.0.0.1"_s);
    QString error;
    if (!Site::SiteFile::save(site, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestMainWindow::opensWithoutSite()
{
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.sitePath().isEmpty());
    QCOMPARE(window.site().dhcpMode, Site::DhcpMode::Off);
    QVERIFY(!window.isWindowModified());

    QVERIFY(child<QToolBar>(&window, u"mainToolBar"_s));
    auto *startStop = child<QAction>(&window, u"startStopAction"_s);
    QVERIFY(startStop);
    QCOMPARE(startStop->text(), u"Start"_s);
    QVERIFY(child<Ui::InterfacePicker>(&window, u"interfacePicker"_s));
    auto *mode = child<Ui::DhcpModePicker>(&window, u"dhcpModePicker"_s);
    QVERIFY(mode);
    QCOMPARE(mode->mode(), Site::DhcpMode::Off);
    QCOMPARE(mode->count(), 4); // serve, proxy, Macs only (BSDP), off
    auto *status = child<Ui::ServiceIndicator>(&window, u"dhcpStatus"_s);
    QVERIFY(status);
    QCOMPARE(status->light(), Ui::ServiceIndicator::Light::Off);
    QCOMPARE(status->text(), u"DHCP off"_s);
    auto *list = child<Ui::EventListView>(&window, u"eventList"_s);
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 0);
    QCOMPARE(list->model()->columnCount(), 6);
    QVERIFY(!list->placeholderText().isEmpty());
    QVERIFY(child<QLineEdit>(&window, u"eventFilter"_s));
    QVERIFY(child<QLabel>(&window, u"statusMessage"_s));
    for (const QString &action : {u"openSiteAction"_s, u"saveSiteAction"_s, u"saveSiteAsAction"_s, u"quitAction"_s})
        QVERIFY2(child<QAction>(&window, action), qPrintable(action));
}

void TestMainWindow::interfacesSayWhyNot()
{
    Ui::InterfacePicker picker;
    const auto *items = qobject_cast<const QStandardItemModel *>(picker.model());
    QVERIFY(items);
    QVERIFY(picker.currentInterfaceName().isEmpty()); // none chosen: a placeholder
    QVERIFY(!items->item(0)->isEnabled());

    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const int row = picker.findData(iface.name(), Qt::UserRole);
        QVERIFY2(row >= 0, qPrintable(iface.name()));
        const QString reason = Ui::InterfacePicker::unusableReason(iface);
        QCOMPARE(items->item(row)->isEnabled(), reason.isEmpty());
        QCOMPARE(picker.isUsable(iface.name()), reason.isEmpty());
        if (iface.flags().testFlag(QNetworkInterface::IsLoopBack))
            QCOMPARE(reason, u"loopback"_s);
        if (!reason.isEmpty())
            QVERIFY(picker.itemText(row).contains(reason));
    }

    picker.setCurrentInterfaceName(u"nosuch0"_s);
    QCOMPARE(picker.currentInterfaceName(), u"nosuch0"_s);
    QVERIFY(!picker.isUsable(u"nosuch0"_s));
    QVERIFY(picker.currentText().contains(u"not on this machine"_s));
}

void TestMainWindow::opensSite()
{
    const QString path = siteCopy();
    const auto expected = Site::SiteFile::load(path);
    QVERIFY(expected.document);

    Ui::MainWindow window;
    QVERIFY(window.openSite(path));
    QCOMPARE(window.sitePath(), path);
    QCOMPARE(window.site(), *expected.document);
    QVERIFY(window.windowTitle().startsWith(QFileInfo(path).fileName()));
    QCOMPARE(child<Ui::DhcpModePicker>(&window, u"dhcpModePicker"_s)->mode(), expected.document->dhcpMode);
    QCOMPARE(child<Ui::InterfacePicker>(&window, u"interfacePicker"_s)->currentInterfaceName(),
             expected.document->interfaceName);
    QCOMPARE(child<Ui::ServiceIndicator>(&window, u"dhcpStatus"_s)->text(), u"DHCP stopped · port 67"_s);
}

void TestMainWindow::eventsShowAsRows()
{
    Ui::MainWindow window;
    window.show();
    QAbstractItemModel *rows = child<Ui::EventListView>(&window, u"eventList"_s)->model();
    window.eventLog()->append(bootEvent(1));
    window.eventLog()->append(bootEvent(2));
    window.eventLog()->append(bootEvent(3, Severity::Failure));
    QTRY_COMPARE(rows->rowCount(), 3); // after the log's batch interval
    QCOMPARE(rows->index(0, Ui::EventListModel::Mac).data().toString(), u"52:54:00:12:34:01"_s);
    QCOMPARE(rows->index(2, Ui::EventListModel::Details).data().toString(), u"boot request 3"_s);
    QVERIFY(rows->index(2, 0).data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!rows->index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(child<QLabel>(&window, u"eventCounts"_s)->text(), u"3 events  ·  3 machines"_s);
}

void TestMainWindow::filterByMac()
{
    Ui::MainWindow window;
    QAbstractItemModel *rows = child<Ui::EventListView>(&window, u"eventList"_s)->model();
    for (int i = 1; i <= 5; ++i)
        window.eventLog()->append(bootEvent(i));
    window.eventLog()->flush();
    auto *filter = child<QLineEdit>(&window, u"eventFilter"_s);
    filter->setText(u"52:54:00:12:34:04"_s);
    QCOMPARE(rows->rowCount(), 1);
    filter->setText(u"BOOT REQUEST"_s); // details, any case
    QCOMPARE(rows->rowCount(), 5);
    filter->setText(u"request 2"_s);
    QCOMPARE(rows->rowCount(), 1);
    filter->clear();
    QCOMPARE(rows->rowCount(), 5);
}

void TestMainWindow::followsNewRowsUntilScrolledUp()
{
    Ui::MainWindow window;
    window.resize(900, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The Log page, the way an operator opens it from the keyboard.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *pages = child<QTabWidget>(&window, u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"bootPage"_s);
    QTest::keyClick(&window, Qt::Key_L, Qt::AltModifier);
    auto *list = child<Ui::EventListView>(&window, u"eventList"_s);
    QTRY_VERIFY(list->isVisible());
    QScrollBar *bar = list->verticalScrollBar();

    const auto addBatch = [&](int count) {
        for (int i = 0; i < count; ++i)
            window.eventLog()->append(bootEvent(i));
        window.eventLog()->flush();
        QCoreApplication::processEvents();
    };
    addBatch(200);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    addBatch(50);
    QTRY_COMPARE(bar->value(), bar->maximum());

    bar->setValue(bar->maximum() / 2); // the operator reads something older
    QVERIFY(!list->followsNewRows());
    const int reading = bar->value();
    addBatch(50);
    QTest::qWait(50);
    QCOMPARE(bar->value(), reading);

    bar->setValue(bar->maximum()); // and comes back to the end
    QVERIFY(list->followsNewRows());
    addBatch(50);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestMainWindow::startAndStopWithDhcpOff()
{
    Ui::MainWindow window;
    auto *startStop = child<QAction>(&window, u"startStopAction"_s);
    QSignalSpy states(window.services(), &BootServices::stateChanged);
    startStop->trigger();
    QCOMPARE(states.size(), 2); // no boot tree, no DHCP: Starting, then Running at once
    QCOMPARE(states.at(0).at(0).value<BootServices::State>(), BootServices::State::Starting);
    QCOMPARE(states.at(1).at(0).value<BootServices::State>(), BootServices::State::Running);
    QCOMPARE(startStop->text(), u"Stop"_s);
    QVERIFY(!child<Ui::DhcpModePicker>(&window, u"dhcpModePicker"_s)->isEnabled());
    QVERIFY(!child<QAction>(&window, u"openSiteAction"_s)->isEnabled());
    QCOMPARE(child<QLabel>(&window, u"statusMessage"_s)->text(), u"DHCP off"_s);

    startStop->trigger();
    QCOMPARE(startStop->text(), u"Start"_s);
    QVERIFY(child<Ui::DhcpModePicker>(&window, u"dhcpModePicker"_s)->isEnabled());
    QCOMPARE(child<QLabel>(&window, u"statusMessage"_s)->text(), u"stopped"_s);
}

void TestMainWindow::servesOverLoopback()
{
    const QString path = siteCopy();
    QVERIFY(QDir(m_dir.path()).mkpath(u"boot-tree"_s)); // the site's boot tree: TFTP serves it
    Ui::MainWindow window;
    Services::RunOptions run = loopbackRun();
    run.tftpPort = sparePort();
    run.httpPort = spareTcpPort();
    window.setRunOptions(run);
    QVERIFY(window.openSite(path));
    auto *status = child<Ui::ServiceIndicator>(&window, u"dhcpStatus"_s);
    auto *tftp = child<Ui::ServiceIndicator>(&window, u"tftpStatus"_s);
    auto *http = child<Ui::ServiceIndicator>(&window, u"httpStatus"_s);
    QCOMPARE(tftp->text(), u"TFTP stopped · port %1"_s.arg(run.tftpPort));
    QCOMPARE(http->text(), u"HTTP stopped · port %1"_s.arg(run.httpPort));

    // TFTP's port taken: its light says so, DHCP's is not blamed.
    {
        QUdpSocket squatter;
        QVERIFY(squatter.bind(QHostAddress::LocalHost, run.tftpPort));
        child<QAction>(&window, u"startStopAction"_s)->trigger();
        QTRY_COMPARE(window.services()->state(), BootServices::State::Failed);
        QCOMPARE(tftp->light(), Ui::ServiceIndicator::Light::Failed);
        QCOMPARE(tftp->text(), u"TFTP failed · port %1"_s.arg(run.tftpPort));
        QCOMPARE(status->light(), Ui::ServiceIndicator::Light::Failed); // the run as a whole failed
        QCOMPARE(http->light(), Ui::ServiceIndicator::Light::Off);
    }
    // The same for HTTP's.
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, run.httpPort));
        child<QAction>(&window, u"startStopAction"_s)->trigger();
        QTRY_COMPARE(window.services()->state(), BootServices::State::Failed);
        QCOMPARE(http->light(), Ui::ServiceIndicator::Light::Failed);
        QCOMPARE(http->text(), u"HTTP failed · port %1"_s.arg(run.httpPort));
        QCOMPARE(tftp->light(), Ui::ServiceIndicator::Light::Off);
        QVERIFY2(window.services()->summary().contains(u"HTTP port %1 is in use"_s.arg(run.httpPort)),
                 qPrintable(window.services()->summary()));
    }

    child<QAction>(&window, u"startStopAction"_s)->trigger();
    QTRY_COMPARE(window.services()->state(), BootServices::State::Running);
    QCOMPARE(status->light(), Ui::ServiceIndicator::Light::On);
    QCOMPARE(status->text(), u"DHCP running · port %1"_s.arg(run.dhcpPort));
    QCOMPARE(tftp->light(), Ui::ServiceIndicator::Light::On);
    QCOMPARE(tftp->text(), u"TFTP running · port %1"_s.arg(run.tftpPort));
    QCOMPARE(http->light(), Ui::ServiceIndicator::Light::On);
    QCOMPARE(http->text(), u"HTTP running · port %1"_s.arg(run.httpPort));

    // A captured DISCOVER from a real client reaches the table.
    QFile discover(QStringLiteral(RACKSIDE_TEST_DATA "/dhcp/udhcpc-discover.bin"));
    QVERIFY2(discover.open(QIODevice::ReadOnly), qPrintable(discover.fileName()));
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, run.clientPort));
    client.writeDatagram(discover.readAll(), QHostAddress::LocalHost, run.dhcpPort);
    QAbstractItemModel *rows = child<Ui::EventListView>(&window, u"eventList"_s)->model();
    const auto hasRow = [rows](const QString &protocol, const QString &kind) {
        for (int r = 0; r < rows->rowCount(); ++r) {
            if (rows->index(r, Ui::EventListModel::Protocol).data() == protocol
                && rows->index(r, Ui::EventListModel::Event).data() == kind)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(hasRow(u"DHCP"_s, u"DISCOVER"_s));
    QTRY_VERIFY(hasRow(u"DHCP"_s, u"OFFER"_s));
    QVERIFY(hasRow(u"Rackside"_s, u"started"_s));
}

void TestMainWindow::otherServersOfferProxyMode()
{
    const QString path = siteCopy();
    Ui::MainWindow window;
    window.setRunOptions(loopbackRun());
    QVERIFY(window.openSite(path));
    window.show();

    // What BootServices says when its check finds another server.
    Dhcp::RogueCheck::Finding finding;
    finding.server = QHostAddress(u"10.0.0.254"_s);
    finding.offered = QHostAddress(u"10.0.0.57"_s);
    Q_EMIT window.services()->otherServersFound({finding});
    Q_EMIT window.services()->stateChanged(BootServices::State::Failed, u"another DHCP server answers"_s);

    auto *dialog = window.findChild<Ui::OtherServersDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *servers = child<QListWidget>(dialog, u"serverList"_s);
    QCOMPARE(servers->count(), 1);
    QVERIFY(servers->item(0)->text().contains(u"10.0.0.254"_s));
    QCOMPARE(child<Ui::ServiceIndicator>(&window, u"dhcpStatus"_s)->light(), Ui::ServiceIndicator::Light::Failed);

    child<QPushButton>(dialog, u"useProxyButton"_s)->click();
    QCOMPARE(window.site().dhcpMode, Site::DhcpMode::Proxy);
    QCOMPARE(child<Ui::DhcpModePicker>(&window, u"dhcpModePicker"_s)->mode(), Site::DhcpMode::Proxy);
    QVERIFY(window.isWindowModified());
    QTRY_COMPARE(window.services()->state(), BootServices::State::Running); // restarted as proxy
    QVERIFY(child<Ui::ServiceIndicator>(&window, u"dhcpStatus"_s)->text().startsWith(u"proxyDHCP running"_s));
}

void TestMainWindow::otherServersCancel()
{
    const QString path = siteCopy();
    Ui::MainWindow window;
    QVERIFY(window.openSite(path));
    window.show();
    Q_EMIT window.services()->otherServersFound({Dhcp::RogueCheck::Finding{}});
    Q_EMIT window.services()->stateChanged(BootServices::State::Failed, u"another DHCP server answers"_s);
    auto *dialog = window.findChild<Ui::OtherServersDialog *>();
    QVERIFY(dialog);
    QSignalSpy chosen(dialog, &Ui::OtherServersDialog::chosen);
    child<QPushButton>(dialog, u"cancelButton"_s)->click();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<Ui::OtherServersDialog::Choice>(), Ui::OtherServersDialog::Choice::Cancel);
    QCOMPARE(window.site().dhcpMode, Site::DhcpMode::Serve);
    QCOMPARE(window.services()->state(), BootServices::State::Stopped);
    QCOMPARE(child<QAction>(&window, u"startStopAction"_s)->text(), u"Start"_s);
}

void TestMainWindow::savesInterfaceAndMode()
{
    const QString path = siteCopy();
    Ui::MainWindow window;
    QVERIFY(window.openSite(path));
    auto *mode = child<Ui::DhcpModePicker>(&window, u"dhcpModePicker"_s);
    const int proxy = mode->findData(int(Site::DhcpMode::Proxy));
    mode->setCurrentIndex(proxy);
    Q_EMIT mode->activated(proxy); // as when the operator picks it
    QVERIFY(window.isWindowModified());

    auto *interfaces = child<Ui::InterfacePicker>(&window, u"interfacePicker"_s);
    QString usable;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (interfaces->isUsable(iface.name()))
            usable = iface.name();
    }
    if (!usable.isEmpty()) {
        const int row = interfaces->findData(usable, Qt::UserRole);
        interfaces->setCurrentIndex(row);
        Q_EMIT interfaces->activated(row);
        QCOMPARE(window.site().interfaceName, usable);
        QCOMPARE(QSettings().value(u"network/lastInterface"_s).toString(), usable);
    }

    child<QAction>(&window, u"saveSiteAction"_s)->trigger();
    QVERIFY(!window.isWindowModified());
    const auto saved = Site::SiteFile::load(path);
    QVERIFY(saved.document);
    QCOMPARE(saved.document->dhcpMode, Site::DhcpMode::Proxy);
    QCOMPARE(*saved.document, window.site());
}

void TestMainWindow::remembersLastSite()
{
    const QString path = siteCopy();
    QByteArray panes;
    {
        Ui::MainWindow window;
        window.resize(700, 500); // inside the offscreen screen, 800x600
        window.show();
        QVERIFY(window.openSite(path));
        auto *splitter = child<QSplitter>(&window, u"menusSplitter"_s);
        splitter->setSizes({300, 100, 200});
        panes = splitter->saveState();
        QVERIFY(window.close());
    }
    QVERIFY(QSettings().contains(u"window/geometry"_s));
    Ui::MainWindow again;
    QCOMPARE(again.sitePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(again.size(), QSize(700, 500));
    QCOMPARE(child<QSplitter>(&again, u"menusSplitter"_s)->saveState(), panes);
}

void TestMainWindow::importsReferenceDhcpdConf()
{
    // The deploy host's dhcpd.conf this product was born from: its
    // addresses are blank, so names and MACs come in and nothing fails.
    Ui::MainWindow window;
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.importHosts(QStringLiteral(RACKSIDE_TEST_DATA "/reference-dhcpd.conf"), true));
    const QAbstractItemModel *hosts = window.hostsPage()->model();
    QCOMPARE(hosts->rowCount(), 9);
    QCOMPARE(window.site().hosts.size(), 9);
    QCOMPARE(window.site().hosts.first().hostname, u"mp"_s);
    QCOMPARE(window.site().hosts.first().mac.toString(), u"00:23:32:2f:40:3c"_s);
    QVERIFY(window.site().hosts.first().ip.isNull());
    QVERIFY(window.isWindowModified());
    QCOMPARE(child<QTabWidget>(&window, u"pages"_s)->currentWidget(), window.hostsPage());
    // One import, one undo step.
    window.siteEditor()->undo();
    QCOMPARE(hosts->rowCount(), 0);
    QVERIFY(window.site().hosts.isEmpty());
}

void TestMainWindow::laneBecomesHost()
{
    Ui::MainWindow window;
    const Net::MacAddress mac = *Net::MacAddress::parse(u"52:54:00:12:34:57"_s);
    Q_EMIT window.bootPage()->addHostRequested(mac, u"x64 UEFI"_s);
    QCOMPARE(window.site().hosts.size(), 1);
    QCOMPARE(window.site().hosts.first().mac, mac);
    QVERIFY2(window.site().hosts.first().notes.contains(u"x64 UEFI"_s), qPrintable(window.site().hosts.first().notes));
    Q_EMIT window.bootPage()->addHostRequested(mac, u"x64 UEFI"_s); // already a host: nothing new
    QCOMPARE(window.site().hosts.size(), 1);
}

void TestMainWindow::recentSitesAndNewSite()
{
    const QString a = siteCopy();
    const QString b = siteCopy();
    Ui::MainWindow window;
    QVERIFY(window.openSite(a));
    QVERIFY(window.openSite(b));
    QVERIFY(window.openSite(a)); // again: moves to the top, not listed twice
    QCOMPARE(window.recentSites(),
             (QStringList{QFileInfo(a).absoluteFilePath(), QFileInfo(b).absoluteFilePath()}));
    auto *menu = child<QMenu>(&window, u"recentSitesMenu"_s);
    window.fillRecentMenu();
    QList<QAction *> entries;
    for (QAction *action : menu->actions())
        if (action->text().size() > 1 && action->text().at(0) == u'&' && action->text().at(1).isDigit())
            entries << action; // "&1 site.json  (/dir)"
    QCOMPARE(entries.size(), 2);
    QVERIFY2(entries.at(1)->text().contains(QFileInfo(b).fileName()), qPrintable(entries.at(1)->text()));
    entries.at(1)->trigger();
    QCOMPARE(window.sitePath(), QFileInfo(b).absoluteFilePath());

    // File > New site, from the keyboard.
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence::New);
    QCOMPARE(window.sitePath(), QString());
    QVERIFY(window.site().hosts.isEmpty());
}

QTEST_MAIN(TestMainWindow)
// Settings > Language is kept for the next start; each language the console
// ships is compiled in and speaks, and the English plurals say "1 event".
void TestMainWindow::speaksTheChosenLanguage()
{
    Ui::MainWindow window;
    QMenu *menu = window.findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 5); // the system's, English, Deutsch, Français, 简体中文
    QVERIFY(child<QAction>(&window, u"language_system"_s)->isChecked());
    child<QAction>(&window, u"language_fr"_s)->trigger();
    QCOMPARE(Ui::LanguageChoice::chosen(), u"fr"_s);
    QCOMPARE(Ui::LanguageChoice::locale().language(), QLocale::French);
    QCOMPARE(Ui::LanguageChoice::locale(u"de"_s).language(), QLocale::German); // --language wins
    child<QAction>(&window, u"language_system"_s)->trigger();
    QCOMPARE(Ui::LanguageChoice::chosen(), QString());

    const struct {
        const char *code;
        const char *file; // "&File" in that language
    } expected[] = {{"de", "&Datei"}, {"fr", "&Fichier"}, {"zh_CN", "文件(&F)"}};
    for (const auto &e : expected) {
        const QList<QTranslator *> installed = Ui::LanguageChoice::install(QLocale(QString::fromLatin1(e.code)));
        QVERIFY2(!installed.isEmpty(), e.code);
        QCOMPARE(QCoreApplication::translate("Ui::MainWindow", "&File"), QString::fromUtf8(e.file));
        // Plurals with the language's forms.
        QVERIFY(QCoreApplication::translate("Ui::MainWindow", "%n events", nullptr, 1)
                != QCoreApplication::translate("Ui::MainWindow", "%n events", nullptr, 2).replace(u'2', u'1')
                || QByteArrayView(e.code) == "zh_CN");
        for (QTranslator *t : installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    const QList<QTranslator *> english = Ui::LanguageChoice::install(QLocale(QLocale::English));
    QCOMPARE(QCoreApplication::translate("Ui::MainWindow", "%n events", nullptr, 1), u"1 event"_s);
    QCOMPARE(QCoreApplication::translate("Ui::MainWindow", "%n events", nullptr, 3), u"3 events"_s);
    for (QTranslator *t : english) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// An edit on the Menus page is the window's site (and unsaved), and Edit >
// Undo takes it back whichever page made it.
void TestMainWindow::menusPageEditsReachTheSite()
{
    Ui::MainWindow window;
    QVERIFY(window.openSite(siteCopy()));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.showPage(u"menus"_s));
    Ui::MenusPage *page = window.menusPage();
    const int menus = int(window.site().menus.size());
    page->addMenu();
    QCOMPARE(window.site().menus.size(), menus + 1);
    QVERIFY(window.isWindowModified());
    QAction *undo = child<QAction>(&window, u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    // Saving keeps the history: the steps can still be undone. (A menu
    // without entries, or an entry without a kernel, cannot be saved.)
    page->addEntry();
    Site::MenuEntry entry = page->model()->menus().at(menus).entries.at(0);
    entry.kernel = u"linux"_s;
    page->model()->setEntry(menus, 0, entry);
    // The example's host names a menu ("profile") of a site without menus:
    // with a menu in the site, that must be a real one.
    QVERIFY(!window.site().hosts.at(0).menu.isEmpty());
    window.hostsPage()->model()->setMenuOfHosts({0}, QString());
    {
        QString error;
        QVERIFY2(Site::SiteFile::save(window.site(), m_dir.filePath(u"probe.json"_s), &error), qPrintable(error));
    }
    child<QAction>(&window, u"saveSiteAction"_s)->trigger();
    QVERIFY(!window.isWindowModified());
    QVERIFY(undo->isEnabled());
    QCOMPARE(page->currentMenu(), menus); // still on the new menu
    for (int step = 0; step < 4; ++step)
        undo->trigger();
    QCOMPARE(window.site().menus.size(), menus);
    QVERIFY(!window.site().hosts.at(0).menu.isEmpty());
    QVERIFY(!window.showPage(u"nowhere"_s));
}

#include "tst_mainwindow.moc"
