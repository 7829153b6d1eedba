// SPDX-License-Identifier: GPL-3.0-or-later
#include "isoarchive.h"
#include "directorywalk.h"

namespace Iso {

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
    if (mode & QIODevice::WriteOnly)
        return refuseWriting();
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
    if (mode & QIODevice::WriteOnly)
        return refuseWriting();
    DirectoryWalk walk(*this, *device());
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
    // The boot catalog first, so the walk notes which files are its images.
    if (catalogBlock) {
        auto data = walk.read(qint64(catalogBlock) * BlockSize, BlockSize);
        auto catalog = data ? BootCatalog::parse(*data, &why) : std::nullopt;
        if (catalog)
            m_bootImages = catalog->images;
        for (const BootCatalog::Image &image : std::as_const(m_bootImages))
            walk.m_bootBlocks.insert(image.block);
        walk.error.clear();
    }
    m_names = rockRidge ? Names::RockRidge : joliet ? Names::Joliet : Names::Iso9660;
    const DirectoryRecord &root = m_names == Names::Joliet ? joliet->root : primary->root;
    if (!walk.run(root, m_names == Names::Joliet, rockRidge, skip.value_or(0)))
        return fail();

    return true;
}

bool IsoArchive::closeArchive()
{
    m_bootImages.clear();
    m_pathAtBlock.clear();
    m_volumeId.clear();
    return true; // m_file stays: KArchive closes its device after this

}

bool IsoArchive::refuseWriting()
{
    setErrorString(tr("ISO images are read-only here"));
    return false;
}

bool IsoArchive::doWriteDir(const QString &, const QString &, const QString &, mode_t, const QDateTime &,
                            const QDateTime &, const QDateTime &)
{
    return refuseWriting();
}

bool IsoArchive::doWriteSymLink(const QString &, const QString &, const QString &, const QString &, mode_t,
                                const QDateTime &, const QDateTime &, const QDateTime &)
{
    return refuseWriting();
}

bool IsoArchive::doPrepareWriting(const QString &, const QString &, const QString &, qint64, mode_t,
                                  const QDateTime &, const QDateTime &, const QDateTime &)
{
    return refuseWriting();
}

bool IsoArchive::doFinishWriting(qint64)
{
    return refuseWriting();
}

} // namespace Iso
