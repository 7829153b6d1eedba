// SPDX-License-Identifier: GPL-3.0-or-later
// Apple NBI folders: NBImageInfo.plist as System Image Utility writes it,
// and plists that are broken or lack what BSDP needs.
#include "images/nbifolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The keys System Image Utility writes (macOS 10.13's NetInstall).
QByteArray plistFixture()
{
    QFile f(QStringLiteral(RACKSIDE_TEST_DATA "/nbi/NBImageInfo.plist"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString makeNbi(const QTemporaryDir &dir, const QString &name, const QByteArray &plist)
{
    const QString folder = dir.filePath(name);
    QDir().mkpath(folder + u"/i386/x86_64"_s);
    QFile f(folder + u"/NBImageInfo.plist"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write(plist);
    return folder;
}

} // namespace

class TestNbiFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemImageUtility();
    void broken_data();
    void broken();
};

void TestNbiFolder::systemImageUtility()
{
    QTemporaryDir dir;
    const QString folder = makeNbi(dir, u"HighSierra.nbi"_s, plistFixture());
    QVERIFY(Images::NbiFolder::isNbiFolder(folder));
    QVERIFY(!Images::NbiFolder::isNbiFolder(dir.path()));
    QString error;
    const auto image = Images::NbiFolder::read(folder, dir.filePath(u"site.json"_s), &error);
    QVERIFY2(image, qPrintable(error));
    QCOMPARE(image->name, u"macOS High Sierra NetInstall"_s);
    QCOMPARE(image->index, 4200);
    QCOMPARE(image->kind, Bsdp::ImageKind::MacOsX);
    QVERIFY(image->install);
    QCOMPARE(image->id().value, 0x81001068u);
    QCOMPARE(image->models, (QStringList{u"MacBookPro11,1"_s, u"Macmini7,1"_s}));
    QCOMPARE(image->folder, u"HighSierra.nbi"_s); // beside the site: relative
    QCOMPARE(image->booter, u"nbi/4200/i386/booter"_s);
    QCOMPARE(image->rootPath, u"nbi/4200/NetInstall.dmg"_s);
}

void TestNbiFolder::broken_data()
{
    QTest::addColumn<QByteArray>("plist");
    QTest::addColumn<QString>("error");
    const QByteArray good = plistFixture();
    QVERIFY(good.contains("<key>Index</key>"));
    QTest::newRow("not XML") << QByteArray("bplist00\x01\x02", 10) << u"is not a property list Rackside can read"_s;
    QTest::newRow("cut short") << good.left(good.indexOf("<key>Name")) << u"is not a property list"_s;
    QTest::newRow("no name") << QByteArray(good).replace("<key>Name</key>", "<key>Title</key>") << u"needs a Name and an Index"_s;
    QTest::newRow("index 0") << QByteArray(good).replace("<integer>4200</integer>", "<integer>0</integer>")
                             << u"needs a Name and an Index from 1 to 65535"_s;
    QTest::newRow("index too big") << QByteArray(good).replace("<integer>4200</integer>", "<integer>70000</integer>")
                                   << u"needs a Name and an Index from 1 to 65535"_s;
    QTest::newRow("empty") << QByteArray() << u"is not a property list"_s;
    const auto bootFile = [&](const char *name) {
        return QByteArray(good).replace("<string>booter</string>", QByteArray("<string>").append(name).append("</string>"));
    };
    QTest::newRow("BootFile up") << bootFile("../../etc/shadow") << u"is not a file name in the image's i386 folder"_s;
    QTest::newRow("BootFile absolute") << bootFile("/etc/shadow") << u"is not a file name"_s;
    QTest::newRow("BootFile backslash") << bootFile("..\\x") << u"is not a file name"_s;
    QTest::newRow("BootFile dot-dot") << bootFile("..") << u"is not a file name"_s;
    const auto rootPath = [&](const char *path) {
        return QByteArray(good).replace("<string>NetInstall.dmg</string>", QByteArray("<string>").append(path).append("</string>"));
    };
    QTest::newRow("RootPath up") << rootPath("../NetInstall.dmg") << u"is not a path inside the image's folder"_s;
    QTest::newRow("RootPath absolute") << rootPath("/srv/NetInstall.dmg") << u"is not a path inside"_s;
}

void TestNbiFolder::broken()
{
    QFETCH(QByteArray, plist);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString folder = makeNbi(dir, u"Broken.nbi"_s, plist);
    QString why;
    QVERIFY(!Images::NbiFolder::read(folder, dir.filePath(u"site.json"_s), &why));
    QVERIFY2(why.contains(error), qPrintable(why));
    QVERIFY2(why.contains(u"NBImageInfo.plist"_s), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestNbiFolder)
#include "tst_nbifolder.moc"
