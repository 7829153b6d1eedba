// SPDX-License-Identifier: GPL-3.0-or-later
#include "isoarchive.h"
#include "rockridge.h"
#include "volumedescriptor.h"

#include <KArchiveDirectory>

#include <QSet>

#include <deque>
#include <sys/stat.h>

namespace Iso {

namespace {

constexpr quint32 FirstDescriptorBlock = 16; // ECMA-119 6.2.1: the system area comes first
constexpr int MaxDescriptors = 64;

bool usableName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') && !name.contains(QChar(0));
}

} // namespace

/// One pass over the directories, breadth first, building the KArchive tree.
class IsoArchive::Walk
{
public:
    Walk(IsoArchive &archive, QIODevice &image)
        : m_archive(archive)
        , m_image(image)
        , m_imageSize(image.size())
    {
    }

    QString error;

    std::optional<QByteArray> read(qint64 offset, qint64 length)
    {
        if (offset < 0 || length < 0 || offset + length > m_imageSize) {
            error = tr("bytes %1-%2 lie past the end of the image (%3 bytes): is it truncated?")
                        .arg(offset).arg(offset + length).arg(m_imageSize);
            return std::nullopt;
        }
        QByteArray data;
        if (!m_image.seek(offset) || (data = m_image.read(length)).size() != length) {
            error = tr("cannot read bytes %1-%2: %3").arg(offset).arg(offset + length).arg(m_image.errorString());
            return std::nullopt;
        }
        return data;
    }

    std::optional<QList<VolumeDescriptor>> descriptors()
    {
        QList<VolumeDescriptor> found;
        for (quint32 block = FirstDescriptorBlock; block < FirstDescriptorBlock + MaxDescriptors; ++block) {
            if ((block + 1) * BlockSize > m_imageSize)
                break;
            auto data = read(block * BlockSize, BlockSize);
            if (!data)
                return std::nullopt;
            QString why;
            auto d = VolumeDescriptor::parse(*data, &why);
            if (!d) {
                if (block == FirstDescriptorBlock)
                    break;
                error = tr("volume descriptor in block %1: %2").arg(block).arg(why);
                return std::nullopt;
            }
            if (d->type == VolumeDescriptor::Type::Terminator)
                return found;
            found.append(*d);
        }
        if (found.isEmpty())
            error = tr("no ISO 9660 volume descriptor at block 16: this is not an ISO image");
        else
            error = tr("the volume descriptors have no terminator");
        return std::nullopt;
    }

    /// Rock Ridge of @p record, following continuation areas.
    std::optional<RockRidge> rockRidge(const DirectoryRecord &record)
    {
        RockRidge rr;
        auto next = rr.read(record.systemUse, m_suspSkip);
        for (int hops = 0; next; ++hops) {
            if (hops == MaxContinuations) {
                error = tr("more than %1 Rock Ridge continuation areas for one entry").arg(MaxContinuations);
                return std::nullopt;
            }
            if (next->offset >= BlockSize || next->length > BlockSize - next->offset) {
                error = tr("a Rock Ridge continuation area runs past its block");
                return std::nullopt;
            }
            if (m_cachedBlock != next->block) {
                auto block = read(qint64(next->block) * BlockSize, BlockSize);
                if (!block)
                    return std::nullopt;
                m_cached = *block;
                m_cachedBlock = next->block;
            }
            next = rr.read(QByteArrayView(m_cached).sliced(next->offset, next->length));
        }
        return rr;
    }

    bool run(const DirectoryRecord &root, bool joliet, bool rockRidge, int suspSkip)
    {
        m_joliet = joliet;
        m_rockRidge = rockRidge;
        m_suspSkip = suspSkip;
        m_pending.push_back({m_archive.rootDir(), root.block, root.dataLength, QString(), 0});
        while (!m_pending.empty()) {
            const Pending dir = m_pending.front();
            m_pending.pop_front();
            if (!walkDirectory(dir))
                return false;
        }
        return true;
    }

private:
    struct Pending
    {
        KArchiveDirectory *entry;
        quint32 block;
        quint32 length;
        QString path;
        int depth;
    };

    QString where(const Pending &dir) const { return dir.path.isEmpty() ? QStringLiteral("/") : dir.path; }

