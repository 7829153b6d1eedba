// SPDX-License-Identifier: GPL-3.0-or-later
// Boot::IsoFiles: an imported ISO's files served from inside the image
// (the same bytes as the files put in, from any offset), symlinks inside
// the image served as their target and links out of it not at all, the
// image itself, and what a missing or broken ISO gives. ServedFiles layers
// it for every ISO image in the site and warns about one it cannot read.
#include "isofixture.h"
#include "boot/isofiles.h"
#include "boot/servedfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Boot::IsoFiles;
using Boot::OpenedFile;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestIsoFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_payload, m_iso;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_payload = m_dir.filePath(u"payload"_s);
        QVERIFY(QDir().mkpath(m_payload + u"/images/pxeboot"_s));
        QVERIFY(QFile::copy(IsoFixture::debianInitrd(), m_payload + u"/images/pxeboot/initrd.img"_s));
        QVERIFY(IsoFixture::writeFile(m_payload + u"/.treeinfo"_s, "[general]\nfamily = Test\n"));
        QVERIFY(IsoFixture::writeFile(m_payload + u"/with space.txt"_s, "spaces\n"));
        QVERIFY(QFile::link(u"images/pxeboot/initrd.img"_s, m_payload + u"/initrd"_s));
        QVERIFY(QFile::link(u"initrd"_s, m_payload + u"/initrd-again"_s));
        QVERIFY(QFile::link(u"../../etc/passwd"_s, m_payload + u"/escape"_s));
        QVERIFY(QFile::link(u"."_s, m_payload + u"/debian"_s));
        m_iso = m_dir.filePath(u"test.iso"_s);
        QString output;
        QVERIFY2(IsoFixture::xorriso({u"-as"_s, u"mkisofs"_s, u"-R"_s, u"-o"_s, m_iso, m_payload}, m_dir.path(), &output),
                 qPrintable(output));
    }

    void servesFilesFromInside_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("source");
        QTest::newRow("initrd") << u"iso/test/images/pxeboot/initrd.img"_s << u"images/pxeboot/initrd.img"_s;
        QTest::newRow("leading slash") << u"/iso/test/.treeinfo"_s << u".treeinfo"_s;
        QTest::newRow("spaces") << u"iso/test/with space.txt"_s << u"with space.txt"_s;
        QTest::newRow("symlink") << u"iso/test/initrd"_s << u"images/pxeboot/initrd.img"_s;
        QTest::newRow("symlink to a symlink") << u"iso/test/initrd-again"_s << u"images/pxeboot/initrd.img"_s;
        QTest::newRow("dot segments inside") << u"iso/test/images/./pxeboot/initrd.img"_s << u"images/pxeboot/initrd.img"_s;
    }

    void servesFilesFromInside()
    {
        QFETCH(QString, path);
        QFETCH(QString, source);
        const IsoFiles files(u"test"_s, m_iso);
        QVERIFY2(files.error().isEmpty(), qPrintable(files.error()));
        OpenedFile opened = files.open(path, {});
        QVERIFY2(opened.ok(), qPrintable(opened.reason));
        const QByteArray expected = fileBytes(m_payload + u'/' + source);
        QCOMPARE(opened.size, expected.size());
        QVERIFY(opened.device->readAll() == expected);
        if (expected.size() > 3'000'000) {
            // As a Range request reads it: from an offset that is no sector's start.
            QVERIFY(opened.device->seek(2'000'001));
            QVERIFY(opened.device->read(100'000) == expected.mid(2'000'001, 100'000));
        }
    }

    void servesTheImage()
    {
        const IsoFiles files(u"test"_s, m_iso);
        OpenedFile opened = files.open(u"iso/test.iso"_s, {});
        QVERIFY(opened.ok());
        QCOMPARE(opened.size, QFileInfo(m_iso).size());
        QVERIFY(opened.device->readAll() == fileBytes(m_iso));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << u"iso/test/nothing"_s << u"not found: iso/test/nothing"_s;
        QTest::newRow("a folder") << u"iso/test/images"_s << u"is a folder"_s;
        QTest::newRow("the top") << u"iso/test/"_s << u"is a folder"_s;
        QTest::newRow("link out of the image") << u"iso/test/escape"_s << u"not found"_s;
        QTest::newRow("traversal") << u"iso/test/../../etc/passwd"_s << QString();
        QTest::newRow("another image") << u"iso/other/.treeinfo"_s << u"not found"_s;
        QTest::newRow("not an image path") << u"boot/grub/grub.cfg"_s << u"not found"_s;
    }

    void refuses()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const IsoFiles files(u"test"_s, m_iso);
        const OpenedFile opened = files.open(path, {});
        QVERIFY(!opened.ok());
        QVERIFY(!opened.device);
        QVERIFY2(opened.reason.contains(reason), qPrintable(opened.reason));
    }

    void brokenOrMissingImage()
    {
        QFile cut(m_dir.filePath(u"cut.iso"_s));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(fileBytes(m_iso).first(17 * 2048));
        cut.close();
        const IsoFiles broken(u"cut"_s, cut.fileName());
        QVERIFY(!broken.error().isEmpty());
        QVERIFY(broken.open(u"iso/cut.iso"_s, {}).ok()); // the file itself is still there to fetch
        const OpenedFile inside = broken.open(u"iso/cut/.treeinfo"_s, {});
        QVERIFY(!inside.ok());
        QVERIFY2(inside.reason.contains(broken.error()), qPrintable(inside.reason));

        const IsoFiles missing(u"gone"_s, m_dir.filePath(u"gone.iso"_s));
        QVERIFY(!missing.error().isEmpty());
        QVERIFY(!missing.open(u"iso/gone.iso"_s, {}).ok());
    }

    void servedWithTheSite()
    {
        Site::Document site;
        site.bootTree = u"tree"_s;
        Site::Image image;
        image.name = u"test"_s;
        image.file = u"test.iso"_s; // beside the site file
        image.kernel = u"images/test/vmlinuz"_s;
        Site::Image gone = image;
        gone.name = u"gone"_s;
        gone.file = u"/nowhere/gone.iso"_s;
        site.images = {image, gone};
        QStringList warnings;
        const auto served = Boot::ServedFiles::create(site, m_dir.filePath(u"site.json"_s), QString(), QHostAddress(),
                                                      &warnings);
        const OpenedFile treeinfo = served->open(u"iso/test/.treeinfo"_s, {});
        QVERIFY2(treeinfo.ok(), qPrintable(treeinfo.reason));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"gone"_s) && warnings.first().contains(u"/nowhere/gone.iso"_s),
                 qPrintable(warnings.first()));
    }
};

QTEST_GUILESS_MAIN(TestIsoFiles)
#include "tst_isofiles.moc"
