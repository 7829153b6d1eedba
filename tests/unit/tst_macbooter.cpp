// SPDX-License-Identifier: GPL-3.0-or-later
// Rackside's GRUB booter for Macs: grub-mkimage from the installed
// grub-efi-amd64-bin makes a valid x64 EFI application whose embedded config
// names the Mac's per-MAC grub.cfg on this server; rebuilt only when needed.
#include "boot/efiimage.h"
#include "boot/macbooter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using Boot::MacBooter;

class TestMacBooter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsAValidEfiImage();
    void rebuildsOnlyWhenNeeded();
    void saysWhatIsMissing();
};

void TestMacBooter::buildsAValidEfiImage()
{
    QTemporaryDir dir;
    const QHostAddress server(u"10.77.0.1"_s);
    const auto r = MacBooter::build(dir.filePath(u"mac-booter"_s), server);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.rebuilt);
    QFile f(r.directory + u'/' + MacBooter::path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray image = f.readAll();
    qInfo("booter: %lld bytes, built in %lld ms", qint64(image.size()), r.elapsedMs);
    // PE32+: MZ, the PE signature, machine x86-64, subsystem EFI application.
    QVERIFY(image.startsWith("MZ"));
    const quint32 pe = qFromLittleEndian<quint32>(image.constData() + 0x3c);
    QCOMPARE(image.mid(pe, 4), QByteArray("PE\0\0", 4));
    QCOMPARE(qFromLittleEndian<quint16>(image.constData() + pe + 4), quint16(0x8664));
    const int optional = int(pe) + 24;
    QCOMPARE(qFromLittleEndian<quint16>(image.constData() + optional), quint16(0x20b)); // PE32+
    QCOMPARE(qFromLittleEndian<quint16>(image.constData() + optional + 68), quint16(10)); // EFI application
    f.seek(0);
    QCOMPARE(Boot::EfiImage::inspect(f).kind, Boot::EfiImage::Kind::Grub);
    // The embedded config is in the image as it was written.
    const QByteArray config = MacBooter::embeddedConfig(server).toUtf8();
    QVERIFY(image.contains(config));
    QVERIFY(config.contains("net_bootp"));
    QVERIFY(config.contains("configfile \"$prefix/grub.cfg-01-$m1-$m2-$m3-$m4-$m5-$m6\""));
    QVERIFY(config.startsWith("set net_default_server=10.77.0.1\neval '"));
    // The rescue parser runs it: two lines, the logic in one eval.
    QCOMPARE(config.count('\n'), 2);
    QCOMPARE(config.count('\''), 2);
    QVERIFY(image.contains("(tftp,10.77.0.1)/boot/grub"));
}

void TestMacBooter::rebuildsOnlyWhenNeeded()
{
    QTemporaryDir dir;
    const QHostAddress server(u"10.0.0.1"_s);
    const QString folder = dir.filePath(u"b"_s);
    QVERIFY(MacBooter::build(folder, server).rebuilt);
    const auto again = MacBooter::build(folder, server);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QVERIFY(!again.rebuilt);
    // Another address is another config: rebuilt.
    const auto other = MacBooter::build(folder, QHostAddress(u"10.0.0.2"_s));
    QVERIFY(other.rebuilt);
    QFile f(other.directory + u'/' + MacBooter::path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("(tftp,10.0.0.2)"));
    // A booter deleted behind our back comes back.
    QVERIFY(QFile::remove(other.directory + u'/' + MacBooter::path()));
    QVERIFY(MacBooter::build(folder, QHostAddress(u"10.0.0.2"_s)).rebuilt);
    QCOMPARE(MacBooter::directoryBeside(u"/c/rackside/loaders"_s, server), u"/c/rackside/mac-booter/10.0.0.1"_s);
}

void TestMacBooter::saysWhatIsMissing()
{
    QTemporaryDir dir;
    MacBooter::Sources noGrub;
    noGrub.grubLibrary = dir.filePath(u"none"_s);
    auto r = MacBooter::build(dir.filePath(u"a"_s), QHostAddress(u"10.0.0.1"_s), noGrub);
    QVERIFY(r.error.contains(u"install grub-efi-amd64-bin"_s));
    MacBooter::Sources noTool;
    noTool.grubMkimage = u"/nonexistent/grub-mkimage"_s;
    r = MacBooter::build(dir.filePath(u"b"_s), QHostAddress(u"10.0.0.1"_s), noTool);
    QVERIFY2(r.error.contains(u"cannot run /nonexistent/grub-mkimage (package grub-common)"_s), qPrintable(r.error));
    QVERIFY(!QFile::exists(dir.filePath(u"b/"_s) + MacBooter::path()));
}

QTEST_GUILESS_MAIN(TestMacBooter)
#include "tst_macbooter.moc"