    bool walkDirectory(const Pending &dir)
    {
        if (m_seen.contains(dir.block)) {
            error = tr("%1: directory loop (block %2 is listed twice)").arg(where(dir)).arg(dir.block);
            return false;
        }
        m_seen.insert(dir.block);
        if (dir.length > MaxDirectoryBytes) {
            error = tr("%1: a directory of %2 bytes is beyond belief").arg(where(dir)).arg(dir.length);
            return false;
        }
        auto data = read(qint64(dir.block) * BlockSize, dir.length);
        if (!data) {
            error = where(dir) + QStringLiteral(": ") + error;
            return false;
        }
        QString why;
        auto records = DirectoryRecord::parseDirectory(*data, &why);
        if (!records) {
            error = tr("%1: %2").arg(where(dir), why);
            return false;
        }
        for (qsizetype i = 0; i < records->size(); ++i) {
            const DirectoryRecord &record = records->at(i);
            if (record.isSelf() || record.isParent())
                continue;
            QList<Extent> extents{{qint64(record.block) * BlockSize, record.dataLength}};
            while (records->at(i).continues()) {
                if (i + 1 == records->size() || records->at(i + 1).identifier != record.identifier) {
                    error = tr("%1: the parts of a multi-extent file end early").arg(where(dir));
                    return false;
                }
                ++i;
                extents.append({qint64(records->at(i).block) * BlockSize, records->at(i).dataLength});
            }
            if (!addEntry(dir, record, extents))
                return false;
        }
        return true;
    }

    bool addEntry(const Pending &dir, const DirectoryRecord &record, QList<Extent> extents)
    {
        RockRidge rr;
        if (m_rockRidge) {
            auto read = rockRidge(record);
            if (!read) {
                error = tr("%1: %2").arg(where(dir), error);
                return false;
            }
            rr = *read;
        }
        if (rr.relocated)
            return true; // shown where its CL entry is
        const QString name = rr.name.isEmpty() ? record.name(m_joliet) : rr.name;
        if (!usableName(name))
            return true;
        const QString path = dir.path.isEmpty() ? name : dir.path + u'/' + name;
        if (++m_entries > MaxEntries) {
            error = tr("more than %1 entries").arg(MaxEntries);
            return false;
        }
        const QDateTime date = rr.modified.isValid() ? rr.modified : record.recorded;
        const QString user = QString::number(rr.uid), group = QString::number(rr.gid);
        const bool isDirectory = record.isDirectory() || rr.childLink;
        if (isDirectory) {
            quint32 block = record.block, length = record.dataLength;
            if (rr.childLink) {
                // The relocated directory's own "." record holds its length.
                auto first = read(qint64(*rr.childLink) * BlockSize, BlockSize);
                QString why;
                auto self = first ? DirectoryRecord::parse(*first, &why) : std::nullopt;
                if (!self || !self->isSelf()) {
                    error = tr("%1: the relocated directory at block %2 is unreadable").arg(path).arg(*rr.childLink);
                    return false;
                }
                block = *rr.childLink;
                length = self->dataLength;
            }
            if (dir.depth + 1 > MaxDepth) {
                error = tr("%1: directories nest deeper than %2").arg(path).arg(MaxDepth);
                return false;
            }
            const int mode = S_IFDIR | (rr.mode ? (*rr.mode & 07777) : 0555);
            auto *entry = new KArchiveDirectory(&m_archive, name, mode, date, user, group, QString());
            if (dir.entry->addEntryV2(entry))
                m_pending.push_back({entry, block, length, path, dir.depth + 1});
            return true;
        }
        if (rr.compressed) {
            error = tr("%1 is zisofs-compressed, which is not supported").arg(path);
            return false;
        }
        int mode = rr.mode ? int(*rr.mode) : (S_IFREG | 0444);
        if (rr.isSymlink) {
            extents.clear();
            mode = S_IFLNK | (mode & 07777);
        } else {
            for (const Extent &e : std::as_const(extents)) {
                if (e.size > 0 && e.offset + e.size > m_imageSize) {
                    error = tr("%1: its data (bytes %2-%3) lies past the end of the image (%4 bytes): is it truncated?")
                                .arg(path).arg(e.offset).arg(e.offset + e.size).arg(m_imageSize);
                    return false;
                }
            }
        }
        const quint32 firstBlock = extents.isEmpty() ? 0 : quint32(extents.first().offset / BlockSize);
        auto *file = new IsoFile(&m_archive, name, mode, date, user, group, rr.symlinkTarget, std::move(extents));
        if (dir.entry->addEntryV2(file) && firstBlock && file->size() > 0)
            m_archive.m_pathAtBlock.insert(firstBlock, path);
        return true;
    }

    IsoArchive &m_archive;
    QIODevice &m_image;
    const qint64 m_imageSize;
    bool m_joliet = false;
    bool m_rockRidge = false;
    int m_suspSkip = 0;
    std::deque<Pending> m_pending;
    QSet<quint32> m_seen;
    int m_entries = 0;
    QByteArray m_cached;
    quint32 m_cachedBlock = 0;
};

IsoArchive::IsoArchive(const QString &fileName)
    : KArchive(fileName)
{
}

IsoArchive::IsoArchive(QIODevice *device)
    : KArchive(device)
{
}

