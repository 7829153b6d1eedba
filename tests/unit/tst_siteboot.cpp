// SPDX-License-Identifier: GPL-3.0-or-later
// The site's boot tree, menus and what hosts boot: reading, writing,
// located errors, and warnings about files missing from the tree.
#include "boot/loadertree.h"
#include "sitecheck/boottreecheck.h"
#include "sitefile/sitefile.h"
#include "sitefile/sitewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Site;

namespace {

const QString signedChain =
    u"/usr/lib/debian-installer/images/13/amd64/text/debian-installer/amd64/"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

} // namespace

class TestSiteBoot : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    QByteArray m_json;

private slots:
    void initTestCase()
    {
        m_path = QFINDTESTDATA("data/site/menus.json");
        QVERIFY(!m_path.isEmpty());
        m_json = readFile(m_path);
    }

    void menusLoad()
    {
        const auto result = SiteFile::load(m_path);
        QVERIFY2(result.document, qPrintable(problemsToString(result.problems)));
        // The fixture's tree holds the installer but not the memtest binary.
        QCOMPARE(result.warnings.size(), 1);
        const Problem &warning = result.warnings.first();
        QVERIFY(warning.isWarning());
        QCOMPARE(warning.field, u"menus[1].entries[0].kernel"_s);
        QCOMPARE(warning.line, 57);
        QCOMPARE(warning.column, 21);
        QVERIFY2(warning.toString().contains(u"warning: menus[1].entries[0].kernel: \"tools/memtest86+x64.bin\" is not in the boot tree"_s),
                 qPrintable(warning.toString()));

        const Document &d = *result.document;
        QCOMPARE(d.bootTree, u"menus-tree"_s);
        QCOMPARE(d.bootTreePath(m_path), QFileInfo(m_path).absolutePath() + u"/menus-tree"_s);
        QCOMPARE(d.menus.size(), 2);
        QCOMPARE(d.defaultMenu, u"install"_s);
        const Site::Menu &install = d.menus.first();
        QCOMPARE(install.title, u"Rack install"_s);
        QCOMPARE(install.timeout, 10);
        QCOMPARE(install.entries.size(), 2);
        QCOMPARE(install.entries.first().initrds, QList<QString>{u"debian-installer/amd64/initrd.gz"_s});
        QVERIFY(install.entries.first().arguments.contains(u"{mac}"_s));
        QCOMPARE(d.menuFor(nullptr)->name, u"install"_s);
        const Host *mp = d.hostByMac(*Net::MacAddress::parse(u"00:23:32:2f:40:3c"));
        QCOMPARE(d.menuFor(mp)->entries.size(), 1);
        QCOMPARE(d.menuFor(mp)->entries.first().name, u"rescue"_s);
        QCOMPARE(d.menuFor(d.hostByIp(QHostAddress(u"10.0.0.10"_s)))->timeout, 0);
    }

    void writesWhatItReads()
    {
        const auto loaded = SiteFile::parse(m_json, u"menus.json"_s);
        QVERIFY(loaded.document);
        QCOMPARE(SiteFile::serialize(*loaded.document), m_json);
        const auto again = SiteFile::parse(SiteFile::serialize(*loaded.document), u"again.json"_s);
        QVERIFY(again.document);
        QCOMPARE(*again.document, *loaded.document);
    }

    void archMenusRoundTrip()
    {
        QByteArray json = m_json;
        json.replace("\"defaultMenu\": \"install\",",
                     "\"defaultMenu\": \"install\", \"archMenus\": { \"uefi-x64\": \"local\", \"bios\": \"install\" },");
        const auto result = SiteFile::parse(json, u"rack.json"_s);
        QVERIFY2(result.document, qPrintable(problemsToString(result.problems)));
        const QMap<BootArch, QString> expected = {{BootArch::UefiX64, u"local"_s}, {BootArch::Bios, u"install"_s}};
        QCOMPARE(result.document->archMenus, expected);
        QCOMPARE(result.document->menuFor(nullptr, BootArch::UefiX64)->name, u"local"_s);
        QCOMPARE(result.document->menuFor(nullptr, BootArch::UefiIa32)->name, u"install"_s); // the default
        const QByteArray written = SiteWriter::write(*result.document);
        QVERIFY(written.contains("\"archMenus\": {\n    \"bios\": \"install\",\n    \"uefi-x64\": \"local\"\n  }"));
        const auto again = SiteFile::parse(written, u"again.json"_s);
        QVERIFY(again.document);
        QCOMPARE(*again.document, *result.document);
        // A site without them does not mention them.
        QVERIFY(!SiteWriter::write(Document()).contains("archMenus"));
    }

    void oldProfileKeyIsTheMenu()
    {
        QByteArray json = m_json;
        json.replace("\"menu\": \"local\"", "\"profile\": \"local\"");
        const auto result = SiteFile::parse(json, u"old.json"_s);
        QVERIFY2(result.document, qPrintable(problemsToString(result.problems)));
        QCOMPARE(result.document->hosts.at(1).menu, u"local"_s);
        QVERIFY(SiteFile::serialize(*result.document).contains("\"menu\": \"local\""));

        // A site from before menus names profiles no menu defines: it loads, with a warning.
        const auto old = SiteFile::load(QFINDTESTDATA("data/site/example.json"));
        QVERIFY(old.document);
        QCOMPARE(old.warnings.size(), 1);
        QCOMPARE(old.warnings.first().field, u"hosts[0].menu"_s);
        QVERIFY(!old.document->menuFor(&old.document->hosts.first()));
    }

    // Each row replaces `from` (once in the fixture) by `to` and expects
    // exactly one error at a hand-counted line:column.
    void locatedErrors_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown menu on a host") << QByteArray("\"menu\": \"local\"") << QByteArray("\"menu\": \"locl\"")
                                                << 67 << 74 << u"hosts[1].menu"_s << u"there is no menu called \"locl\""_s;
        QTest::newRow("unknown entry on a host") << QByteArray("\"install/rescue\"") << QByteArray("\"install/x\"")
                                                 << 66 << 80 << u"hosts[0].menu"_s
                                                 << u"menu \"install\" has no entry called \"x\""_s;
        QTest::newRow("duplicate menu") << QByteArray("\"name\": \"local\"") << QByteArray("\"name\": \"install\"")
                                        << 49 << 15 << u"menus[1].name"_s
                                        << u"\"install\" is the name of an earlier menu"_s;
        QTest::newRow("duplicate entry") << QByteArray("\"name\": \"rescue\"") << QByteArray("\"name\": \"debian\"")
                                         << 40 << 19 << u"menus[0].entries[1].name"_s
                                         << u"is the name of an earlier entry in this menu"_s;
        QTest::newRow("default entry missing") << QByteArray("\"default\": \"debian\"") << QByteArray("\"default\": \"ubuntu\"")
                                               << 29 << 18 << u"menus[0].default"_s
                                               << u"there is no entry called \"ubuntu\" in this menu"_s;
        QTest::newRow("timeout too long") << QByteArray("\"timeout\": 10") << QByteArray("\"timeout\": 3600")
                                          << 30 << 18 << u"menus[0].timeout"_s << u"3600 is out of range"_s;
        QTest::newRow("timeout below forever") << QByteArray("\"timeout\": 10") << QByteArray("\"timeout\": -2")
                                               << 30 << 18 << u"menus[0].timeout"_s << u"-2 is out of range"_s;
        QTest::newRow("timeout not an integer") << QByteArray("\"timeout\": 10") << QByteArray("\"timeout\": 1.5")
                                                << 30 << 18 << u"menus[0].timeout"_s << u"expected an integer"_s;
        QTest::newRow("unknown default menu") << QByteArray("\"defaultMenu\": \"install\"")
                                              << QByteArray("\"defaultMenu\": \"nope\"") << 64 << 18
                                              << u"defaultMenu"_s << u"there is no menu called \"nope\""_s;
        QTest::newRow("kernel escapes the tree") << QByteArray("\"tools/memtest86+x64.bin\"")
                                                 << QByteArray("\"../memtest\"") << 57 << 21
                                                 << u"menus[1].entries[0].kernel"_s << u"is not a path inside the boot tree"_s;
        QTest::newRow("absolute initrd") << QByteArray("\"initrds\": [ \"debian-installer/amd64/initrd.gz\" ],\n          \"args\": \"console=ttyS0 auto")
                                         << QByteArray("\"initrds\": [ \"/initrd.gz\" ],\n          \"args\": \"console=ttyS0 auto")
                                         << 36 << 24 << u"menus[0].entries[0].initrds[0]"_s
                                         << u"is not a path inside the boot tree"_s;
        QTest::newRow("kernel missing") << QByteArray("\"kernel\": \"tools/memtest86+x64.bin\",\n") << QByteArray()
                                        << 54 << 9 << u"menus[1].entries[0].kernel"_s << u"a path in the boot tree is required"_s;
        QTest::newRow("entry name with a slash") << QByteArray("\"name\": \"memtest\"") << QByteArray("\"name\": \"mem/test\"")
                                                 << 55 << 19 << u"menus[1].entries[0].name"_s << u"is not an entry name"_s;
        QTest::newRow("menu without entries") << QByteArray("\"entries\": [\n        {\n          \"name\": \"memtest\"")
                                              << QByteArray("\"entries\": [], \"x\": [\n        {\n          \"name\": \"memtest\"")
                                              << 53 << 18 << u"menus[1].entries"_s << u"a menu needs at least one entry"_s;
        QTest::newRow("menu and profile both") << QByteArray("\"menu\": \"local\"")
                                               << QByteArray("\"menu\": \"local\", \"profile\": \"local\"") << 67 << 83
                                               << u"hosts[1].profile"_s << u"give either \"menu\""_s;
        QTest::newRow("arguments on two lines") << QByteArray("\"rescue/enable=true console=ttyS0\"")
                                                << QByteArray("\"rescue/enable=true\\nconsole=ttyS0\"") << 44 << 19
                                                << u"menus[0].entries[1].args"_s << u"one line of text"_s;
        QTest::newRow("archMenus for HTTP boot") << QByteArray("\"defaultMenu\": \"install\",")
                                                 << QByteArray("\"defaultMenu\": \"install\", \"archMenus\": { \"http-x64\": \"install\" },")
                                                 << 64 << 44 << u"archMenus.http-x64"_s
                                                 << u"unknown key \"http-x64\" (expected one of: bios, uefi-x64, uefi-ia32, uefi-arm64)"_s;
        QTest::newRow("archMenus naming no menu") << QByteArray("\"defaultMenu\": \"install\",")
                                                  << QByteArray("\"defaultMenu\": \"install\", \"archMenus\": { \"bios\": \"lokal\" },")
                                                  << 64 << 52 << u"archMenus.bios"_s
                                                  << u"there is no menu called \"lokal\""_s;
        QTest::newRow("menus not an array") << QByteArray("\"menus\": [\n    {\n      \"name\": \"install\"")
                                            << QByteArray("\"menus\": 5, \"x\": [\n    {\n      \"name\": \"install\"") << 25 << 12
                                            << u"menus"_s << u"expected an array, found a number"_s;
    }
    void locatedErrors()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, field);
        QFETCH(QString, message);

        QCOMPARE(m_json.count(from), 1);
        QByteArray json = m_json;
        json.replace(from, to);
        const auto result = SiteFile::parse(json, u"rack.json"_s);
        QVERIFY(!result.document);
        QVERIFY2(!result.problems.isEmpty(), json.constData());
        const Problem &problem = result.problems.first();
        QVERIFY2(problem.message.contains(message), qPrintable(problem.toString()));
        QCOMPARE(problem.field, field);
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
        QCOMPARE(problem.file, u"rack.json"_s);
        QVERIFY(!problem.isWarning());
    }

    void defaultTreeAndMissingTree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Document d;
        QCOMPARE(d.bootTreePath(dir.filePath(u"rack.json"_s)), dir.filePath(u"boot-tree"_s));
        d.bootTree = u"/srv/tftp"_s;
        QCOMPARE(d.bootTreePath(dir.filePath(u"rack.json"_s)), u"/srv/tftp"_s);

        QByteArray json = m_json;
        json.replace("\"menus-tree\"", "\"no-such-folder\"");
        QVERIFY(writeFile(dir.filePath(u"rack.json"_s), json));
        const auto result = SiteFile::load(dir.filePath(u"rack.json"_s));
        QVERIFY(result.document);
        QCOMPARE(result.warnings.first().field, u"bootTree"_s);
        QCOMPARE(result.warnings.first().line, 24);
        QCOMPARE(result.warnings.first().column, 15);
        // Every kernel and initrd is missing too: 2 + 2 + 1.
        QCOMPARE(result.warnings.size(), 1 + 5);
    }

    void secureBootChain_data()
    {
        QTest::addColumn<QString>("bootFile");
        QTest::addColumn<QStringList>("treeFiles"); // "target=source"
        QTest::addColumn<QString>("warning");       // empty: none

        const QString shim = signedChain + u"bootnetx64.efi"_s;
        const QString grub = signedChain + u"grubx64.efi"_s;
        QTest::newRow("shim with signed GRUB") << u"sb/bootnetx64.efi"_s
                                               << QStringList{u"sb/bootnetx64.efi="_s + shim, u"sb/grubx64.efi="_s + grub}
                                               << QString();
        QTest::newRow("shim alone") << u"sb/bootnetx64.efi"_s << QStringList{u"sb/bootnetx64.efi="_s + shim}
                                    << u"is shim, but \"sb/grubx64.efi\" is not beside it"_s;
        QTest::newRow("shim with unsigned GRUB") << u"sb/bootnetx64.efi"_s
                                                 << QStringList{u"sb/bootnetx64.efi="_s + shim,
                                                                u"sb/grubx64.efi=/usr/lib/ipxe/ipxe.efi"_s}
                                                 << u"beside it is unsigned"_s;
        QTest::newRow("unsigned GRUB from the loader tree") << u"boot/grub/x86_64-efi/core.efi"_s << QStringList()
                                                            << u"(GRUB) is not signed: Secure Boot machines will get Access Denied"_s;
        QTest::newRow("signed GRUB without shim") << u"sb/grubx64.efi"_s << QStringList{u"sb/grubx64.efi="_s + grub}
                                                  << u"signed by a key the firmware does not trust"_s;
        QTest::newRow("not EFI at all") << u"pxelinux.0"_s << QStringList() << u"is not a UEFI program"_s;
        QTest::newRow("missing") << u"nope.efi"_s << QStringList() << u"neither in the boot tree nor among the installed loaders"_s;
    }
    void secureBootChain()
    {
        QFETCH(QString, bootFile);
        QFETCH(QStringList, treeFiles);
        QFETCH(QString, warning);
        QVERIFY2(QFile::exists(signedChain + u"bootnetx64.efi"_s), "debian-installer-13-netboot-amd64 is in tools/packages");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Boot::LoaderTree::Result loaders = Boot::LoaderTree::build(dir.filePath(u"loaders"_s));
        QVERIFY(loaders.missing().isEmpty());
        for (const QString &spec : treeFiles)
            QVERIFY(copyFile(spec.section(u'=', 1), dir.filePath(u"boot-tree/"_s + spec.section(u'=', 0, 0))));

        QByteArray json = m_json;
        json.replace("\"secureboot/bootnetx64.efi\"", QByteArray(QByteArray("\"") + bootFile.toUtf8() + "\""));
        json.replace("\"bootTree\": \"menus-tree\"", "\"bootTree\": \"\"");
        QVERIFY(writeFile(dir.filePath(u"rack.json"_s), json));
        const auto result = SiteFile::load(dir.filePath(u"rack.json"_s), loaders.directory);
        QVERIFY(result.document);
        QList<Problem> boot;
        for (const Problem &p : result.warnings) {
            if (p.field.startsWith(u"boot."_s))
                boot.append(p);
        }
        if (warning.isEmpty()) {
            QVERIFY2(boot.isEmpty(), qPrintable(problemsToString(boot)));
            return;
        }
        QCOMPARE(boot.size(), 1);
        QCOMPARE(boot.first().field, u"boot.uefi-x64"_s);
        QCOMPARE(boot.first().line, 17);
        QVERIFY2(boot.first().message.contains(warning), qPrintable(boot.first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestSiteBoot)
#include "tst_siteboot.moc"
