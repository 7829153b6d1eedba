// SPDX-License-Identifier: GPL-3.0-or-later
// Boot::TreeFiles: a boot tree on disk, with symlinks inside and out, a
// directory, a FIFO, and requests that try to leave the tree.
#include "boot/treefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using Boot::OpenedFile;

class TestTreeFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void open_data();
    void open();
    void readsTheFile();
    void missingTree();

private:
    void write(const QString &path, const QByteArray &data);
    QTemporaryDir m_dir;
    QString m_tree;
};

void TestTreeFiles::write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestTreeFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tree = m_dir.filePath(u"tree"_s);
    write(m_tree + u"/pxelinux.0"_s, "pxe");
    write(m_tree + u"/boot/grub/x86_64-efi/core.efi"_s, QByteArray(5000, 'g'));
    write(m_tree + u"/empty"_s, {});
    write(m_tree + u"/My Files/a b.txt"_s, "spaces");
    write(m_dir.filePath(u"outside/secret"_s), "secret");
    write(m_dir.filePath(u"tree-sibling/file"_s), "sibling");
    QVERIFY(QFile::link(u"boot/grub/x86_64-efi/core.efi"_s, m_tree + u"/core-link.efi"_s));
    QVERIFY(QFile::link(m_dir.filePath(u"outside/secret"_s), m_tree + u"/secret-link"_s));
    QVERIFY(QFile::link(m_dir.filePath(u"outside"_s), m_tree + u"/outdir"_s));
    QVERIFY(QFile::link(u"../tree-sibling/file"_s, m_tree + u"/sibling-link"_s));
    QVERIFY(QFile::link(u"/etc"_s, m_tree + u"/etc-link"_s));
    QVERIFY(QFile::link(u"nowhere"_s, m_tree + u"/dangling"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(m_tree + u"/fifo"_s).constData(), 0600), 0);
}

void TestTreeFiles::open_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("reason");
    const int ok = int(OpenedFile::Status::Ok);
    const int missing = int(OpenedFile::Status::NotFound);
    const int denied = int(OpenedFile::Status::AccessDenied);

    QTest::newRow("plain") << u"pxelinux.0"_s << ok << u"pxelinux.0"_s << 3LL << QString();
    QTest::newRow("leading slash") << u"/pxelinux.0"_s << ok << u"pxelinux.0"_s << 3LL << QString();
    QTest::newRow("many slashes") << u"//boot//grub/./x86_64-efi/core.efi"_s << ok
                                  << u"boot/grub/x86_64-efi/core.efi"_s << 5000LL << QString();
    QTest::newRow("backslashes") << u"\\boot\\grub\\x86_64-efi\\core.efi"_s << ok
                                 << u"boot/grub/x86_64-efi/core.efi"_s << 5000LL << QString();
    QTest::newRow("empty file") << u"empty"_s << ok << u"empty"_s << 0LL << QString();
    QTest::newRow("spaces") << u"My Files/a b.txt"_s << ok << u"My Files/a b.txt"_s << 6LL << QString();
    QTest::newRow("symlink inside") << u"core-link.efi"_s << ok << u"core-link.efi"_s << 5000LL << QString();
    QTest::newRow("not found") << u"boot/grub/x86_64-efi/grub.cfg"_s << missing << u"boot/grub/x86_64-efi/grub.cfg"_s
                               << -1LL << u"not found: boot/grub/x86_64-efi/grub.cfg"_s;
    QTest::newRow("absolute outside is tree-relative") << u"/etc/passwd"_s << missing << u"etc/passwd"_s << -1LL
                                                       << u"not found: etc/passwd"_s;
    QTest::newRow("dotdot") << u"../outside/secret"_s << denied << u"../outside/secret"_s << -1LL << u"'..'"_s;
    QTest::newRow("dotdot inside") << u"boot/../pxelinux.0"_s << denied << u"boot/../pxelinux.0"_s << -1LL
                                   << u"'..'"_s;
    QTest::newRow("dotdot backslash") << u"boot\\..\\..\\outside\\secret"_s << denied
                                      << u"boot\\..\\..\\outside\\secret"_s << -1LL << u"'..'"_s;
    QTest::newRow("symlink out") << u"secret-link"_s << denied << u"secret-link"_s << -1LL
                                 << u"out of the boot tree"_s;
    QTest::newRow("through dir symlink out") << u"outdir/secret"_s << denied << u"outdir/secret"_s << -1LL
                                             << u"out of the boot tree"_s;
    QTest::newRow("symlink to sibling with same prefix") << u"sibling-link"_s << denied << u"sibling-link"_s << -1LL
                                                         << u"out of the boot tree"_s;
    QTest::newRow("symlink to /etc") << u"etc-link/hostname"_s << denied << u"etc-link/hostname"_s << -1LL
                                     << u"out of the boot tree"_s;
    QTest::newRow("dangling symlink") << u"dangling"_s << missing << u"dangling"_s << -1LL << u"not found"_s;
    QTest::newRow("nul byte") << u"pxelinux.0\0.txt"_s << denied << u"pxelinux.0\0.txt"_s << -1LL << u"NUL"_s;
    QTest::newRow("drive letter") << u"C:\\boot\\x"_s << denied << u"C:\\boot\\x"_s << -1LL << u"drive letter"_s;
    QTest::newRow("directory") << u"boot/grub"_s << denied << u"boot/grub"_s << -1LL << u"a directory"_s;
    QTest::newRow("root") << u"/"_s << denied << u"/"_s << -1LL << u"empty name"_s;
    QTest::newRow("fifo") << u"fifo"_s << denied << u"fifo"_s << -1LL << u"not a regular file"_s;
    QTest::newRow("over-long") << QString(5000, u'a') << denied << QString(200, u'a') << -1LL << u"too long"_s;
}

void TestTreeFiles::open()
{
    QFETCH(QString, request);
    QFETCH(int, status);
    QFETCH(QString, path);
    QFETCH(qint64, size);
    QFETCH(QString, reason);

    const Boot::TreeFiles tree(m_tree);
    const OpenedFile f = tree.open(request, Boot::Requester{});
    QCOMPARE(int(f.status), status);
    QCOMPARE(f.path, path);
    QVERIFY2(f.reason.contains(reason), qPrintable(f.reason));
    QCOMPARE(f.generated, false);
    if (status == int(OpenedFile::Status::Ok)) {
        QCOMPARE(f.size, size);
        QVERIFY(f.device && f.device->isOpen() && f.device->isReadable());
        QCOMPARE(f.device->pos(), 0);
    } else {
        QVERIFY(!f.device);
        QVERIFY(!f.reason.isEmpty());
    }
}

void TestTreeFiles::readsTheFile()
{
    const Boot::TreeFiles tree(m_tree);
    OpenedFile f = tree.open(u"boot/grub/x86_64-efi/core.efi"_s, Boot::Requester{});
    QVERIFY(f.ok());
    QCOMPARE(f.device->read(10000), QByteArray(5000, 'g'));
    QVERIFY(f.device->seek(4990));
    QCOMPARE(f.device->read(100), QByteArray(10, 'g'));
}

void TestTreeFiles::missingTree()
{
    const Boot::TreeFiles tree(m_dir.filePath(u"no-such-dir"_s));
    const OpenedFile f = tree.open(u"pxelinux.0"_s, Boot::Requester{});
    QCOMPARE(f.status, OpenedFile::Status::NotFound);
    QVERIFY2(f.reason.contains(u"does not exist"_s), qPrintable(f.reason));
}

QTEST_GUILESS_MAIN(TestTreeFiles)
#include "tst_treefiles.moc"
