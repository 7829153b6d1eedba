// SPDX-License-Identifier: GPL-3.0-or-later
// The Images page in the console: an ISO dropped on the window is imported
// in the background (the GUI thread keeps running its timers meanwhile), the
// site is saved with the image and a menu entry, a second drop of the same
// ISO is refused politely, an import can be cancelled without leaving
// anything, and removing an image takes its entry and copies away. The
// table model passes QAbstractItemModelTester.
#include "../unit/isofixture.h"
#include "offscreen.h"

#include "imagespage.h"
#include "imagestablemodel.h"
#include "mainwindow.h"
#include "menusmodel.h"
#include "menuspage.h"
#include "sitefile/sitefile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include "netbootimagespane.h"
#include "netbootimagesmodel.h"
#include "hoststablemodel.h"
#include "hostspage.h"
#include <QAction>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const char SiteJson[] = R"({
  "version": 1,
  "bootTree": "tree",
  "menus": [ { "name": "install", "title": "Install", "default": "", "timeout": 5,
      "entries": [ { "name": "rescue", "title": "Rescue", "kernel": "rescue/linux", "initrds": [], "args": "" } ] } ],
  "hosts": []
}
)";

// Drops @p files on @p window as a file manager would.
void drop(QWidget *window, const QStringList &files)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls.append(QUrl::fromLocalFile(file));
    data.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &dropped);
}

// Clicks Yes on the next message box.
void answerYes()
{
    QTimer::singleShot(50, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
        else
            answerYes();
    });
}

} // namespace

class TestImagesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_iso, m_iso42;

    QString freshSite(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        IsoFixture::writeFile(folder + u"/site.json"_s, SiteJson);
        return folder + u"/site.json"_s;
    }

