// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "site/document.h"

#include <QHostAddress>
#include <QString>

#include <memory>

namespace Boot {

/// Everything Rackside serves over TFTP and HTTP for one site: answer files
/// and the install-done callback (AnswerFiles) over generated configs
/// (ConfigFiles) over, in proxy mode, GRUB with Rackside's address built in
/// (ProxyLoaders) over the operator's boot tree (TreeFiles on the site's
/// bootTree) over the loader tree (TreeFiles on LoaderTree's folder). Build a new one when the site changes
/// and swap it in.
class ServedFiles
{
public:
    /// @p sitePath resolves a relative bootTree and answer-file templates;
    /// @p loaderDirectory may be empty (no loaders); @p serverAddress is
    /// {server} in kernel arguments and answer files. Reads the answer-file
    /// templates kept in files; what cannot be read is added to @p warnings.
    static std::shared_ptr<const FileSource> create(const Site::Document &site,
                                                    const QString &sitePath,
                                                    const QString &loaderDirectory,
                                                    const QHostAddress &serverAddress = {},
                                                    QStringList *warnings = nullptr, quint16 httpPort = 80);
};

} // namespace Boot
