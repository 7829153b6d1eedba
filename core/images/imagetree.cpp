// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagetree.h"

#include <KArchiveDirectory>
#include <KArchiveFile>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Images {

namespace {

class ArchiveTree final : public ImageTree
{
public:
    explicit ArchiveTree(const KArchiveDirectory *root)
        : m_root(root)
    {
    }

    const KArchiveEntry *entry(const QString &path) const
    {
        return path.isEmpty() ? m_root : m_root->entry(path);
    }
    const KArchiveFile *file(const QString &path) const
    {
        const KArchiveEntry *e = entry(path);
        // A symlink is a KArchiveFile too; follow it once, inside the tree.
        if (e && e->isFile() && !e->symLinkTarget().isEmpty()) {
            const QString target = QDir::cleanPath(
                (path.contains(u'/') ? path.section(u'/', 0, -2) + u'/' : QString()) + e->symLinkTarget());
            e = target.startsWith(u"..") || target.startsWith(u'/') ? nullptr : m_root->entry(target);
            if (e && e->isFile() && !e->symLinkTarget().isEmpty())
                e = nullptr;
        }
        return e && e->isFile() ? static_cast<const KArchiveFile *>(e) : nullptr;
    }

    bool isFile(const QString &path) const override { return file(path); }
    bool isDirectory(const QString &path) const override
    {
        const KArchiveEntry *e = entry(path);
        return e && e->isDirectory();
    }
    QStringList entries(const QString &path) const override
    {
        const KArchiveEntry *e = entry(path);
        if (!e || !e->isDirectory())
            return {};
        QStringList names = static_cast<const KArchiveDirectory *>(e)->entries();
        names.sort();
        return names;
    }
    qint64 size(const QString &path) const override
    {
        const KArchiveFile *f = file(path);
        return f ? f->size() : -1;
    }
    std::unique_ptr<QIODevice> open(const QString &path) const override
    {
        const KArchiveFile *f = file(path);
        if (!f)
            return nullptr;
        std::unique_ptr<QIODevice> device(f->createDevice());
        if (device && !device->isOpen() && !device->open(QIODevice::ReadOnly))
            return nullptr;
        return device;
    }

private:
    const KArchiveDirectory *m_root;
};

class FolderTree final : public ImageTree
{
public:
    explicit FolderTree(const QString &folder)
        : m_root(QFileInfo(folder).canonicalFilePath())
    {
    }

    // The file's real path if it stays inside the folder, else empty.
    QString inside(const QString &path) const
    {
        if (m_root.isEmpty())
            return {};
        const QString real = QFileInfo(m_root + u'/' + path).canonicalFilePath();
        return real == m_root || real.startsWith(m_root + u'/') ? real : QString();
    }

    bool isFile(const QString &path) const override
    {
        const QString real = inside(path);
        return !real.isEmpty() && QFileInfo(real).isFile();
    }
    bool isDirectory(const QString &path) const override
    {
        const QString real = inside(path);
        return !real.isEmpty() && QFileInfo(real).isDir();
    }
    QStringList entries(const QString &path) const override
    {
        const QString real = inside(path);
        if (real.isEmpty())
            return {};
        return QDir(real).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }
    qint64 size(const QString &path) const override { return isFile(path) ? QFileInfo(inside(path)).size() : -1; }
    std::unique_ptr<QIODevice> open(const QString &path) const override
    {
        if (!isFile(path))
            return nullptr;
        auto file = std::make_unique<QFile>(inside(path));
        if (!file->open(QIODevice::ReadOnly))
            return nullptr;
        return file;
    }

private:
    QString m_root;
};

} // namespace

QByteArray ImageTree::read(const QString &path, qint64 maxBytes) const
{
    auto device = open(path);
    return device ? device->read(maxBytes) : QByteArray();
}

QString ImageTree::firstFile(const QStringList &candidates) const
{
    for (const QString &path : candidates) {
        if (isFile(path))
            return path;
    }
    return {};
}

QStringList ImageTree::findFiles(const std::function<bool(const QString &)> &matches, int depth) const
{
    QStringList found;
    QList<std::pair<QString, int>> folders{{QString(), 0}};
    while (!folders.isEmpty()) {
        const auto [folder, level] = folders.takeFirst();
        const QStringList names = entries(folder);
        for (const QString &name : names) {
            const QString path = folder.isEmpty() ? name : folder + u'/' + name;
            if (isDirectory(path)) {
                if (level < depth)
                    folders.append({path, level + 1});
            } else if (matches(name) && isFile(path)) {
                found.append(path);
            }
        }
    }
    return found;
}

std::unique_ptr<ImageTree> ImageTree::ofArchive(const KArchiveDirectory *root)
{
    return std::make_unique<ArchiveTree>(root);
}

std::unique_ptr<ImageTree> ImageTree::ofFolder(const QString &folder)
{
    return std::make_unique<FolderTree>(folder);
}

} // namespace Images
