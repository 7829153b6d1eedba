// SPDX-License-Identifier: GPL-3.0-or-later
// GRUB for proxy mode: grub-mkimage from the installed grub-pc-bin and
// grub-efi-amd64-bin makes core.0 (PXE) and core.efi (PE32+) with
// Rackside's address in the prefix; ServedFiles serves them over the boot
// tree's and the loader tree's images in proxy mode only, and says so.
#include "boot/proxyloaders.h"
#include "boot/servedfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using Boot::ProxyLoaders;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestProxyLoaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsBothImagesWithTheAddress();
    void rebuildsOnlyWhenNeeded();
    void skipsMissingPlatformsAndNamesFailures();
    void servedOverTheTreesInProxyModeOnly();
};

void TestProxyLoaders::buildsBothImagesWithTheAddress()
{
    QTemporaryDir dir;
    const auto r = ProxyLoaders::build(dir.filePath(u"proxy"_s), QHostAddress(u"10.77.0.1"_s));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
    QVERIFY(r.rebuilt);
    const QByteArray pxe = readAll(r.directory + u"/boot/grub/i386-pc/core.0"_s);
    const QByteArray efi = readAll(r.directory + u"/boot/grub/x86_64-efi/core.efi"_s);
    qInfo("core.0 %lld bytes, core.efi %lld bytes", qint64(pxe.size()), qint64(efi.size()));
    // i386-pc-pxe: GRUB's pxeboot.img, then the LZMA-compressed core, which
    // holds the prefix (so it is not readable here: the e2e proxy test sees
    // GRUB use it). Another address makes another image.
    const QByteArray pxeboot = readAll(u"/usr/lib/grub/i386-pc/pxeboot.img"_s);
    QVERIFY(!pxeboot.isEmpty());
    QVERIFY(pxe.startsWith(pxeboot));
    QVERIFY(pxe.size() > pxeboot.size() + 20000);
    const auto other = ProxyLoaders::build(dir.filePath(u"other"_s), QHostAddress(u"10.77.0.2"_s));
    QVERIFY(other.errors.isEmpty());
    QVERIFY(readAll(other.directory + u"/boot/grub/i386-pc/core.0"_s) != pxe);
    QVERIFY(efi.startsWith("MZ"));
    const quint32 pe = qFromLittleEndian<quint32>(efi.constData() + 0x3c);
    QCOMPARE(efi.mid(pe, 4), QByteArray("PE\0\0", 4));
    QVERIFY(efi.contains("(tftp,10.77.0.1)/boot/grub"));
    // The embedded config (rescue parser: plain commands) is in the EFI image as written.
    const QByteArray config = ProxyLoaders::embeddedConfig(QHostAddress(u"10.77.0.1"_s)).toUtf8();
    QCOMPARE(config, QByteArray("set net_default_server=10.77.0.1\nset fw_path=(tftp,10.77.0.1)/boot/grub\n"));
    QVERIFY(efi.contains(config));
    // The card drivers grub-mknetdir builds in.
    QCOMPARE(ProxyLoaders::loaders(QHostAddress(u"10.77.0.1"_s)).at(0).recipe.modules.first(), u"pxe"_s);
    QCOMPARE(ProxyLoaders::loaders(QHostAddress(u"10.77.0.1"_s)).at(1).recipe.modules.first(), u"efinet"_s);
}

void TestProxyLoaders::rebuildsOnlyWhenNeeded()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"p"_s);
    QVERIFY(ProxyLoaders::build(folder, QHostAddress(u"10.0.0.1"_s)).rebuilt);
    const auto again = ProxyLoaders::build(folder, QHostAddress(u"10.0.0.1"_s));
    QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u'\n')));
    QVERIFY(!again.rebuilt);
    QVERIFY(QFile::remove(folder + u"/boot/grub/i386-pc/core.0"_s));
    QVERIFY(ProxyLoaders::build(folder, QHostAddress(u"10.0.0.1"_s)).rebuilt);
    QVERIFY(ProxyLoaders::build(folder, QHostAddress(u"10.0.0.2"_s)).rebuilt);
    QVERIFY(readAll(folder + u"/boot/grub/x86_64-efi/core.efi"_s).contains("(tftp,10.0.0.2)/boot/grub"));
    QCOMPARE(ProxyLoaders::directoryBeside(u"/c/rackside/loaders"_s, QHostAddress(u"10.0.0.1"_s)),
             u"/c/rackside/proxy-loaders/10.0.0.1"_s);
}