public:
    static void initMain() { useOffscreenPlatformUnlessSet(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RacksideTest"_s);
        QCoreApplication::setApplicationName(u"tst_imagespage"_s);
        QVERIFY(m_dir.isValid());
        const QString payload = m_dir.filePath(u"payload"_s);
        QVERIFY(QDir().mkpath(payload + u"/images/pxeboot"_s));
        QVERIFY(QFile::copy(IsoFixture::debianKernel(), payload + u"/images/pxeboot/vmlinuz"_s));
        QVERIFY(QFile::copy(IsoFixture::debianInitrd(), payload + u"/images/pxeboot/initrd.img"_s));
        QVERIFY(IsoFixture::writeFile(payload + u"/.treeinfo"_s,
                                      "[release]\nname = Fedora\nversion = 41\n[tree]\narch = x86_64\n"));
        QVERIFY(IsoFixture::writeFile(payload + u"/repodata/repomd.xml"_s, "<repomd/>"));
        m_iso = m_dir.filePath(u"Fedora-41.iso"_s);
        QString output;
        QVERIFY2(IsoFixture::xorriso({u"-as"_s, u"mkisofs"_s, u"-R"_s, u"-J"_s, u"-o"_s, m_iso, payload}, m_dir.path(),
                                     &output),
                 qPrintable(output));
        QVERIFY(IsoFixture::writeFile(payload + u"/.treeinfo"_s,
                                      "[release]\nname = Fedora\nversion = 42\n[tree]\narch = x86_64\n"));
        m_iso42 = m_dir.filePath(u"Fedora-42.iso"_s);
        QVERIFY2(IsoFixture::xorriso({u"-as"_s, u"mkisofs"_s, u"-R"_s, u"-J"_s, u"-o"_s, m_iso42, payload},
                                     m_dir.path(), &output),
                 qPrintable(output));
    }

    void init() { QSettings().clear(); } // no last site reopened

    void dropImportsInTheBackground()
    {
        const QString sitePath = freshSite(u"drop"_s);
        Ui::MainWindow window;
        QVERIFY(window.openSite(sitePath));
        // The GUI thread's timer keeps firing while the import reads and copies.
        QElapsedTimer clock;
        qint64 last = 0, worstGap = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] {
            worstGap = qMax(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        drop(&window, {m_iso});
        clock.start();
        tick.start();
        QCOMPARE(window.findChild<QTabWidget *>(u"pages"_s)->currentWidget()->objectName(), u"imagesPage"_s);
        QVERIFY(window.imagesPage()->isImporting());
        QTRY_VERIFY_WITH_TIMEOUT(!window.imagesPage()->isImporting(), 120'000);
        tick.stop();
        qInfo("import took %lld ms; the GUI thread was at most %lld ms late", qlonglong(clock.elapsed()),
              qlonglong(worstGap));
        QVERIFY2(worstGap < 250, qPrintable(u"the GUI thread stalled %1 ms"_s.arg(worstGap)));
        QVERIFY2(window.imagesPage()->statusText().contains(u"Imported Fedora 41 x86_64"_s),
                 qPrintable(window.imagesPage()->statusText()));

        // Saved at once (nothing else was unsaved), with the image and its entry.
        QVERIFY(!window.isWindowModified());
        const auto saved = Site::SiteFile::load(sitePath);
        QVERIFY(saved.document);
        QCOMPARE(saved.document->images.size(), 1);
        QCOMPARE(saved.document->images.first().file, m_iso); // not beside the site: absolute
        const Site::Menu *menu = saved.document->menuByName(u"install"_s);
        QVERIFY(menu && menu->entry(u"fedora-41-x86_64"_s));
        QCOMPARE(menu->entry(u"fedora-41-x86_64"_s)->arguments, u"inst.repo=http://{server}/iso/fedora-41-x86_64"_s);
        QVERIFY(QFileInfo::exists(QFileInfo(sitePath).absolutePath() + u"/tree/images/fedora-41-x86_64/vmlinuz"_s));
        // The pages show it: the Images table and the Menus page's model.
        QCOMPARE(window.imagesPage()->model()->rowCount(), 1);
        QCOMPARE(window.imagesPage()->model()->index(0, Ui::ImagesTableModel::Entries).data().toString(),
                 u"install/fedora-41-x86_64"_s);
        QCOMPARE(window.menusPage()->model()->menus().first().entries.size(), 2);

        // The same ISO again: refused, politely, and nothing changes.
        window.importImages({m_iso});
        QTRY_VERIFY_WITH_TIMEOUT(!window.imagesPage()->isImporting(), 60'000);
        QVERIFY2(window.imagesPage()->statusText().contains(u"already imported, as fedora-41-x86_64"_s),
                 qPrintable(window.imagesPage()->statusText()));
        QCOMPARE(Site::SiteFile::load(sitePath).document->images.size(), 1);

        // Removed with its entry and copies, the site saved.
        window.imagesPage()->view()->setCurrentIndex(window.imagesPage()->model()->index(0, 0));
        answerYes();
        auto *remove = window.imagesPage()->findChild<QPushButton *>(u"removeImageButton"_s);
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        QTRY_COMPARE(window.imagesPage()->model()->rowCount(), 0);
        const auto after = Site::SiteFile::load(sitePath);
        QVERIFY(after.document->images.isEmpty());
        QVERIFY(!after.document->menuByName(u"install"_s)->entry(u"fedora-41-x86_64"_s));
        QVERIFY(!QFileInfo::exists(QFileInfo(sitePath).absolutePath() + u"/tree/images/fedora-41-x86_64"_s));
    }

    // An Apple NBI folder dropped on the window becomes a Mac NetBoot image
    // (nothing copied), a GRUB image takes the next free index, a host can be
    // pinned to it, and removing it frees the host.
    void macNetbootImages()
    {
        const QString sitePath = freshSite(u"macs"_s);
        const QString nbi = QFileInfo(sitePath).absolutePath() + u"/HighSierra.nbi"_s;
        QVERIFY(QDir().mkpath(nbi + u"/i386"_s));
        QVERIFY(QFile::copy(QStringLiteral(RACKSIDE_TEST_DATA "/nbi/NBImageInfo.plist"), nbi + u"/NBImageInfo.plist"_s));
        Ui::MainWindow window;
        QVERIFY(window.openSite(sitePath));
        drop(&window, {nbi});
        QCOMPARE(window.findChild<QTabWidget *>(u"pages"_s)->currentWidget()->objectName(), u"imagesPage"_s);
        Ui::NetbootImagesPane *pane = window.imagesPage()->netbootPane();
        QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        QVERIFY(!window.imagesPage()->isImporting());
        QCOMPARE(pane->model()->index(0, Ui::NetbootImagesModel::Id).data().toString(), u"0x81001068"_s);
        QCOMPARE(pane->model()->index(0, Ui::NetbootImagesModel::Models).data().toString(),
                 u"MacBookPro11,1, Macmini7,1"_s);
        auto saved = Site::SiteFile::load(sitePath);
        QVERIFY2(saved.document, qPrintable(saved.problems.isEmpty() ? QString() : saved.problems.first().message));
        QCOMPARE(saved.document->netboot.images.size(), 1);
        QCOMPARE(saved.document->netboot.images.first().folder, u"HighSierra.nbi"_s);
        QCOMPARE(saved.document->netboot.images.first().booter, u"nbi/4200/i386/booter"_s);

        // The same folder again: refused with the reason, nothing changes.
        QTimer::singleShot(50, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        window.importImages({nbi});
        QCOMPARE(Site::SiteFile::load(sitePath).document->netboot.images.size(), 1);

        pane->addGrubImage(u"Rackside installers"_s);
        QTRY_COMPARE(pane->model()->rowCount(), 2);
        QCOMPARE(pane->model()->index(1, Ui::NetbootImagesModel::Booter).data().toString(), u"Rackside's GRUB"_s);
        saved = Site::SiteFile::load(sitePath);
        QCOMPARE(saved.document->netboot.images.at(1).index, 1);
        QCOMPARE(saved.document->netboot.images.at(1).booterPath(), u"boot/grub/x86_64-efi/mac.efi"_s);

        // Pinned in the Hosts page's column, shown here, dropped with the image.
        Ui::HostsTableModel *hosts = window.hostsPage()->model();
        Site::Host mp;
        mp.mac = *Net::MacAddress::parse(u"00:23:32:2f:40:3c");
        mp.hostname = u"mp"_s;
        const int row = hosts->addHost(mp);
        QVERIFY(hosts->setData(hosts->index(row, Ui::HostsTableModel::NetbootImage), u"Rackside installers"_s));
        QVERIFY(!window.hostsPage()->view()->isColumnHidden(Ui::HostsTableModel::NetbootImage));
        window.findChild<QAction *>(u"saveSiteAction"_s)->trigger();
        QTRY_VERIFY(!window.isWindowModified());
        QTRY_COMPARE(pane->model()->index(1, Ui::NetbootImagesModel::Pinned).data().toString(), u"mp"_s);
        pane->view()->setCurrentIndex(pane->model()->index(1, 0));
        answerYes();
        auto *remove = pane->findChild<QPushButton *>(u"removeNetbootImageButton"_s);
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        saved = Site::SiteFile::load(sitePath);
        QCOMPARE(saved.document->netboot.images.size(), 1);
        QCOMPARE(saved.document->hosts.first().netbootImage, QString());
    }

    // Two ISOs dropped together are two imports, one after the other.
    void severalImagesOneAfterAnother()
    {
        const QString sitePath = freshSite(u"two"_s);
        Ui::MainWindow window;
        QVERIFY(window.openSite(sitePath));
        QSignalSpy stopped(window.imagesPage(), &Ui::ImagesPage::importStopped);
        drop(&window, {m_iso, m_iso42});
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 120'000);
        QVERIFY(!window.imagesPage()->isImporting());
        const auto saved = Site::SiteFile::load(sitePath);
        QCOMPARE(saved.document->images.size(), 2);
        QCOMPARE(saved.document->images.at(0).name, u"fedora-41-x86_64"_s);
        QCOMPARE(saved.document->images.at(1).name, u"fedora-42-x86_64"_s);
        QCOMPARE(window.imagesPage()->model()->rowCount(), 2);
    }

    void cancelLeavesNothing()
    {
        const QString sitePath = freshSite(u"cancel"_s);
        Ui::MainWindow window;
        QVERIFY(window.openSite(sitePath));
        window.importImages({m_iso});
        QVERIFY(window.imagesPage()->isImporting());
        window.imagesPage()->cancelImport();
        QTRY_VERIFY_WITH_TIMEOUT(!window.imagesPage()->isImporting(), 60'000);
        QVERIFY2(window.imagesPage()->statusText().contains(u"cancelled"_s), qPrintable(window.imagesPage()->statusText()));
        const QString images = QFileInfo(sitePath).absolutePath() + u"/tree/images"_s;
        QCOMPARE(QDir(images).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(Site::SiteFile::load(sitePath).document->images.isEmpty());
        QVERIFY(!window.isWindowModified());
    }

    void unsavedSiteSaysSaveFirst()
    {
        Ui::MainWindow window;
        window.importImages({m_iso});
        QVERIFY(!window.imagesPage()->isImporting());
        QVERIFY2(window.imagesPage()->statusText().contains(u"Save the site first"_s),
                 qPrintable(window.imagesPage()->statusText()));
    }

    void modelPassesTheTester()
    {
        Site::Document site;
        Site::Menu menu;
        menu.name = u"install"_s;
        menu.entries.append({u"alma"_s, u"Install Alma"_s, u"images/alma-9/vmlinuz"_s, {u"images/alma-9/initrd.img"_s}, {}});
        site.menus.append(menu);
        Site::Image alma;
        alma.name = u"alma-9"_s;
        alma.title = u"AlmaLinux 9.4 x86_64"_s;
        alma.version = u"9.4"_s;
        alma.arch = u"x86_64"_s;
        alma.kernelVersion = u"5.14.0-427.13.1.el9_4.x86_64"_s;
        alma.initrdCompression = u"microcode + xz"_s;
        alma.size = 10'800'000'000;
        alma.file = u"/srv/iso/AlmaLinux-9.4-x86_64-dvd.iso"_s;
        alma.kernel = u"images/alma-9/vmlinuz"_s;
        Site::Image loose;
        loose.name = u"custom"_s;
        loose.source = Site::Image::Source::Files;
        site.images = {alma, loose};
        Site::SiteEditor editor;
        Ui::ImagesTableModel model(&editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.open(site, {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, Ui::ImagesTableModel::Distribution).data().toString(), u"AlmaLinux"_s);
        QCOMPARE(model.index(0, Ui::ImagesTableModel::Entries).data().toString(), u"install/alma"_s);
        QCOMPARE(model.index(0, Ui::ImagesTableModel::Initrd).data().toString(), u"microcode + xz"_s);
        QVERIFY(!model.index(0, Ui::ImagesTableModel::Size).data().toString().isEmpty());
        QCOMPARE(model.index(1, Ui::ImagesTableModel::Entries).data().toString(), u"none"_s);
        QCOMPARE(model.index(1, Ui::ImagesTableModel::Source).data().toString(), u"kernel and initrd"_s);
        editor.open({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestImagesPage)
#include "tst_imagespage.moc"
