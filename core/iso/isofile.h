// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extentdevice.h"

#include <KArchiveFile>

namespace Iso {

/// A file of an IsoArchive: a KArchiveFile whose data may lie in several
/// extents of the image.
class IsoFile : public KArchiveFile
{
public:
    IsoFile(KArchive *archive, const QString &name, int access, const QDateTime &date, const QString &user,
            const QString &group, const QString &symlink, QList<Extent> extents);

    QList<Extent> extents() const { return m_extents; }
    /// Reads through the archive's device (like every KArchiveFile).
    QIODevice *createDevice() const override;
    QByteArray data() const override;

private:
    QList<Extent> m_extents;
};

} // namespace Iso