IsoArchive::~IsoArchive()
{
    if (isOpen())
        close();
}

QString IsoArchive::bootImagePath(const BootCatalog::Image &image) const
{
    return m_pathAtBlock.value(image.block);
}

const IsoFile *IsoArchive::isoFile(const QString &path) const
{
    const KArchiveEntry *entry = directory() ? directory()->entry(path) : nullptr;
    return entry && entry->isFile() ? static_cast<const IsoFile *>(entry) : nullptr;
}

bool IsoArchive::createDevice(QIODevice::OpenMode mode)
{
    if (mode & QIODevice::WriteOnly) {
        setErrorString(tr("ISO images are read-only here"));
        return false;
    }
    m_file = std::make_unique<QFile>(fileName());
    if (!m_file->open(QIODevice::ReadOnly)) {
        setErrorString(tr("Cannot open %1: %2").arg(fileName(), m_file->errorString()));
        return false;
    }
    setDevice(m_file.get());
    return true;
}

bool IsoArchive::openArchive(QIODevice::OpenMode mode)
{
    const QString image = fileName().isEmpty() ? tr("the image") : fileName();
    if (mode & QIODevice::WriteOnly) {
        setErrorString(tr("ISO images are read-only here"));
        return false;
    }
    Walk walk(*this, *device());
    const auto fail = [&] {
        setErrorString(tr("%1 is not a readable ISO 9660 image: %2").arg(image, walk.error));
        return false;
    };
    if (device()->isSequential()) {
        walk.error = tr("the device cannot seek");
        return fail();
    }
    auto descriptors = walk.descriptors();
    if (!descriptors)
        return fail();
    const VolumeDescriptor *primary = nullptr, *joliet = nullptr;
    quint32 catalogBlock = 0;
    for (const VolumeDescriptor &d : std::as_const(*descriptors)) {
        if (d.type == VolumeDescriptor::Type::Primary && !primary)
            primary = &d;
        else if (d.jolietLevel && (!joliet || d.jolietLevel > joliet->jolietLevel))
            joliet = &d;
        else if (d.bootCatalogBlock)
            catalogBlock = d.bootCatalogBlock;
    }
    if (!primary) {
        walk.error = tr("it has no primary volume descriptor");
        return fail();
    }
    if (primary->blockSize != BlockSize) {
        walk.error = tr("its block size is %1 bytes; only 2048 is supported").arg(primary->blockSize);
        return fail();
    }
    m_volumeId = primary->volumeId;

    // Rock Ridge: SUSP's SP entry opens the root's "." record (SUSP 1.12, 5.3).
    auto rootBlock = walk.read(qint64(primary->root.block) * BlockSize, BlockSize);
    if (!rootBlock)
        return fail();
    QString why;
    auto self = DirectoryRecord::parse(*rootBlock, &why);
    std::optional<int> skip = self ? RockRidge::suspSkip(self->systemUse) : std::nullopt;
    bool rockRidge = false;
    if (skip) {
        auto rr = walk.rockRidge(*self);
        rockRidge = rr && rr->present;
    }
    m_names = rockRidge ? Names::RockRidge : joliet ? Names::Joliet : Names::Iso9660;
    const DirectoryRecord &root = m_names == Names::Joliet ? joliet->root : primary->root;
    if (!walk.run(root, m_names == Names::Joliet, rockRidge, skip.value_or(0)))
        return fail();

    if (catalogBlock) {
        auto data = walk.read(qint64(catalogBlock) * BlockSize, BlockSize);
        auto catalog = data ? BootCatalog::parse(*data, &why) : std::nullopt;
        if (catalog)
            m_bootImages = catalog->images;
    }
    return true;
}

bool IsoArchive::closeArchive()
{
    m_bootImages.clear();
    m_pathAtBlock.clear();
    m_volumeId.clear();
    return true; // m_file stays: KArchive closes its device after this

}

bool IsoArchive::doWriteDir(const QString &, const QString &, const QString &, mode_t, const QDateTime &,
                            const QDateTime &, const QDateTime &)
{
    setErrorString(tr("ISO images are read-only here"));
    return false;
}

bool IsoArchive::doWriteSymLink(const QString &, const QString &, const QString &, const QString &, mode_t,
                                const QDateTime &, const QDateTime &, const QDateTime &)
{
    setErrorString(tr("ISO images are read-only here"));
    return false;
}

bool IsoArchive::doPrepareWriting(const QString &, const QString &, const QString &, qint64, mode_t,
                                  const QDateTime &, const QDateTime &, const QDateTime &)
{
    setErrorString(tr("ISO images are read-only here"));
    return false;
}

bool IsoArchive::doFinishWriting(qint64)
{
    setErrorString(tr("ISO images are read-only here"));
    return false;
}

} // namespace Iso
