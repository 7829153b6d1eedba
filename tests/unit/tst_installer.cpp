// SPDX-License-Identifier: GPL-3.0-or-later
// Images::Installer::detect on each distribution's layout (the marker files
// and version files as the distributions write them), through a folder and
// through an ISO and a netboot tarball; the fallback that finds a kernel by
// its header; and KernelImage / InitrdImage on the Debian installer's real
// kernel and initrd and on initrds packed every way distributions pack them.
#include "isofixture.h"
#include "images/imagetree.h"
#include "images/initrdimage.h"
#include "images/installer.h"
#include "images/kernelimage.h"
#include "iso/isoarchive.h"

#include <KCompressionDevice>
#include <KTar>

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Images::InitrdImage;
using Images::Installer;

namespace {

using Files = QMap<QString, QByteArray>;

bool makeTree(const QString &root, const Files &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!IsoFixture::writeFile(root + u'/' + it.key(), it.value()))
            return false;
    }
    return true;
}

// One newc cpio archive holding @p names (empty files), with its trailer,
// padded to 512 bytes as cpio and dracut pad it.
QByteArray cpio(const QStringList &names)
{
    QByteArray out;
    auto entry = [&](const QByteArray &name, int mode) {
        const QByteArray header = "070701" + QByteArray::number(1, 16).rightJustified(8, '0')
                                  + QByteArray::number(mode, 16).rightJustified(8, '0') + QByteArray(8 * 4, '0')
                                  + QByteArray(8, '0') // file size
                                  + QByteArray(8 * 4, '0')
                                  + QByteArray::number(name.size() + 1, 16).rightJustified(8, '0') + QByteArray(8, '0');
        out += header + name + '\0';
        while (out.size() % 4)
            out += '\0';
    };
    for (const QString &name : names)
        entry(name.toUtf8(), 0100644);
    entry("TRAILER!!!", 0);
    while (out.size() % 512)
        out += '\0';
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray compress(const QByteArray &data, KCompressionDevice::CompressionType type)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    KCompressionDevice device(&buffer, false, type);
    device.open(QIODevice::WriteOnly);
    device.write(data);
    device.close();
    return buffer.data();
}

} // namespace

