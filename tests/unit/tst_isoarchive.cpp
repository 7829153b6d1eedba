// SPDX-License-Identifier: GPL-3.0-or-later
// Iso::IsoArchive against images that xorriso makes in every layout (Rock
// Ridge, Joliet, plain level 1, relocated deep directories, level 3
// multi-extent, hybrid with El Torito) and against the real ISOs Debian
// ships: the same paths as `xorriso -find`, the same bytes as the files put
// in or as `xorriso -osirrox` extracts. Then hostile, truncated and mutated
// images, which must fail with a message and never crash or hang.
#include "isofixture.h"
#include "iso/isoarchive.h"
#include "iso/volumedescriptor.h"

#include <KArchiveDirectory>

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using Iso::BootCatalog;
using Iso::DirectoryRecord;
using Iso::IsoArchive;

namespace {

void collect(const KArchiveDirectory *dir, const QString &prefix, QStringList *out)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const QString path = prefix + u'/' + name;
        out->append(path);
        const KArchiveEntry *entry = dir->entry(name);
        if (entry->isDirectory())
            collect(static_cast<const KArchiveDirectory *>(entry), path, out);
    }
}

QStringList listing(const IsoArchive &iso)
{
    QStringList paths;
    collect(iso.directory(), QString(), &paths);
    paths.sort();
    return paths;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(random.generate());
    return out;
}

// Counts every byte read from an image file.
class CountingFile : public QFile
{
public:
    using QFile::QFile;
    qint64 bytesRead = 0;

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 got = QFile::readData(data, max);
        bytesRead += qMax<qint64>(got, 0);
        return got;
    }
};

// Where a record named @p name (ISO identifier, any case, before ';') sits
// in the directory at @p block of @p image.
struct Located
{
    qsizetype offset = -1;
    DirectoryRecord record;
};

Located locate(const QByteArray &image, quint32 block, quint32 length, const QByteArray &name)
{
    qsizetype at = qsizetype(block) * Iso::BlockSize;
    const qsizetype end = at + length;
    while (at < end) {
        const int size = quint8(image.at(at));
        if (size == 0) {
            at = (at / Iso::BlockSize + 1) * Iso::BlockSize;
            continue;
        }
        QString error;
        auto record = DirectoryRecord::parse(QByteArrayView(image).sliced(at, size), &error);
        if (record && record->identifier.split(';').first().compare(name, Qt::CaseInsensitive) == 0)
            return {at, *record};
        at += size;
    }
    return {};
}

DirectoryRecord rootOf(const QByteArray &image)
{
    QString error;
    return Iso::VolumeDescriptor::parse(QByteArrayView(image).sliced(16 * Iso::BlockSize, Iso::BlockSize), &error)
        ->root;
}

void putBoth32(QByteArray &image, qsizetype at, quint32 value)
{
    qToLittleEndian(value, image.data() + at);
    qToBigEndian(value, image.data() + at + 4);
}

bool openBytes(const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    IsoArchive iso(&buffer);
    if (!iso.open(QIODevice::ReadOnly)) {
        *error = iso.errorString();
        return false;
    }
    // Whatever opened must also read: every file, a bounded amount each.
    QStringList paths = listing(iso);
    for (const QString &path : std::as_const(paths)) {
        if (const Iso::IsoFile *file = iso.isoFile(path.mid(1))) {
            std::unique_ptr<QIODevice> device(file->createDevice());
            device->read(64 * 1024);
        }
    }
    return true;
}

} // namespace

