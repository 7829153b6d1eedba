// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/treefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Boot {

TreeFiles::TreeFiles(QString root)
    : m_root(QFileInfo(root).canonicalFilePath())
    , m_given(std::move(root))
{
}

std::optional<QString> TreeFiles::normalise(const QString &path, QString *why)
{
    if (path.size() > MaxPathLength) {
        *why = u"name too long (%1 characters, at most %2)"_s.arg(path.size()).arg(MaxPathLength);
        return std::nullopt;
    }
    if (path.contains(QChar(0))) {
        *why = u"NUL byte in the name"_s;
        return std::nullopt;
    }
    QString p = path;
    p.replace(u'\\', u'/');
    QStringList parts;
    for (const QString &part : p.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"."_s)
            continue;
        if (part == u".."_s) {
            *why = u"'..' leads out of the boot tree"_s;
            return std::nullopt;
        }
        if (parts.isEmpty() && part.size() == 2 && part[1] == u':' && part[0].isLetter()) {
            *why = u"drive letter '%1' in the name"_s.arg(part);
            return std::nullopt;
        }
        parts << part;
    }
    if (parts.isEmpty()) {
        *why = u"empty name"_s;
        return std::nullopt;
    }
    return parts.join(u'/');
}

OpenedFile TreeFiles::open(const QString &path, const Requester &) const
{
    OpenedFile out;
    QString why;
    const auto relative = normalise(path, &why);
    out.path = relative.value_or(path.left(200));
    if (!relative) {
        out.status = OpenedFile::Status::AccessDenied;
        out.reason = u"refused %1: %2"_s.arg(out.path, why);
        return out;
    }
    if (m_root.isEmpty()) {
        out.reason = u"not found: %1 (the boot tree %2 does not exist)"_s.arg(out.path, m_given);
        return out;
    }
    const QString full = QDir(m_root).filePath(*relative);
    const QFileInfo info(full);
    if (!info.exists()) {
        out.reason = u"not found: %1"_s.arg(out.path);
        return out;
    }
    // Symlinks inside the tree are fine; where they lead must be inside too.
    const QString target = info.canonicalFilePath();
    const QString inside = m_root.endsWith(u'/') ? m_root : m_root + u'/';
    if (target.isEmpty() || !target.startsWith(inside)) {
        out.status = OpenedFile::Status::AccessDenied;
        out.reason = u"refused %1: it leads out of the boot tree"_s.arg(out.path);
        return out;
    }
    // O_NONBLOCK: opening a FIFO must not stall the network thread; the
    // type check below then refuses it.
    const int fd = ::open(QFile::encodeName(target).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        out.status = errno == ENOENT ? OpenedFile::Status::NotFound : OpenedFile::Status::AccessDenied;
        out.reason = u"cannot open %1: %2"_s.arg(out.path, QString::fromLocal8Bit(strerror(errno)));
        return out;
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        out.status = OpenedFile::Status::AccessDenied;
        out.reason = S_ISDIR(st.st_mode) ? u"refused %1: a directory, not a file"_s.arg(out.path)
                                         : u"refused %1: not a regular file"_s.arg(out.path);
        return out;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>();
    // Unbuffered: servers read ahead in large chunks themselves (Tftp::BlockReader);
    // Qt's buffer would copy every byte once more.
    if (!file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        out.status = OpenedFile::Status::AccessDenied;
        out.reason = u"cannot open %1: %2"_s.arg(out.path, file->errorString());
        return out;
    }
    out.status = OpenedFile::Status::Ok;
    out.size = qint64(st.st_size);
    out.device = std::move(file);
    return out;
}

} // namespace Boot