class TestInstaller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QStringList>("initrds");
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<bool>("canBoot");

        const QByteArray productmd = "[header]\ntype = productmd.treeinfo\nversion = 1.2\n\n[release]\nname = Fedora\n"
                                     "short = Fedora\nversion = 41\n\n[tree]\narch = x86_64\n\n[images-x86_64]\n"
                                     "kernel = images/pxeboot/vmlinuz\ninitrd = images/pxeboot/initrd.img\n";
        QTest::newRow("Fedora DVD (productmd .treeinfo, packages)")
            << Files{{u".treeinfo"_s, productmd}, {u"images/pxeboot/vmlinuz"_s, "k"}, {u"images/pxeboot/initrd.img"_s, "i"},
                     {u"Packages/a.rpm"_s, "p"}, {u"repodata/repomd.xml"_s, "r"}}
            << int(Installer::Family::RedHat) << u"Fedora 41 x86_64"_s << u"images/pxeboot/vmlinuz"_s
            << QStringList{u"images/pxeboot/initrd.img"_s} << u"inst.repo={tree}"_s << true;
        QTest::newRow("RHEL 7 boot.iso (old [general] .treeinfo, no packages)")
            << Files{{u".treeinfo"_s, "[general]\nfamily = Red Hat Enterprise Linux\nversion = 7.9\narch = x86_64\n"},
                     {u"images/pxeboot/vmlinuz"_s, "k"}, {u"images/pxeboot/initrd.img"_s, "i"}}
            << int(Installer::Family::RedHat) << u"Red Hat Enterprise Linux 7.9 x86_64"_s << u"images/pxeboot/vmlinuz"_s
            << QStringList{u"images/pxeboot/initrd.img"_s} << u"inst.stage2={tree}"_s << true;
        QTest::newRow("Ubuntu live server")
            << Files{{u".disk/info"_s, "Ubuntu-Server 24.04.1 LTS \"Noble Numbat\" - Release amd64 (20240827.1)"},
                     {u"casper/vmlinuz"_s, "k"}, {u"casper/initrd"_s, "i"}}
            << int(Installer::Family::Ubuntu) << u"Ubuntu Server 24.04.1 amd64"_s << u"casper/vmlinuz"_s
            << QStringList{u"casper/initrd"_s}
            << u"ip=dhcp url={iso} root=/dev/ram0 ramdisk_size=1500000 cloud-config-url=/dev/null"_s << true;
        QTest::newRow("Debian netboot tree")
            << Files{{u"version.info"_s, "Debian version:  13 (trixie)\nInstaller build: 20250803\n"},
                     {u"debian-installer/amd64/linux"_s, "k"}, {u"debian-installer/amd64/initrd.gz"_s, "i"},
                     {u"pxelinux.0"_s, "p"}}
            << int(Installer::Family::Debian) << u"Debian 13 amd64"_s << u"debian-installer/amd64/linux"_s
            << QStringList{u"debian-installer/amd64/initrd.gz"_s} << QString() << true;
        QTest::newRow("Debian netinst ISO (its initrd wants the CD)")
            << Files{{u".disk/info"_s, "Debian GNU/Linux 13.1.0 \"Trixie\" - Official amd64 NETINST with firmware 20250906-10:22"},
                     {u"install.amd/vmlinuz"_s, "k"}, {u"install.amd/initrd.gz"_s, "i"}}
            << int(Installer::Family::Debian) << u"Debian 13.1.0 amd64"_s << u"install.amd/vmlinuz"_s
            << QStringList{u"install.amd/initrd.gz"_s} << QString() << false;
        QTest::newRow("Debian live")
            << Files{{u".disk/info"_s, "Debian GNU/Linux Live 13.1.0 \"Trixie\" - amd64 20250906"},
                     {u"live/vmlinuz-6.12.43+deb13-amd64"_s, "k"}, {u"live/initrd.img-6.12.43+deb13-amd64"_s, "i"},
                     {u"live/filesystem.squashfs"_s, "s"}}
            << int(Installer::Family::DebianLive) << u"Debian GNU/Linux Live 13.1.0 amd64"_s
            << u"live/vmlinuz-6.12.43+deb13-amd64"_s << QStringList{u"live/initrd.img-6.12.43+deb13-amd64"_s}
            << u"boot=live components fetch={tree}/live/filesystem.squashfs"_s << true;
        QTest::newRow("openSUSE Leap (linuxrc)")
            << Files{{u"media.1/products"_s, "/ openSUSE-Leap 15.6-1\n"}, {u"boot/x86_64/loader/linux"_s, "k"},
                     {u"boot/x86_64/loader/initrd"_s, "i"}}
            << int(Installer::Family::OpenSuse) << u"openSUSE Leap 15.6 x86_64"_s << u"boot/x86_64/loader/linux"_s
            << QStringList{u"boot/x86_64/loader/initrd"_s} << u"install={tree}"_s << true;
        QTest::newRow("Arch Linux (older, microcode beside)")
            << Files{{u"arch/version"_s, "2024.06.01\n"}, {u"arch/boot/x86_64/vmlinuz-linux"_s, "k"},
                     {u"arch/boot/x86_64/initramfs-linux.img"_s, "i"}, {u"arch/boot/intel-ucode.img"_s, "u"},
                     {u"arch/boot/amd-ucode.img"_s, "u"}}
            << int(Installer::Family::Arch) << u"Arch Linux 2024.06.01 x86_64"_s << u"arch/boot/x86_64/vmlinuz-linux"_s
            << QStringList{u"arch/boot/intel-ucode.img"_s, u"arch/boot/amd-ucode.img"_s,
                           u"arch/boot/x86_64/initramfs-linux.img"_s}
            << u"archisobasedir=arch archiso_http_srv={tree}/ ip=dhcp"_s << true;
        QTest::newRow("Alpine")
            << Files{{u".alpine-release"_s, "3.20.3\n"}, {u"boot/vmlinuz-lts"_s, "k"}, {u"boot/initramfs-lts"_s, "i"},
                     {u"boot/modloop-lts"_s, "m"}, {u"apks/x86_64/APKINDEX.tar.gz"_s, "a"}}
            << int(Installer::Family::Alpine) << u"Alpine Linux 3.20.3 x86_64"_s << u"boot/vmlinuz-lts"_s
            << QStringList{u"boot/initramfs-lts"_s} << u"ip=dhcp modules=loop,squashfs modloop={tree}/boot/modloop-lts alpine_repo={tree}/apks"_s
            << true;
        QTest::newRow("a Red Hat tree without its kernel")
            << Files{{u".treeinfo"_s, productmd}} << int(Installer::Family::RedHat) << u"Fedora 41 x86_64"_s
            << QString() << QStringList() << u"inst.stage2={tree}"_s << false;
    }

    void detect()
    {
        QFETCH(Files, files);
        QFETCH(int, family);
        QFETCH(QString, title);
        QFETCH(QString, kernel);
        QFETCH(QStringList, initrds);
        QFETCH(QString, arguments);
        QFETCH(bool, canBoot);
        const QString root = m_dir.filePath(u"detect-"_s + QString::fromLatin1(QTest::currentDataTag()).left(24).replace(u' ', u'_'));
        QVERIFY(makeTree(root, files));
        const Installer found = Installer::detect(*Images::ImageTree::ofFolder(root));
        QCOMPARE(int(found.family), family);
        QCOMPARE(found.title(), title);
        QCOMPARE(found.kernel, kernel);
        QCOMPARE(found.initrds, initrds);
        if (!arguments.isNull())
            QCOMPARE(found.arguments, arguments);
        QCOMPARE(found.canBoot(), canBoot);
        QVERIFY(!found.guessed);
        QVERIFY(found.documentation.startsWith(u"https://"_s));
        if (!canBoot)
            QVERIFY(!found.problem.isEmpty());

        // The same layout as an ISO made by xorriso, with the Debian
        // installer's real kernel and initrd where the layout keeps them:
        // detected the same through IsoArchive, and read back byte-identical.
        if (kernel.isEmpty())
            return;
        QStringList args{u"-as"_s, u"mkisofs"_s, u"-R"_s, u"-J"_s, u"-graft-points"_s};
        const QString iso = root + u".iso"_s;
        args << u"-o"_s << iso;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key() != kernel && !initrds.contains(it.key()))
                args << u'/' + it.key() + u'=' + root + u'/' + it.key();
        }
        args << u'/' + kernel + u'=' + IsoFixture::debianKernel();
        for (const QString &initrd : initrds)
            args << u'/' + initrd + u'=' + IsoFixture::debianInitrd();
        QString output;
        QVERIFY2(IsoFixture::xorriso(args, m_dir.path(), &output), qPrintable(output));
        Iso::IsoArchive archive(iso);
        QVERIFY2(archive.open(QIODevice::ReadOnly), qPrintable(archive.errorString()));
        const auto isoTree = Images::ImageTree::ofArchive(archive.directory());
        const Installer onIso = Installer::detect(*isoTree);
        QCOMPARE(int(onIso.family), family);
        QCOMPARE(onIso.title(), title);
        QCOMPARE(onIso.kernel, kernel);
        QCOMPARE(onIso.initrds, initrds);
        QCOMPARE(onIso.arguments, found.arguments);
        QCOMPARE(isoTree->read(kernel, 64 << 20), fileBytes(IsoFixture::debianKernel()));
        for (const QString &initrd : initrds)
            QCOMPARE(isoTree->read(initrd, 64 << 20), fileBytes(IsoFixture::debianInitrd()));
        QFile::remove(iso);
    }

    // Through the archives that carry them: an ISO (IsoArchive) and a
    // netboot tarball (KTar) with the Debian installer's real files.
    void throughArchives()
    {
        const QString payload = m_dir.filePath(u"iso-payload"_s);
        QVERIFY(makeTree(payload, {{u".treeinfo"_s, "[general]\nfamily = CentOS Stream\nversion = 9\narch = x86_64\n"},
                                   {u"BaseOS/repodata/repomd.xml"_s, "r"}}));
        QVERIFY(QDir().mkpath(payload + u"/images/pxeboot"_s));
        QVERIFY(QFile::copy(IsoFixture::debianKernel(), payload + u"/images/pxeboot/vmlinuz"_s));
        QVERIFY(QFile::copy(IsoFixture::debianInitrd(), payload + u"/images/pxeboot/initrd.img"_s));
        QString output;
        const QString iso = m_dir.filePath(u"centos.iso"_s);
        QVERIFY2(IsoFixture::xorriso({u"-as"_s, u"mkisofs"_s, u"-R"_s, u"-J"_s, u"-o"_s, iso, payload}, m_dir.path(), &output),
                 qPrintable(output));
        Iso::IsoArchive archive(iso);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const Installer centos = Installer::detect(*Images::ImageTree::ofArchive(archive.directory()));
        QCOMPARE(centos.title(), u"CentOS Stream 9 x86_64"_s);
        QCOMPARE(centos.arguments, u"inst.repo={tree}"_s);
        QVERIFY(centos.canBoot());

        // debian-installer-13-netboot-amd64 is netboot.tar.gz unpacked: pack it again.
        const QString tarball = m_dir.filePath(u"netboot.tar.gz"_s);
        QProcess tar;
        tar.start(u"tar"_s, {u"-czhf"_s, tarball, u"-C"_s, u"/usr/lib/debian-installer/images/13/amd64/text"_s, u"."_s});
        QVERIFY(tar.waitForFinished(120'000) && tar.exitCode() == 0);
        KTar netboot(tarball);
        QVERIFY2(netboot.open(QIODevice::ReadOnly), qPrintable(netboot.errorString()));
        const Installer debian = Installer::detect(*Images::ImageTree::ofArchive(netboot.directory()));
        QCOMPARE(int(debian.family), int(Installer::Family::Debian));
        QCOMPARE(debian.kernel, u"debian-installer/amd64/linux"_s);
        QCOMPARE(debian.version, u"13"_s);
        QVERIFY(debian.canBoot());
        QCOMPARE(debian.slug(), u"debian-13-amd64"_s);
    }

    // Nothing it knows: a kernel found by its boot header, an initrd by name.
    void guessesByHeader()
    {
        const QString root = m_dir.filePath(u"unknown"_s);
        QVERIFY(makeTree(root, {{u"boot/kernel-notes.txt"_s, "not a kernel"}, {u"boot/initrd-custom.img"_s, "i"}}));
        QVERIFY(QFile::copy(IsoFixture::debianKernel(), root + u"/boot/linux-custom"_s));
        const Installer found = Installer::detect(*Images::ImageTree::ofFolder(root));
        QVERIFY(!found.isKnown());
        QVERIFY(found.guessed);
        QCOMPARE(found.kernel, u"boot/linux-custom"_s);
        QCOMPARE(found.initrds, QStringList{u"boot/initrd-custom.img"_s});
    }

    void folderTreeIsConfined()
    {
        const QString root = m_dir.filePath(u"confined"_s);
        QVERIFY(makeTree(root, {{u"inside.txt"_s, "in"}}));
        QVERIFY(makeTree(m_dir.filePath(u"outside"_s), {{u"secret.txt"_s, "out"}}));
        QVERIFY(QFile::link(m_dir.filePath(u"outside/secret.txt"_s), root + u"/link.txt"_s));
        const auto tree = Images::ImageTree::ofFolder(root);
        QCOMPARE(tree->read(u"inside.txt"_s), "in"_ba);
        QVERIFY(!tree->isFile(u"link.txt"_s));
        QVERIFY(!tree->isFile(u"../outside/secret.txt"_s));
        QVERIFY(tree->read(u"../outside/secret.txt"_s).isEmpty());
    }

    void kernelVersion()
    {
        QFile kernel(IsoFixture::debianKernel());
        QVERIFY(kernel.open(QIODevice::ReadOnly));
        const Images::KernelImage image = Images::KernelImage::inspect(kernel);
        QVERIFY(image.isLinux);
        // What `file` prints for it: "Linux kernel x86 boot executable, bzImage, version 6.12..."
        QVERIFY2(image.release().contains(u"-amd64"_s), qPrintable(image.version));
        QVERIFY(image.release().at(0).isDigit());
        QFile initrd(IsoFixture::debianInitrd());
        QVERIFY(initrd.open(QIODevice::ReadOnly));
        QVERIFY(!Images::KernelImage::inspect(initrd).isLinux);
        QBuffer empty;
        empty.open(QIODevice::ReadOnly);
        QVERIFY(!Images::KernelImage::inspect(empty).isLinux);
    }

    void initrdCompression_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("description");
        const QByteArray main = cpio({u"init"_s, u"bin/sh"_s});
        const QByteArray early = cpio({u"kernel/x86/microcode/GenuineIntel.bin"_s});
        QFile real(IsoFixture::debianInitrd());
        QVERIFY(real.open(QIODevice::ReadOnly));
        QTest::newRow("Debian's initrd.gz") << real.read(2 << 20) << u"gzip"_s;
        QTest::newRow("gzip") << compress(main, KCompressionDevice::GZip) << u"gzip"_s;
        QTest::newRow("xz") << compress(main, KCompressionDevice::Xz) << u"xz"_s;
        QTest::newRow("zstd") << compress(main, KCompressionDevice::Zstd) << u"zstd"_s;
        QTest::newRow("bzip2") << compress(main, KCompressionDevice::BZip2) << u"bzip2"_s;
        QTest::newRow("uncompressed") << main << u"none"_s;
        QTest::newRow("microcode, then zstd (Fedora, Arch)")
            << early + compress(main, KCompressionDevice::Zstd) << u"microcode + zstd"_s;
        QTest::newRow("microcode, then xz") << early + compress(main, KCompressionDevice::Xz) << u"microcode + xz"_s;
        QTest::newRow("lz4 (by magic only)") << QByteArray("\x02\x21\x4c\x18rest") << u"lz4"_s;
        QTest::newRow("gzip of something else") << compress("not an archive", KCompressionDevice::GZip)
                                                << u"gzip (not a cpio archive)"_s;
        QTest::newRow("garbage") << QByteArray("garbage!") << u"unknown"_s;
        QTest::newRow("empty") << QByteArray() << u"unknown"_s;
    }

    void initrdCompression()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, description);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(InitrdImage::inspect(buffer).description(), description);
    }
};

QTEST_GUILESS_MAIN(TestInstaller)
#include "tst_installer.moc"
