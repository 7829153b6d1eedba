// SPDX-License-Identifier: GPL-3.0-or-later
// Images::ImageImport end to end on disk: an ISO made by xorriso, a netboot
// tarball, a kernel and initrd on their own; the copies and their SHA-256,
// progress, cancel (nothing left behind), duplicates refused, the Debian
// netinst ISO refused until paired with a netboot initrd, a guess refused
// until confirmed. Then SiteImages and the site file's "images" key.
#include "isofixture.h"
#include "images/imageimport.h"
#include "images/siteimages.h"
#include "sitefile/sitefile.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Images::ImageImport;
using Images::ImportRequest;

namespace {

QString sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QStringList leftovers(const QString &images)
{
    return QDir(images).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestImageImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fedora, m_debianIso, m_unknownIso, m_netboot;

    QString tree() const { return m_dir.filePath(u"tree"_s); }

    QString makeIso(const QString &name, const QMap<QString, QString> &copies, const QMap<QString, QByteArray> &files)
    {
        const QString payload = m_dir.filePath(name + u"-payload"_s);
        for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
            QDir().mkpath(QFileInfo(payload + u'/' + it.key()).absolutePath());
            if (!QFile::copy(it.value(), payload + u'/' + it.key()))
                return {};
        }
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!IsoFixture::writeFile(payload + u'/' + it.key(), it.value()))
                return {};
        }
        const QString iso = m_dir.filePath(name + u".iso"_s);
        QString output;
        if (!IsoFixture::xorriso({u"-as"_s, u"mkisofs"_s, u"-R"_s, u"-J"_s, u"-o"_s, iso, payload}, m_dir.path(), &output))
            qWarning("%s", qPrintable(output));
        return iso;
    }

    ImportRequest request(const QStringList &sources) const
    {
        ImportRequest r;
        r.sources = sources;
        r.bootTree = tree();
        r.siteFolder = m_dir.path();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString k = IsoFixture::debianKernel(), i = IsoFixture::debianInitrd();
        m_fedora = makeIso(u"fedora"_s, {{u"images/pxeboot/vmlinuz"_s, k}, {u"images/pxeboot/initrd.img"_s, i}},
                           {{u".treeinfo"_s, "[release]\nname = Fedora\nversion = 41\n[tree]\narch = x86_64\n"},
                            {u"repodata/repomd.xml"_s, "<repomd/>"}});
        m_debianIso = makeIso(u"debian"_s, {{u"install.amd/vmlinuz"_s, k}, {u"install.amd/initrd.gz"_s, i}},
                              {{u".disk/info"_s, "Debian GNU/Linux 13.1.0 \"Trixie\" - Official amd64 NETINST 20250906"}});
        m_unknownIso = makeIso(u"unknown"_s, {{u"boot/bzImage"_s, k}, {u"boot/initramfs.cpio.gz"_s, i}}, {});
        QVERIFY(QFileInfo(m_fedora).size() > 0 && QFileInfo(m_debianIso).size() > 0 && QFileInfo(m_unknownIso).size() > 0);
        m_netboot = m_dir.filePath(u"netboot.tar.gz"_s);
        QProcess tar;
        tar.start(u"tar"_s, {u"-czhf"_s, m_netboot, u"-C"_s, u"/usr/lib/debian-installer/images/13/amd64/text"_s, u"."_s});
        QVERIFY(tar.waitForFinished(120'000) && tar.exitCode() == 0);
    }

    void importsAnIso()
    {
        ImportRequest r = request({m_fedora});
        r.answerFiles = {u"ks.cfg"_s};
        ImageImport import(r);
        QVERIFY2(import.inspect(), qPrintable(import.error()));
        QCOMPARE(import.name(), u"fedora-41-x86_64"_s);
        QList<Images::ImportProgress> seen;
        std::atomic_bool cancel = false;
        QVERIFY2(import.run([&](const Images::ImportProgress &p) { seen.append(p); }, cancel), qPrintable(import.error()));

        const QString folder = tree() + u"/images/fedora-41-x86_64"_s;
        QCOMPARE(sha256(folder + u"/vmlinuz"_s), sha256(IsoFixture::debianKernel()));
        QCOMPARE(sha256(folder + u"/initrd.img"_s), sha256(IsoFixture::debianInitrd()));
        QFile sums(folder + u"/SHA256SUMS"_s);
        QVERIFY(sums.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(sums.readAll()), sha256(IsoFixture::debianKernel()) + u"  vmlinuz\n"_s
                                                        + sha256(IsoFixture::debianInitrd()) + u"  initrd.img\n"_s);
        QCOMPARE(leftovers(tree() + u"/images"_s), QStringList{u"fedora-41-x86_64"_s});

        const qint64 total = QFileInfo(IsoFixture::debianKernel()).size() + QFileInfo(IsoFixture::debianInitrd()).size();
        QVERIFY(seen.size() > 10);
        for (qsizetype n = 1; n < seen.size(); ++n)
            QVERIFY(seen.at(n).bytes >= seen.at(n - 1).bytes && seen.at(n).files >= seen.at(n - 1).files);
        QCOMPARE(seen.last().bytes, total);
        QCOMPARE(seen.last().totalBytes, total);
        QCOMPARE(seen.last().files, 2);

        const Site::Image image = import.image();
        QCOMPARE(image.source, Site::Image::Source::Iso);
        QCOMPARE(image.file, QFileInfo(m_fedora).absoluteFilePath());
        QCOMPARE(image.distribution, u"redhat"_s);
        QCOMPARE(image.kernel, u"images/fedora-41-x86_64/vmlinuz"_s);
        QCOMPARE(image.initrds, QStringList{u"images/fedora-41-x86_64/initrd.img"_s});
        QVERIFY(image.kernelVersion.contains(u"-amd64"_s));
        QCOMPARE(image.initrdCompression, u"gzip"_s);
        QCOMPARE(image.sha256.value(image.kernel), sha256(IsoFixture::debianKernel()));
        QCOMPARE(image.size, QFileInfo(m_fedora).size());
        const Site::MenuEntry entry = import.entry();
        QCOMPARE(entry.title, u"Install Fedora 41 x86_64"_s);
        QCOMPARE(entry.arguments, u"inst.repo=http://{server}/iso/fedora-41-x86_64 inst.ks=http://{server}/answers/ks.cfg "
                                  "inst.ks.sendmac"_s);

        // The same ISO again, under any name, and another image under its name.
        ImportRequest again = request({m_fedora});
        again.existing = {image};
        ImageImport twice(again);
        QVERIFY(!twice.inspect());
        QVERIFY2(twice.error().contains(u"already imported, as fedora-41-x86_64"_s), qPrintable(twice.error()));
        ImportRequest sameName = request({m_unknownIso});
        sameName.existing = {image};
        sameName.acceptGuess = true;
        sameName.name = u"fedora-41-x86_64"_s;
        ImageImport clash(sameName);
        QVERIFY(!clash.inspect());
        QVERIFY2(clash.error().contains(u"already imported"_s), qPrintable(clash.error()));
        // A folder of that name in the boot tree that the site does not know.
        ImageImport onDisk(request({m_fedora}));
        QVERIFY(!onDisk.inspect());
        QVERIFY2(onDisk.error().contains(u"images/fedora-41-x86_64"_s), qPrintable(onDisk.error()));
    }

    void cancelLeavesNothing()
    {
        ImportRequest r = request({m_fedora});
        r.name = u"cancelled"_s;
        ImageImport import(r);
        QVERIFY(import.inspect());
        std::atomic_bool cancel = false;
        int calls = 0;
        QVERIFY(!import.run(
            [&](const Images::ImportProgress &p) {
                ++calls;
                if (p.bytes > 20 << 20)
                    cancel = true;
            },
            cancel));
        QVERIFY(import.cancelled());
        QVERIFY(calls > 10);
        QVERIFY(!QFileInfo::exists(tree() + u"/images/cancelled"_s));
        for (const QString &name : leftovers(tree() + u"/images"_s))
            QVERIFY2(!name.contains(u"cancelled"_s), qPrintable(name));
    }

    void debianIsoNeedsItsNetbootInitrd()
    {
        ImageImport refused(request({m_debianIso}));
        QVERIFY(!refused.inspect());
        QVERIFY2(refused.error().contains(u"netboot"_s), qPrintable(refused.error()));
        QVERIFY(!QFileInfo::exists(tree() + u"/images/debian-13.1.0-amd64"_s));

        ImportRequest paired = request({m_debianIso});
        paired.initrd = IsoFixture::debianInitrd();
        ImageImport import(paired);
        QVERIFY2(import.inspect(), qPrintable(import.error()));
        std::atomic_bool cancel = false;
        QVERIFY2(import.run({}, cancel), qPrintable(import.error()));
        QCOMPARE(import.image().initrds, QStringList{u"images/debian-13.1.0-amd64/initrd.gz"_s});
        QCOMPARE(sha256(tree() + u"/images/debian-13.1.0-amd64/initrd.gz"_s), sha256(IsoFixture::debianInitrd()));
    }

    void guessNeedsConfirmation()
    {
        ImageImport refused(request({m_unknownIso}));
        QVERIFY(!refused.inspect());
        QVERIFY2(refused.error().contains(u"boot/bzImage"_s), qPrintable(refused.error()));
        ImportRequest confirmed = request({m_unknownIso});
        confirmed.acceptGuess = true;
        confirmed.name = u"custom"_s;
        ImageImport import(confirmed);
        QVERIFY2(import.inspect(), qPrintable(import.error()));
        std::atomic_bool cancel = false;
        QVERIFY(import.run({}, cancel));
        QCOMPARE(import.image().kernel, u"images/custom/bzImage"_s);
    }

    void netbootArchiveAndLooseFiles()
    {
        ImageImport netboot(request({m_netboot}));
        QVERIFY2(netboot.inspect(), qPrintable(netboot.error()));
        std::atomic_bool cancel = false;
        QVERIFY(netboot.run({}, cancel));
        QCOMPARE(netboot.image().source, Site::Image::Source::Archive);
        QCOMPARE(netboot.image().kernel, u"images/debian-13-amd64/linux"_s);
        QCOMPARE(netboot.entry().arguments, QString());
        QCOMPARE(sha256(tree() + u"/images/debian-13-amd64/linux"_s), sha256(IsoFixture::debianKernel()));

        ImportRequest loose = request({IsoFixture::debianKernel(), IsoFixture::debianInitrd()});
        loose.name = u"loose"_s;
        ImageImport files(loose);
        QVERIFY2(files.inspect(), qPrintable(files.error()));
        QVERIFY(files.run({}, cancel));
        QCOMPARE(files.image().source, Site::Image::Source::Files);
        QCOMPARE(files.image().file, QString());
        QCOMPARE(files.image().initrds, QStringList{u"images/loose/initrd.gz"_s});

        ImageImport backwards(request({IsoFixture::debianInitrd(), IsoFixture::debianKernel()}));
        QVERIFY(!backwards.inspect());
        QVERIFY2(backwards.error().contains(u"kernel first"_s), qPrintable(backwards.error()));
    }

    // Ubuntu installs from its ISO file (url=): a folder of its files cannot.
    void needsTheIsoItself()
    {
        const QString folder = m_dir.filePath(u"ubuntu-folder"_s);
        QVERIFY(IsoFixture::writeFile(folder + u"/casper/vmlinuz"_s, "k"));
        QVERIFY(IsoFixture::writeFile(folder + u"/casper/initrd"_s, "i"));
        ImageImport import(request({folder}));
        QVERIFY(!import.inspect());
        QVERIFY2(import.error().contains(u"import the ISO itself"_s), qPrintable(import.error()));
    }

    // An image names its own files: ".treeinfo" saying /SOMEWHERE/secret
    // means the image's SOMEWHERE/secret, never the operator's file; odd
    // names become plain copy names.
    void pathsStayInsideTheImage()
    {
        const QString secret = m_dir.filePath(u"operator-secret.txt"_s);
        QVERIFY(IsoFixture::writeFile(secret, "the operator's own file\n"));
        const QString inImage = secret.mid(1); // the same path, inside the image
        const QString iso = makeIso(
            u"hostile"_s, {{u"images/pxeboot/vmlinuz"_s, IsoFixture::debianKernel()}},
            {{inImage, "the image's file\n"},
             {u"images/pxeboot/initrd img;x,y"_s, "odd initrd\n"},
             {u".treeinfo"_s, "[release]\nname = Evil\nversion = 1\n[tree]\narch = x86_64\n[images-x86_64]\n"
                              "kernel = ../../../../" + IsoFixture::debianKernel().toUtf8() + "\ninitrd = " + secret.toUtf8() + "\n"}});
        ImageImport import(request({iso}));
        QVERIFY2(import.inspect(), qPrintable(import.error()));
        QCOMPARE(import.installer().kernel, u"images/pxeboot/vmlinuz"_s); // "../" names nothing: the default path
        QCOMPARE(import.installer().initrds, QStringList{inImage});
        std::atomic_bool cancel = false;
        QVERIFY2(import.run({}, cancel), qPrintable(import.error()));
        QFile copy(tree() + u"/images/evil-1-x86_64/operator-secret.txt"_s);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), "the image's file\n"_ba);

        const QString odd = makeIso(u"odd"_s, {{u"images/pxeboot/vmlinuz"_s, IsoFixture::debianKernel()}},
                                    {{u"images/pxeboot/initrd img;x,y"_s, "odd initrd\n"},
                                     {u".treeinfo"_s, "[release]\nname = Odd\nversion = 1\n[tree]\narch = x86_64\n"
                                                      "[images-x86_64]\ninitrd = images/pxeboot/initrd img;x,y\n"}});
        ImageImport oddImport(request({odd}));
        QVERIFY2(oddImport.inspect(), qPrintable(oddImport.error()));
        QVERIFY(oddImport.run({}, cancel));
        QCOMPARE(oddImport.image().initrds, QStringList{u"images/odd-1-x86_64/initrd_img_x_y"_s});
    }

    void removeCopiesNeverFollowsALink()
    {
        const QString elsewhere = m_dir.filePath(u"elsewhere"_s);
        QVERIFY(IsoFixture::writeFile(elsewhere + u"/keep.txt"_s, "keep"));
        QVERIFY(QDir().mkpath(tree() + u"/images"_s));
        QVERIFY(QFile::link(elsewhere, tree() + u"/images/linked"_s));
        QVERIFY(Images::SiteImages::removeCopies(tree(), u"linked"_s));
        QVERIFY(!QFileInfo(tree() + u"/images/linked"_s).isSymLink());
        QVERIFY(QFileInfo::exists(elsewhere + u"/keep.txt"_s));
        QVERIFY(!Images::SiteImages::removeCopies(tree(), u"../elsewhere"_s));
        QVERIFY(QFileInfo::exists(elsewhere + u"/keep.txt"_s));
    }

    // Ubuntu's NoCloud reads meta-data beside user-data: the import adds it.
    void noCloudGetsMetaData()
    {
        Site::Document site;
        site.answerFiles.append({u"user-data"_s, u"#cloud-config\nautoinstall:\n  version: 1\n"_s, QString()});
        Site::Image image;
        image.name = u"ubuntu"_s;
        image.file = u"ubuntu-24.04.1-live-server-amd64.iso"_s;
        image.kernel = u"images/ubuntu/vmlinuz"_s;
        Images::SiteImages::add(site, image, {u"ubuntu"_s, u"Install Ubuntu"_s, image.kernel, {},
                                              u"autoinstall ds=nocloud-net;s=http://{server}/answers/"_s});
        QVERIFY(site.answerFileByName(u"meta-data"_s));
        QVERIFY(site.answerFileByName(u"meta-data"_s)->text.contains(u"instance-id"_s));
        const QList<Site::Problem> problems = Site::SiteFile::validate(site);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    }

    void siteImages()
    {
        Site::Document site;
        Site::Menu menu;
        menu.name = u"install"_s;
        menu.entries.append({u"rescue"_s, u"Rescue"_s, u"rescue/linux"_s, {}, QString()});
        site.menus.append(menu);
        Site::Image image;
        image.name = u"fedora-41-x86_64"_s;
        image.file = u"isos/Fedora-41.iso"_s;
        image.distribution = u"redhat"_s;
        image.title = u"Fedora 41 x86_64"_s;
        image.kernel = u"images/fedora-41-x86_64/vmlinuz"_s;
        image.initrds = {u"images/fedora-41-x86_64/initrd.img"_s};
        image.sha256 = {{image.kernel, u"ab"_s}};
        image.size = 5'000'000'000;
        const Site::MenuEntry entry{image.name, u"Install Fedora"_s, image.kernel, image.initrds, u"inst.repo=x"_s};
        QCOMPARE(Images::SiteImages::add(site, image, entry), u"install"_s);
        Site::Host host;
        host.mac = Net::MacAddress::parse(u"52:54:00:00:00:01").value();
        host.hostname = u"web1"_s;
        host.menu = u"install/fedora-41-x86_64"_s;
        site.hosts.append(host);
        QCOMPARE(Images::SiteImages::entriesUsing(site, image.name), QStringList{u"install/fedora-41-x86_64"_s});

        // Written and read back as it was; a broken entry names its field.
        const auto parsed = Site::SiteFile::parse(Site::SiteFile::serialize(site), u"site.json"_s);
        QVERIFY(parsed.document);
        QCOMPARE(parsed.document->images, site.images);
        QByteArray broken = Site::SiteFile::serialize(site);
        broken.replace("\"source\": \"iso\"", "\"source\": \"dvd\"");
        const auto refused = Site::SiteFile::parse(broken, u"site.json"_s);
        QVERIFY(!refused.document);
        QVERIFY2(refused.problems.value(0).toString().contains(u"images[0].source"_s),
                 qPrintable(refused.problems.value(0).toString()));

        QCOMPARE(Images::SiteImages::remove(site, image.name), QStringList{u"install/fedora-41-x86_64"_s});
        QVERIFY(site.images.isEmpty());
        QCOMPARE(site.menus.first().entries.size(), 1);
        QCOMPARE(site.hosts.first().menu, u"install"_s);

        // A menu that only booted the image goes with it, and the site still saves.
        Site::Document alone;
        QCOMPARE(Images::SiteImages::add(alone, image, entry), u"install"_s);
        alone.defaultMenu = u"install"_s;
        alone.hosts = {host};
        QVERIFY(Site::SiteFile::validate(alone).isEmpty());
        Images::SiteImages::remove(alone, image.name);
        QVERIFY(alone.menus.isEmpty());
        QCOMPARE(alone.defaultMenu, QString());
        QCOMPARE(alone.hosts.first().menu, QString());
        QVERIFY2(Site::SiteFile::validate(alone).isEmpty(), qPrintable(Site::SiteFile::validate(alone).value(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestImageImport)
#include "tst_imageimport.moc"
