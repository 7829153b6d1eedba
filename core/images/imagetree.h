// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QStringList>

#include <functional>
#include <memory>

class KArchiveDirectory;

namespace Images {

/// The files of something an operator imports, whatever holds them: an ISO
/// or a netboot tarball read through KArchive, or a folder on disk. Paths
/// are relative, '/'-separated, without a leading slash.
class ImageTree
{
public:
    virtual ~ImageTree() = default;

    virtual bool isFile(const QString &path) const = 0;
    virtual bool isDirectory(const QString &path) const = 0;
    /// Names in the folder @p path ("" for the top), sorted.
    virtual QStringList entries(const QString &path) const = 0;
    virtual qint64 size(const QString &path) const = 0;
    /// The file, open for reading; nullptr when it is no file.
    virtual std::unique_ptr<QIODevice> open(const QString &path) const = 0;

    /// At most @p maxBytes of the file; empty when it is no file.
    QByteArray read(const QString &path, qint64 maxBytes = 1 << 20) const;
    /// The first path among @p candidates that is a file; empty when none is.
    QString firstFile(const QStringList &candidates) const;
    /// Files at most @p depth folders down whose name @p matches accepts.
    QStringList findFiles(const std::function<bool(const QString &name)> &matches, int depth) const;

    /// @p root must outlive the tree (it is the archive's).
    static std::unique_ptr<ImageTree> ofArchive(const KArchiveDirectory *root);
    /// A folder on disk; symlinks that leave it are not followed.
    static std::unique_ptr<ImageTree> ofFolder(const QString &folder);
};

} // namespace Images