class TestIsoArchive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_payload;
    QByteArray m_mini; // a small Rock Ridge + Joliet image with El Torito, for hostile edits

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void makeIso(const QStringList &args)
    {
        QString output;
        QVERIFY2(IsoFixture::xorriso(args, m_dir.path(), &output), qPrintable(output));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(IsoFixture::debianKernel()), "debian-installer-13-netboot-amd64 is missing");
        m_payload = path(u"payload"_s);
        const QDir p(m_payload);
        QVERIFY(QDir().mkpath(p.filePath(u"images/pxeboot"_s)));
        QVERIFY(QFile::copy(IsoFixture::debianKernel(), p.filePath(u"images/pxeboot/vmlinuz"_s)));
        QVERIFY(QFile::copy(IsoFixture::debianInitrd(), p.filePath(u"images/pxeboot/initrd.img"_s)));
        QVERIFY(IsoFixture::writeFile(p.filePath(u".treeinfo"_s), "[general]\nfamily = Test\n"));
        QVERIFY(IsoFixture::writeFile(p.filePath(u"a/b/c/d/e/f/g/h/i/j/deep.txt"_s), "nine levels down\n"));
        QVERIFY(IsoFixture::writeFile(p.filePath(u"a-rather-long-file-name-for-level-one.text"_s), "long\n"));
        QVERIFY(IsoFixture::writeFile(p.filePath(u"name with spaces & ünïcode.txt"_s), "names\n"));
        QVERIFY(IsoFixture::writeFile(p.filePath(u"empty"_s), QByteArray()));
        QVERIFY(IsoFixture::writeFile(p.filePath(u"bin/run.sh"_s), "#!/bin/sh\n"));
        QVERIFY(QFile::setPermissions(p.filePath(u"bin/run.sh"_s), QFile::ReadOwner | QFile::WriteOwner
                                          | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(IsoFixture::writeFile(p.filePath(u"boot/bios.img"_s), pattern(4 * 2048, 1)));
        QVERIFY(IsoFixture::writeFile(p.filePath(u"boot/efi.img"_s), pattern(96 * 1024, 2)));
        QVERIFY(QFile::link(u"images/pxeboot/vmlinuz"_s, p.filePath(u"latest"_s)));

        const QString mini = path(u"mini"_s);
        QVERIFY(IsoFixture::writeFile(mini + u"/sub/file.txt"_s, QByteArray(100, 'f')));
        QVERIFY(IsoFixture::writeFile(mini + u"/other.txt"_s, QByteArray(3000, 'o')));
        QVERIFY(IsoFixture::writeFile(mini + u"/boot/bios.img"_s, pattern(2048, 3)));
        makeIso({u"-as"_s, u"mkisofs"_s, u"-R"_s, u"-J"_s, u"-b"_s, u"boot/bios.img"_s, u"-no-emul-boot"_s,
                 u"-o"_s, path(u"mini.iso"_s), mini});
        m_mini = fileBytes(path(u"mini.iso"_s));
        QVERIFY(m_mini.size() > 20 * 2048);
    }

    void layouts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("names");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("initrd");
        const QString kernel = u"images/pxeboot/vmlinuz"_s, initrd = u"images/pxeboot/initrd.img"_s;
        const auto outdev = [](const QStringList &more) {
            return QStringList{u"-outdev"_s, u"%ISO"_s} + more + QStringList{u"-map"_s, u"%DIR"_s, u"/"_s};
        };
        QTest::newRow("rock ridge only")
            << outdev({u"-rockridge"_s, u"on"_s, u"-joliet"_s, u"off"_s}) << int(IsoArchive::Names::RockRidge)
            << kernel << initrd;
        QTest::newRow("joliet only")
            << outdev({u"-rockridge"_s, u"off"_s, u"-joliet"_s, u"on"_s}) << int(IsoArchive::Names::Joliet) << kernel
            << initrd;
        QTest::newRow("plain level 1")
            << outdev({u"-rockridge"_s, u"off"_s, u"-joliet"_s, u"off"_s, u"-compliance"_s, u"iso_9660_level=1"_s})
            << int(IsoArchive::Names::Iso9660) << u"IMAGES/PXEBOOT/VMLINUZ"_s << u"IMAGES/PXEBOOT/INITRD.IMG"_s;
        QTest::newRow("deep directories relocated")
            << outdev({u"-compliance"_s, u"deep_paths_off"_s, u"-rr_reloc_dir"_s, u"RR_MOVED"_s})
            << int(IsoArchive::Names::RockRidge) << kernel << initrd;
        QTest::newRow("hybrid, El Torito BIOS and UEFI")
            << QStringList{u"-as"_s, u"mkisofs"_s, u"-R"_s, u"-J"_s, u"-b"_s, u"boot/bios.img"_s,
                           u"-no-emul-boot"_s, u"-boot-load-size"_s, u"4"_s, u"-eltorito-alt-boot"_s, u"-e"_s,
                           u"boot/efi.img"_s, u"-no-emul-boot"_s, u"-append_partition"_s, u"2"_s, u"0xef"_s,
                           u"%DIR/boot/efi.img"_s, u"-o"_s, u"%ISO"_s, u"%DIR"_s}
            << int(IsoArchive::Names::RockRidge) << kernel << initrd;
    }

    void layouts()
    {
        QFETCH(QStringList, args);
        QFETCH(int, names);
        QFETCH(QString, kernel);
        QFETCH(QString, initrd);
        const QString isoPath = path(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".iso"_s);
        args.replaceInStrings(u"%ISO"_s, isoPath).replaceInStrings(u"%DIR"_s, m_payload);
        makeIso(args);

        IsoArchive iso(isoPath);
        QVERIFY2(iso.open(QIODevice::ReadOnly), qPrintable(iso.errorString()));
        QCOMPARE(int(iso.names()), names);
        QString output;
        const QStringList expected = IsoFixture::xorrisoListing(isoPath, &output);
        QVERIFY2(!expected.isEmpty(), qPrintable(output));
        QCOMPARE(listing(iso), expected);

        const Iso::IsoFile *k = iso.isoFile(kernel);
        const Iso::IsoFile *i = iso.isoFile(initrd);
        QVERIFY(k && i);
        QCOMPARE(k->size(), QFileInfo(IsoFixture::debianKernel()).size());
        QVERIFY(k->data() == fileBytes(IsoFixture::debianKernel()));
        QVERIFY(i->data() == fileBytes(IsoFixture::debianInitrd()));
        // Through the device too, from the middle, as HTTP ranges read it.
        std::unique_ptr<QIODevice> device(i->createDevice());
        QVERIFY(device->seek(1'000'003));
        QVERIFY(device->read(70'000) == fileBytes(IsoFixture::debianInitrd()).mid(1'000'003, 70'000));

        if (iso.names() == IsoArchive::Names::RockRidge) {
            const KArchiveEntry *link = iso.directory()->entry(u"latest"_s);
            QVERIFY(link);
            QCOMPARE(link->symLinkTarget(), u"images/pxeboot/vmlinuz"_s);
            QVERIFY(S_ISLNK(link->permissions()));
            QCOMPARE(iso.isoFile(u"bin/run.sh"_s)->permissions() & 07777, mode_t(0755));
            QCOMPARE(iso.isoFile(u"a/b/c/d/e/f/g/h/i/j/deep.txt"_s)->data(), "nine levels down\n"_ba);
        }
        if (iso.names() != IsoArchive::Names::Iso9660)
            QCOMPARE(iso.isoFile(u"name with spaces & ünïcode.txt"_s)->data(), "names\n"_ba);
        QCOMPARE(iso.isoFile(iso.names() == IsoArchive::Names::Iso9660 ? u"EMPTY"_s : u"empty"_s)->size(), 0);

        if (QByteArray(QTest::currentDataTag()).startsWith("hybrid")) {
            QCOMPARE(fileBytes(isoPath).mid(510, 2), "\x55\xaa"_ba); // an MBR in front
            const QList<BootCatalog::Image> boot = iso.bootImages();
            QCOMPARE(boot.size(), 2);
            QCOMPARE(boot.at(0).platformName(), u"BIOS"_s);
            QVERIFY(boot.at(0).bootable);
            QCOMPARE(boot.at(0).media, BootCatalog::Image::NoEmulation);
            QCOMPARE(boot.at(0).sectorCount, 4);
            QCOMPARE(iso.bootImagePath(boot.at(0)), u"boot/bios.img"_s);
            QCOMPARE(boot.at(1).platformName(), u"UEFI"_s);
            QCOMPARE(iso.bootImagePath(boot.at(1)), u"boot/efi.img"_s);
        } else {
            QVERIFY(iso.bootImages().isEmpty());
        }
    }

    // What Debian ships, made by other people's tools (grub-mkrescue, the
    // iPXE and memtest86+ builds): every file as xorriso extracts it.
    void realImages_data()
    {
        QTest::addColumn<QString>("image");
        QTest::newRow("ipxe.iso") << u"/usr/lib/ipxe/ipxe.iso"_s;
        QTest::newRow("grub-rescue-cdrom.iso") << u"/usr/lib/grub-rescue/grub-rescue-cdrom.iso"_s;
        QTest::newRow("memtest86+x64.iso") << u"/usr/lib/memtest86+/memtest86+x64.iso"_s;
    }

    void realImages()
    {
        QFETCH(QString, image);
        QVERIFY2(QFile::exists(image), qPrintable(image + u" is missing: tools/dev installs it"_s));
        IsoArchive iso(image);
        QVERIFY2(iso.open(QIODevice::ReadOnly), qPrintable(iso.errorString()));
        QString output;
        const QStringList expected = IsoFixture::xorrisoListing(image, &output);
        QVERIFY2(!expected.isEmpty(), qPrintable(output));
        QCOMPARE(listing(iso), expected);
        QVERIFY(!iso.bootImages().isEmpty());

        const QString out = path(u"extract-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY2(IsoFixture::xorriso({u"-osirrox"_s, u"on"_s, u"-indev"_s, image, u"-extract"_s, u"/"_s, out},
                                     m_dir.path(), &output),
                 qPrintable(output));
        int files = 0;
        for (const QString &entry : expected) {
            const Iso::IsoFile *file = iso.isoFile(entry.mid(1));
            if (!file || !file->symLinkTarget().isEmpty())
                continue;
            QVERIFY2(file->data() == fileBytes(out + entry), qPrintable(entry));
            ++files;
        }
        QVERIFY(files > 0);
        qInfo("%s: %d files byte-identical with xorriso's extraction", qPrintable(image), files);
    }

    // ISO level 3: a file of 4 GiB and more is several extents of under
    // 4 GiB. Written sparse, with marks around the extents' edges.
    void multiExtent()
    {
        const QString big = path(u"big/huge.bin"_s);
        QVERIFY(QDir().mkpath(path(u"big"_s)));
        const qint64 size = (qint64(4) << 30) + 3 * 1024 * 1024 + 77;
        const QList<qint64> marks{0, 0xFFFFF800 - 5000, 0xFFFFF800 - 3, 0xFFFFF800 + 1, (qint64(4) << 30), size - 4096};
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(size));
            for (qint64 at : marks) {
                QVERIFY(f.seek(at));
                f.write(pattern(qMin<qint64>(4096, size - at), int(at)));
            }
        }
        makeIso({u"-outdev"_s, path(u"big.iso"_s), u"-compliance"_s, u"iso_9660_level=3"_s, u"-map"_s,
                 path(u"big"_s), u"/"_s});
        IsoArchive iso(path(u"big.iso"_s));
        QVERIFY2(iso.open(QIODevice::ReadOnly), qPrintable(iso.errorString()));
        const Iso::IsoFile *file = iso.isoFile(u"huge.bin"_s);
        QVERIFY(file);
        QCOMPARE(file->size(), size);
        QVERIFY(file->extents().size() >= 2);
        QString output;
        QCOMPARE(listing(iso), IsoFixture::xorrisoListing(path(u"big.iso"_s), &output));

        std::unique_ptr<QIODevice> device(file->createDevice());
        QFile source(big);
        QVERIFY(source.open(QIODevice::ReadOnly));
        for (qint64 at : marks) {
            QVERIFY(device->seek(at - (at ? 1 : 0)));
            QVERIFY(source.seek(at - (at ? 1 : 0)));
            QVERIFY(device->read(8192) == source.read(8192));
        }
        // 16 MiB across each edge between extents, read in one go.
        qint64 edge = 0;
        for (const Iso::Extent &extent : file->extents()) {
            edge += extent.size;
            const qint64 from = qMax<qint64>(0, edge - (8 << 20));
            QVERIFY(device->seek(from) && source.seek(from));
            const QByteArray ours = device->read(16 << 20);
            QVERIFY(!ours.isEmpty());
            QVERIFY(ours == source.read(16 << 20));
        }
        QCOMPARE(edge, size);
        QFile::remove(path(u"big.iso"_s));
        QFile::remove(big);
    }

    // Listing and reading two files must not read the rest of the image.
    void readsOnlyWhatItNeeds()
    {
        QVERIFY(IsoFixture::writeFile(path(u"filler/filler.bin"_s), pattern(48 << 20, 9)));
        QVERIFY(QFile::copy(IsoFixture::debianKernel(), path(u"filler/vmlinuz"_s)));
        QVERIFY(QFile::copy(IsoFixture::debianInitrd(), path(u"filler/initrd.gz"_s)));
        makeIso({u"-outdev"_s, path(u"filler.iso"_s), u"-map"_s, path(u"filler"_s), u"/"_s});
        CountingFile file(path(u"filler.iso"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        IsoArchive iso(&file);
        QVERIFY2(iso.open(QIODevice::ReadOnly), qPrintable(iso.errorString()));
        const qint64 listed = file.bytesRead;
        const QByteArray kernel = iso.isoFile(u"vmlinuz"_s)->data();
        const QByteArray initrd = iso.isoFile(u"initrd.gz"_s)->data();
        QCOMPARE(kernel.size() + initrd.size(),
                 QFileInfo(IsoFixture::debianKernel()).size() + QFileInfo(IsoFixture::debianInitrd()).size());
        qInfo("image %lld bytes: listing read %lld bytes, listing + kernel + initrd %lld",
              qlonglong(file.size()), qlonglong(listed), qlonglong(file.bytesRead));
        QVERIFY(listed <= 64 * 1024);
        QVERIFY(file.bytesRead <= kernel.size() + initrd.size() + 64 * 1024);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("image");
        QTest::addColumn<QString>("reason");
        const QByteArray &good = m_mini;
        const DirectoryRecord root = rootOf(good);
        const Located sub = locate(good, root.block, root.dataLength, "SUB");
        const Located other = locate(good, root.block, root.dataLength, "OTHER.TXT");
        QVERIFY(sub.offset > 0 && other.offset > 0);

        QByteArray loop = good;
        putBoth32(loop, sub.offset + 2, root.block);
        QTest::newRow("directory loop") << loop << u"directory loop"_s;

        QByteArray past = good;
        putBoth32(past, other.offset + 2, 0x00FF'FFFF);
        QTest::newRow("extent past the end") << past << u"past the end"_s;

        QByteArray huge = good;
        putBoth32(huge, sub.offset + 10, 0x7FFF'FFFF);
        QTest::newRow("absurd directory length") << huge << u"beyond belief"_s;

        QByteArray longName = good;
        longName[other.offset + 32] = char(200);
        QTest::newRow("name longer than its record") << longName << u"cannot hold a name"_s;

        // A CE entry that points at itself, in place of other.txt's first entry.
        QByteArray ce = good;
        const int nameLength = other.record.identifier.size();
        const qsizetype suAt = other.offset + 33 + nameLength + (nameLength % 2 == 0 ? 1 : 0);
        QVERIFY(other.record.systemUse.size() >= 28);
        QByteArray entry("CE\x1c\x01", 4);
        entry.resize(28);
        putBoth32(entry, 4, quint32(suAt / Iso::BlockSize));
        putBoth32(entry, 12, quint32(suAt % Iso::BlockSize));
        putBoth32(entry, 20, 28);
        ce.replace(suAt, 28, entry);
        QTest::newRow("continuation area loop") << ce << u"continuation areas"_s;

        QTest::newRow("truncated in the descriptors") << good.first(17 * 2048 + 100) << u"terminator"_s;
        QTest::newRow("truncated before its files")
            << good.first(qsizetype(other.record.block) * Iso::BlockSize + 100) << u"past the end"_s;
        QTest::newRow("not an ISO") << QByteArray(64 * 1024, '\0') << u"not an ISO image"_s;
        QTest::newRow("empty") << QByteArray() << u"not an ISO image"_s;
    }

    void hostile()
    {
        QFETCH(QByteArray, image);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!openBytes(image, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // Thousands of mutated images (bytes changed where descriptors,
    // directories, Rock Ridge and the boot catalog live) and every
    // truncation at a block edge: open and read without crashing, and a
    // message whenever opening fails.
    void fuzz()
    {
        QRandomGenerator random(0x150);
        qsizetype metadataEnd = 0;
        {
            QBuffer buffer(&m_mini);
            buffer.open(QIODevice::ReadOnly);
            IsoArchive iso(&buffer);
            QVERIFY(iso.open(QIODevice::ReadOnly));
            metadataEnd = iso.isoFile(u"boot/bios.img"_s)->position();
        }
        QVERIFY(metadataEnd > 17 * 2048);
        int opened = 0, failed = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 4000; ++round) {
            QByteArray image = m_mini;
            const int changes = 1 + random.bounded(32);
            for (int c = 0; c < changes; ++c) {
                const qsizetype at = 16 * 2048 + random.bounded(metadataEnd - 16 * 2048);
                const int kind = random.bounded(3);
                image[at] = kind == 0 ? char(random.generate()) : kind == 1 ? char(0xFF) : char(0);
            }
            QString error;
            if (openBytes(image, &error)) {
                ++opened;
            } else {
                ++failed;
                QVERIFY2(!error.isEmpty() && !error.contains(u"Unknown error"_s), qPrintable(error));
            }
        }
        for (qsizetype cut = 0; cut < m_mini.size(); cut += 2048) {
            QString error;
            if (openBytes(m_mini.first(cut), &error))
                ++opened;
            else
                ++failed;
        }
        qInfo("%d images opened, %d refused, in %lld ms", opened, failed, qlonglong(timer.elapsed()));
        QVERIFY(failed > 0 && opened > 0);
    }

    // A continuation area in block 0 (the system area) is read like any
    // other block: once it crashed, taken for the empty cache's block.
    void continuationInBlockZero()
    {
        const DirectoryRecord root = rootOf(m_mini);
        const Located other = locate(m_mini, root.block, root.dataLength, "OTHER.TXT");
        QVERIFY(other.offset > 0);
        QByteArray image = m_mini;
        const int nameLength = other.record.identifier.size();
        const qsizetype suAt = other.offset + 33 + nameLength + (nameLength % 2 == 0 ? 1 : 0);
        QByteArray entry("CE\x1c\x01", 4);
        entry.resize(28);
        putBoth32(entry, 4, 0);
        putBoth32(entry, 12, 0);
        putBoth32(entry, 20, 64);
        image.replace(suAt, 28, entry);
        QString error;
        QVERIFY2(openBytes(image, &error), qPrintable(error));
    }

    void readOnly()
    {
        QByteArray copy = m_mini;
        QBuffer buffer(&copy);
        IsoArchive iso(&buffer);
        QVERIFY(!iso.open(QIODevice::WriteOnly));
        QVERIFY(iso.errorString().contains(u"read-only"_s));
        IsoArchive missing(path(u"no-such.iso"_s));
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        QVERIFY2(missing.errorString().contains(u"no-such.iso"_s), qPrintable(missing.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestIsoArchive)
#include "tst_isoarchive.moc"
