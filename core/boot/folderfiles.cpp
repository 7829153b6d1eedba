// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/folderfiles.h"

using namespace Qt::StringLiterals;

namespace Boot {

FolderFiles::FolderFiles(QString name, const QString &folder)
    : m_name(std::move(name))
    , m_tree(folder)
{
}

OpenedFile FolderFiles::open(const QString &path, const Requester &who) const
{
    QString why;
    const std::optional<QString> normal = TreeFiles::normalise(path, &why);
    if (!normal || !normal->startsWith(m_name + u'/'))
        return OpenedFile::notFound(normal.value_or(path), u"not found: "_s + normal.value_or(path));
    OpenedFile file = m_tree.open(normal->mid(m_name.size() + 1), who);
    file.path = *normal; // the timeline names what was asked for
    if (!file.ok())
        file.reason = u"%1 (folder %2: %3)"_s.arg(file.reason, m_name, m_tree.root().isEmpty() ? u"missing"_s : m_tree.root());
    return file;
}

} // namespace Boot
