// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/proxyloaders.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Boot {

QString ProxyLoaders::embeddedConfig(const QHostAddress &server)
{
    // Run before normal.mod, with GRUB's rescue parser (one command a line).
    // Debian's GRUB looks for its config in $fw_path first, which it made
    // from the ACK's siaddr and the boot file's folder: measured in the
    // proxy VM test, it asked the other server for grub.cfg-01-<mac>,
    // grub.cfg-<hex ip>... for minutes. And {server} in menus is
    // ${net_default_server}, the ACK's too.
    return u"set net_default_server=%1\nset fw_path=%2\n"_s.arg(server.toString(), GrubImage::serverPrefix(server));
}

QList<ProxyLoaders::Loader> ProxyLoaders::loaders(const QHostAddress &server)
{
    // The modules grub-mknetdir builds in (util/grub-mknetdir.c: the card's
    // driver, tftp, http); the rest load from the prefix, from Rackside.
    const QString prefix = GrubImage::serverPrefix(server);
    const QString config = embeddedConfig(server);
    return {
        {u"boot/grub/i386-pc/core.0"_s,
         {u"i386-pc"_s, u"i386-pc-pxe"_s, u"grub-pc-bin"_s, prefix, config, {u"pxe"_s, u"tftp"_s, u"http"_s}}},
        {u"boot/grub/x86_64-efi/core.efi"_s,
         {u"x86_64-efi"_s, u"x86_64-efi"_s, u"grub-efi-amd64-bin"_s, prefix, config,
          {u"efinet"_s, u"tftp"_s, u"http"_s}}},
    };
}

QString ProxyLoaders::directoryBeside(const QString &loaderDirectory, const QHostAddress &server)
{
    return QDir::cleanPath(loaderDirectory + u"/../proxy-loaders/"_s + server.toString());
}

ProxyLoaders::Result ProxyLoaders::build(const QString &directory, const QHostAddress &server,
                                         const GrubImage::Sources &sources)
{
    Result result;
    result.directory = QDir::cleanPath(QDir(directory).absolutePath());
    for (const Loader &loader : loaders(server)) {
        if (!QFileInfo::exists(sources.grubLibrary + u'/' + loader.recipe.platform + u"/kernel.img"_s))
            continue;
        const auto built = GrubImage::build(result.directory + u'/' + loader.path, loader.recipe, sources);
        result.rebuilt |= built.rebuilt;
        if (!built.error.isEmpty())
            result.errors.append(tr("GRUB for proxy mode (%1): %2").arg(loader.path, built.error));
    }
    return result;
}

} // namespace Boot
