// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/treefiles.h"

namespace Boot {

/// One of the site's folders served under a name of its own (site key
/// "httpFolders"): "<name>/dists/trixie/Release" is <folder>/dists/trixie/Release,
/// for a package mirror or an unpacked ISO next to the boot tree. Confined
/// like the boot tree (TreeFiles). Other paths are not its own: NotFound,
/// so the next source answers them.
class FolderFiles final : public FileSource
{
public:
    FolderFiles(QString name, const QString &folder);

    OpenedFile open(const QString &path, const Requester &who) const override;

private:
    QString m_name;
    TreeFiles m_tree;
};

} // namespace Boot
