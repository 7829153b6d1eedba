// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"

#include <optional>

namespace Boot {

/// The files of one directory, the boot tree, and nothing outside it.
///
/// A request is taken relative to the tree: backslashes (Windows clients)
/// are separators and leading slashes are dropped, because many clients ask
/// for "/pxelinux.0" meaning the tree's own root (as tftpd-hpa -s does).
/// So "/etc/passwd" is looked up as <tree>/etc/passwd. Refused as
/// AccessDenied: ".." components, NUL bytes, drive letters ("C:"), names
/// longer than MaxPathLength, symlinks that resolve outside the tree, and
/// anything that is not a regular file (directories, devices, FIFOs).
class TreeFiles final : public FileSource
{
public:
    static constexpr int MaxPathLength = 1024;

    explicit TreeFiles(QString root);

    OpenedFile open(const QString &path, const Requester &who) const override;
    QString root() const { return m_root; }

    /// The request in tree form ('/' separators, no leading '/', no "."
    /// components), or nothing when it can never be in the tree.
    static std::optional<QString> normalise(const QString &path, QString *why);

private:
    QString m_root; ///< canonical; empty when the directory does not exist
    QString m_given;
};

} // namespace Boot