void TestProxyLoaders::skipsMissingPlatformsAndNamesFailures()
{
    QTemporaryDir dir;
    Boot::GrubImage::Sources none;
    none.grubLibrary = dir.filePath(u"none"_s);
    auto r = ProxyLoaders::build(dir.filePath(u"a"_s), QHostAddress(u"10.0.0.1"_s), none);
    QVERIFY(r.errors.isEmpty()); // the loader tree already names the missing packages
    QVERIFY(!QFile::exists(dir.filePath(u"a/boot/grub/i386-pc/core.0"_s)));
    Boot::GrubImage::Sources noTool;
    noTool.grubMkimage = u"/nonexistent/grub-mkimage"_s;
    r = ProxyLoaders::build(dir.filePath(u"b"_s), QHostAddress(u"10.0.0.1"_s), noTool);
    QCOMPARE(r.errors.size(), 2);
    QVERIFY2(r.errors.first().contains(u"boot/grub/i386-pc/core.0"_s), qPrintable(r.errors.first()));
    QVERIFY2(r.errors.first().contains(u"cannot run /nonexistent/grub-mkimage (package grub-common)"_s),
             qPrintable(r.errors.first()));
}

void TestProxyLoaders::servedOverTheTreesInProxyModeOnly()
{
    QTemporaryDir dir;
    // A boot tree and a loader tree, each with a core.0 of its own.
    QVERIFY(writeFile(dir.filePath(u"tree/boot/grub/i386-pc/core.0"_s), "the tree's core.0"));
    QVERIFY(writeFile(dir.filePath(u"cache/loaders/boot/grub/x86_64-efi/core.efi"_s), "the loaders' core.efi"));
    const QString loaders = dir.filePath(u"cache/loaders"_s);
    Site::Document site;
    site.bootTree = dir.filePath(u"tree"_s);
    const QHostAddress server(u"10.77.0.1"_s);
    const auto contents = [](const std::shared_ptr<const Boot::FileSource> &files, const QString &path) {
        Boot::OpenedFile f = files->open(path, {});
        return f.ok() ? f.device->readAll() : QByteArray();
    };

    site.dhcpMode = Site::DhcpMode::Serve;
    QStringList warnings;
    auto files = Boot::ServedFiles::create(site, dir.filePath(u"site.json"_s), loaders, server, &warnings);
    QCOMPARE(contents(files, u"boot/grub/i386-pc/core.0"_s), QByteArray("the tree's core.0"));
    QCOMPARE(contents(files, u"boot/grub/x86_64-efi/core.efi"_s), QByteArray("the loaders' core.efi"));
    QVERIFY(warnings.isEmpty());

    site.dhcpMode = Site::DhcpMode::Proxy;
    files = Boot::ServedFiles::create(site, dir.filePath(u"site.json"_s), loaders, server, &warnings);
    QCOMPARE(contents(files, u"boot/grub/i386-pc/core.0"_s),
             readAll(dir.filePath(u"cache/proxy-loaders/10.77.0.1/boot/grub/i386-pc/core.0"_s)));
    QVERIFY(contents(files, u"boot/grub/x86_64-efi/core.efi"_s).contains("(tftp,10.77.0.1)/boot/grub"));
    // GRUB's modules in proxy mode come from the loader tree, whose GRUB the image was built from.
    QVERIFY(writeFile(dir.filePath(u"tree/boot/grub/i386-pc/normal.mod"_s), "the tree's normal.mod"));
    QVERIFY(writeFile(dir.filePath(u"cache/loaders/boot/grub/i386-pc/normal.mod"_s), "the loaders' normal.mod"));
    warnings.clear();
    files = Boot::ServedFiles::create(site, dir.filePath(u"site.json"_s), loaders, server, &warnings);
    QCOMPARE(contents(files, u"boot/grub/i386-pc/normal.mod"_s), QByteArray("the loaders' normal.mod"));
    QCOMPARE(warnings.size(), 1); // the tree's GRUB for BIOS is not served
    QVERIFY2(warnings.first().contains(u"its own GRUB in boot/grub/i386-pc"_s), qPrintable(warnings.first()));
    // Without a loader tree nothing is built, and nothing is said.
    warnings.clear();
    files = Boot::ServedFiles::create(site, dir.filePath(u"site.json"_s), QString(), server, &warnings);
    QCOMPARE(contents(files, u"boot/grub/i386-pc/core.0"_s), QByteArray("the tree's core.0"));
    QVERIFY(warnings.isEmpty());

    site.dhcpMode = Site::DhcpMode::Bsdp; // PCs boot from the other server
    files = Boot::ServedFiles::create(site, dir.filePath(u"site.json"_s), loaders, server);
    QCOMPARE(contents(files, u"boot/grub/i386-pc/core.0"_s), QByteArray("the tree's core.0"));
}

QTEST_GUILESS_MAIN(TestProxyLoaders)
#include "tst_proxyloaders.moc"
