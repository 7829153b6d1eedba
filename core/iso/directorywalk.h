// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IsoArchive's reader; only isoarchive.cpp includes this.

#include "directoryrecord.h"
#include "isoarchive.h"
#include "rockridge.h"
#include "volumedescriptor.h"

#include <KArchiveDirectory>

#include <QSet>

#include <deque>
#include <optional>
#include <sys/stat.h>

namespace Iso {

namespace Walking {

constexpr quint32 FirstDescriptorBlock = 16; // ECMA-119 6.2.1: the system area comes first
constexpr int MaxDescriptors = 64;

inline bool usableName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') && !name.contains(QChar(0));
}

} // namespace Walking

/// One pass over an ISO image for IsoArchive: the volume descriptors, then
/// the directories breadth first, building the KArchive tree. Every length
/// and offset the image gives is checked against the image and the limits
/// in IsoArchive before it is used.
class DirectoryWalk
{
    Q_DECLARE_TR_FUNCTIONS(Iso::IsoArchive) // its messages are the archive's

public:
    DirectoryWalk(IsoArchive &archive, QIODevice &image)
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
        for (quint32 block = Walking::FirstDescriptorBlock; block < Walking::FirstDescriptorBlock + Walking::MaxDescriptors; ++block) {
            if ((block + 1) * BlockSize > m_imageSize)
                break;
            auto data = read(block * BlockSize, BlockSize);
            if (!data)
                return std::nullopt;
            QString why;
            auto d = VolumeDescriptor::parse(*data, &why);
            if (!d) {
                if (block == Walking::FirstDescriptorBlock)
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
            if (hops == IsoArchive::MaxContinuations) {
                error = tr("more than %1 Rock Ridge continuation areas for one entry").arg(IsoArchive::MaxContinuations);
                return std::nullopt;
            }
            if (next->offset >= BlockSize || next->length > BlockSize - next->offset) {
                error = tr("a Rock Ridge continuation area runs past its block");
                return std::nullopt;
            }
            if (m_cachedBlock != next->block || m_cached.size() != BlockSize) {
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

    /// Files starting at these blocks are boot images: remember their paths.
    QSet<quint32> m_bootBlocks;

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
        m_directoryBytes += dir.length;
        if (dir.length > IsoArchive::MaxDirectoryBytes || m_directoryBytes > IsoArchive::MaxTotalDirectoryBytes) {
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
        if (!Walking::usableName(name))
            return true;
        const QString path = dir.path.isEmpty() ? name : dir.path + u'/' + name; // for directories and messages
        if (++m_entries > IsoArchive::MaxEntries) {
            error = tr("more than %1 entries").arg(IsoArchive::MaxEntries);
            return false;
        }
        const QDateTime date = rr.modified.isValid() ? rr.modified : record.recorded();
        const QString &user = idText(rr.uid), &group = idText(rr.gid);
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
            if (dir.depth + 1 > IsoArchive::MaxDepth) {
                error = tr("%1: directories nest deeper than %2").arg(path).arg(IsoArchive::MaxDepth);
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
        int mode = S_IFREG | (rr.mode ? int(*rr.mode & 07777) : 0444);
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
        if (dir.entry->addEntryV2(file) && m_bootBlocks.contains(firstBlock) && file->size() > 0)
            m_archive.m_pathAtBlock.insert(firstBlock, path);
        return true;
    }

    // A uid or gid as text: most images have one or two, so keep them.
    const QString &idText(quint32 id)
    {
        auto it = m_ids.constFind(id);
        if (it == m_ids.cend())
            it = m_ids.insert(id, QString::number(id));
        return *it;
    }

    IsoArchive &m_archive;
    QHash<quint32, QString> m_ids;
    QIODevice &m_image;
    const qint64 m_imageSize;
    bool m_joliet = false;
    bool m_rockRidge = false;
    int m_suspSkip = 0;
    std::deque<Pending> m_pending;
    QSet<quint32> m_seen;
    int m_entries = 0;
    qint64 m_directoryBytes = 0; // directories overlapping each other cost no more than this
    QByteArray m_cached; // the last continuation block read
    std::optional<quint32> m_cachedBlock;
};

} // namespace Iso
