// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/isofiles.h"

#include "boot/treefiles.h"
#include "iso/isoarchive.h"

#include <KArchiveDirectory>

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Boot {

namespace {

constexpr int MaxLinkHops = 8;

} // namespace

IsoFiles::IsoFiles(const QString &name, const QString &isoPath)
    : m_prefix(u"iso/"_s + name + u'/')
    , m_imagePath(u"iso/"_s + name + u".iso"_s)
    , m_isoPath(isoPath)
{
    Iso::IsoArchive iso(isoPath);
    if (!iso.open(QIODevice::ReadOnly)) {
        m_error = iso.errorString();
        return;
    }
    QHash<QString, QString> links;
    QList<std::pair<const KArchiveDirectory *, QString>> folders{{iso.directory(), QString()}};
    while (!folders.isEmpty()) {
        const auto [folder, at] = folders.takeLast();
        m_folders.insert(at);
        const QStringList names = folder->entries();
        for (const QString &entryName : names) {
            const KArchiveEntry *entry = folder->entry(entryName);
            const QString path = at.isEmpty() ? entryName : at + u'/' + entryName;
            if (entry->isDirectory()) {
                folders.append({static_cast<const KArchiveDirectory *>(entry), path});
            } else if (!entry->symLinkTarget().isEmpty()) {
                links.insert(path, entry->symLinkTarget());
            } else {
                const auto *file = static_cast<const Iso::IsoFile *>(entry);
                m_files.insert(path, {file->extents(), file->size()});
            }
        }
    }
    // Symlinks that stay inside the image serve their target (Debian ISOs link
    // "debian" to "."; casper names kernels through links on some releases).
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        QString path = it.key(), target = it.value();
        for (int hop = 0; hop < MaxLinkHops; ++hop) {
            if (target.startsWith(u'/'))
                break;
            const QString folder = path.contains(u'/') ? path.section(u'/', 0, -2) + u'/' : QString();
            const QString resolved = QDir::cleanPath(folder + target);
            if (resolved.startsWith(u".."_s))
                break;
            if (const auto file = m_files.constFind(resolved); file != m_files.cend()) {
                m_files.insert(it.key(), *file);
                break;
            }
            if (!links.contains(resolved))
                break;
            path = resolved;
            target = links.value(resolved);
        }
    }
}

OpenedFile IsoFiles::open(const QString &path, const Requester &) const
{
    QString why;
    const std::optional<QString> normal = TreeFiles::normalise(path, &why);
    if (!normal)
        return OpenedFile::notFound(path, why);
    if (*normal == m_imagePath) {
        auto file = std::make_unique<QFile>(m_isoPath);
        if (!file->open(QIODevice::ReadOnly))
            return OpenedFile::notFound(*normal, u"not found: %1 (%2: %3)"_s.arg(*normal, m_isoPath, file->errorString()));
        OpenedFile opened;
        opened.status = OpenedFile::Status::Ok;
        opened.size = file->size();
        opened.path = *normal;
        opened.device = std::move(file);
        return opened;
    }
    if (!normal->startsWith(m_prefix) && *normal + u'/' != m_prefix)
        return OpenedFile::notFound(*normal, u"not found: "_s + *normal);
    const QString inside = normal->mid(m_prefix.size());
    const auto found = m_files.constFind(inside);
    if (found == m_files.cend()) {
        OpenedFile missing = OpenedFile::notFound(*normal, u"not found: "_s + *normal);
        if (!m_error.isEmpty())
            missing.reason += u" ("_s + m_error + u')';
        else if (m_folders.contains(inside) || inside.isEmpty())
            missing.reason = u"%1 is a folder in %2"_s.arg(*normal, m_isoPath);
        return missing;
    }
    auto device = std::make_unique<Iso::ExtentDevice>(std::make_unique<QFile>(m_isoPath), found->extents);
    if (!device->open(QIODevice::ReadOnly))
        return OpenedFile::notFound(*normal, u"not found: %1 (%2: %3)"_s.arg(*normal, m_isoPath, device->errorString()));
    OpenedFile opened;
    opened.status = OpenedFile::Status::Ok;
    opened.size = found->size;
    opened.path = *normal;
    opened.device = std::move(device);
    return opened;
}

} // namespace Boot
