// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "site/document.h"

#include <QHostAddress>
#include <QString>

#include <memory>

namespace Boot {

/// Everything Rackside serves over TFTP (and later HTTP) for one site:
/// generated configs (ConfigFiles) over the operator's boot tree
/// (TreeFiles on the site's bootTree) over the loader tree (TreeFiles on
/// LoaderTree's folder). Build a new one when the site changes and swap it in.
class ServedFiles
{
public:
    /// @p sitePath resolves a relative bootTree; @p loaderDirectory may be
    /// empty (no loaders); @p serverAddress is {server} in kernel arguments.
    static std::shared_ptr<const FileSource> create(const Site::Document &site,
                                                    const QString &sitePath,
                                                    const QString &loaderDirectory,
                                                    const QHostAddress &serverAddress = {});
};

} // namespace Boot
