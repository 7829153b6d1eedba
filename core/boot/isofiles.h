// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "iso/extentdevice.h"

#include <QHash>
#include <QSet>

namespace Boot {

/// An imported ISO served straight from the image file, with no loop mount
/// and no extraction: iso/<name>/<path> is that file inside the ISO, and
/// iso/<name>.iso the image itself (for installers that fetch it whole).
/// The directories are read once, here; each open() reads the image through
/// a QFile of its own, so the network thread shares nothing. Other paths
/// are not its own: NotFound, so the next source answers them.
class IsoFiles final : public FileSource
{
public:
    IsoFiles(const QString &name, const QString &isoPath);

    /// Why the image could not be read (then only iso/<name>.iso is served,
    /// if the file is there); empty when it could.
    QString error() const { return m_error; }
    int fileCount() const { return int(m_files.size()); }

    OpenedFile open(const QString &path, const Requester &who) const override;

private:
    struct File
    {
        QList<Iso::Extent> extents;
        qint64 size = 0;
    };

    QString m_prefix; // "iso/<name>/"
    QString m_imagePath; // "iso/<name>.iso"
    QString m_isoPath;
    QHash<QString, File> m_files;
    QSet<QString> m_folders;
    QString m_error;
};

} // namespace Boot
