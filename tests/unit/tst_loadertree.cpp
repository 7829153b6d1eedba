// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/efiimage.h"
#include "boot/loadertree.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Boot;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const LoaderTree::Loader *loaderAt(const LoaderTree::Result &result, const QString &path)
{
    for (const LoaderTree::Loader &loader : result.loaders) {
        if (loader.path == path)
            return &loader;
    }
    return nullptr;
}

} // namespace

class TestLoaderTree : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The packages are in tools/packages; CI has all of them.
        for (const char *path : {"/usr/lib/grub/i386-pc/moddep.lst", "/usr/lib/grub/x86_64-efi/moddep.lst",
                                 "/usr/lib/ipxe/undionly.kpxe", "/usr/lib/PXELINUX/pxelinux.0",
                                 "/usr/lib/syslinux/modules/bios/ldlinux.c32"})
            QVERIFY2(QFile::exists(QString::fromLatin1(path)), path);
    }

    void buildsFromInstalledPackages()
    {
        const QString dir = m_dir.filePath(u"cache/loaders"_s);
        const LoaderTree::Result result = LoaderTree::build(dir);
        qInfo("first build: %lld ms", result.elapsedMs);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.rebuilt);
        QVERIFY2(result.missing().isEmpty(), qPrintable(result.missingText()));
        for (const QString &path : {u"boot/grub/i386-pc/core.0"_s, u"boot/grub/x86_64-efi/core.efi"_s,
                                    u"ipxe/undionly.kpxe"_s, u"ipxe/ipxe.efi"_s, u"ipxe/snponly.efi"_s,
                                    u"pxelinux.0"_s, u"ldlinux.c32"_s, u"secureboot/bootnetx64.efi"_s,
                                    u"secureboot/grubx64.efi"_s}) {
            QVERIFY2(QFileInfo(dir + u'/' + path).size() > 0, qPrintable(path));
            QVERIFY(loaderAt(result, path));
        }
        QCOMPARE(readAll(dir + u"/pxelinux.0"_s), readAll(u"/usr/lib/PXELINUX/pxelinux.0"_s));
        // The images look for their configs under /boot/grub on the TFTP server.
        QVERIFY(readAll(dir + u"/boot/grub/x86_64-efi/core.efi"_s).contains("/boot/grub"));
        QCOMPARE(int(EfiImage::inspect(dir + u"/boot/grub/x86_64-efi/core.efi"_s).kind),
                 int(EfiImage::Kind::Grub));
        QVERIFY(QFile::exists(dir + u"/boot/grub/x86_64-efi/normal.mod"_s));
        QVERIFY(!QFile::exists(dir + u".new"_s));

        const LoaderTree::Result again = LoaderTree::build(dir);
        qInfo("up-to-date check: %lld ms", again.elapsedMs);
        QVERIFY(!again.rebuilt);
        QVERIFY(again.missing().isEmpty());
        QVERIFY(again.elapsedMs < result.elapsedMs);
    }

    void rebuildsWhenAnInstalledFileChanges()
    {
        const QString fakeIpxe = m_dir.filePath(u"ipxe"_s);
        QDir().mkpath(fakeIpxe);
        QVERIFY(QFile::copy(u"/usr/lib/ipxe/undionly.kpxe"_s, fakeIpxe + u"/undionly.kpxe"_s));
        LoaderTree::Sources sources;
        sources.ipxe = fakeIpxe;
        const QString dir = m_dir.filePath(u"changing"_s);
        QVERIFY(LoaderTree::build(dir, sources).rebuilt);
        QVERIFY(!LoaderTree::build(dir, sources).rebuilt);

        QFile file(fakeIpxe + u"/undionly.kpxe"_s);
        QVERIFY(file.open(QIODevice::Append));
        file.write("upgrade");
        file.close();
        const LoaderTree::Result result = LoaderTree::build(dir, sources);
        QVERIFY(result.rebuilt);
        QCOMPARE(readAll(dir + u"/ipxe/undionly.kpxe"_s), readAll(fakeIpxe + u"/undionly.kpxe"_s));
        // ipxe.efi is not in the fake folder: named with its package.
        const LoaderTree::Loader *efi = loaderAt(result, u"ipxe/ipxe.efi"_s);
        QVERIFY(efi && !efi->present);
        QCOMPARE(efi->package, u"ipxe"_s);
        QVERIFY(!QFile::exists(dir + u"/ipxe/ipxe.efi"_s));
    }

    void namesThePackagesOfMissingLoaders()
    {
        LoaderTree::Sources nothing;
        const QString none = m_dir.filePath(u"nothing-installed"_s);
        nothing.grubLibrary = none;
        nothing.ipxe = none;
        nothing.pxelinux = none;
        nothing.syslinuxModules = none;
        nothing.signedChain = none;
        const LoaderTree::Result result = LoaderTree::build(m_dir.filePath(u"empty"_s), nothing);
        QVERIFY(result.errors.isEmpty());
        QCOMPARE(result.missing().size(), result.loaders.size());
        const QString text = result.missingText();
        for (const QString &package : {u"grub-pc-bin"_s, u"grub-efi-amd64-bin"_s, u"ipxe"_s,
                                       u"pxelinux"_s, u"syslinux-common"_s})
            QVERIFY2(text.contains(u"install "_s + package), qPrintable(text));
    }

    void reportsAFailingGrubMknetdir()
    {
        LoaderTree::Sources sources;
        sources.grubMknetdir = m_dir.filePath(u"no-such-grub-mknetdir"_s);
        const QString dir = m_dir.filePath(u"failing"_s);
        const LoaderTree::Result result = LoaderTree::build(dir, sources);
        QVERIFY(!result.errors.isEmpty());
        QVERIFY(result.errors.first().contains(u"grub-common"_s));
        QVERIFY(!loaderAt(result, u"boot/grub/i386-pc/core.0"_s)->present);
        QVERIFY(loaderAt(result, u"pxelinux.0"_s)->present);
        // Not stamped: the next build tries again.
        QVERIFY(LoaderTree::build(dir, sources).rebuilt);
    }
};

QTEST_GUILESS_MAIN(TestLoaderTree)
#include "tst_loadertree.moc"
