// SPDX-License-Identifier: GPL-3.0-or-later
#include "isofile.h"

#include <KArchive>

#include <numeric>

namespace Iso {

namespace {

qint64 total(const QList<Extent> &extents)
{
    return std::accumulate(extents.cbegin(), extents.cend(), qint64(0),
                           [](qint64 sum, const Extent &e) { return sum + e.size; });
}

} // namespace

IsoFile::IsoFile(KArchive *archive, const QString &name, int access, const QDateTime &date, const QString &user,
                 const QString &group, const QString &symlink, QList<Extent> extents)
    : KArchiveFile(archive, name, access, date, user, group, symlink,
                   extents.isEmpty() ? 0 : extents.first().offset, total(extents))
    , m_extents(std::move(extents))
{
}

QIODevice *IsoFile::createDevice() const
{
    auto *device = new ExtentDevice(archive()->device(), m_extents);
    device->open(QIODevice::ReadOnly);
    return device;
}

QByteArray IsoFile::data() const
{
    std::unique_ptr<QIODevice> device(createDevice());
    return device->readAll();
}

} // namespace Iso
