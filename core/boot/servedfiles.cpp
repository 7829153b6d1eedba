// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/servedfiles.h"

#include "boot/answerfiles.h"
#include "boot/configfiles.h"
#include "boot/folderfiles.h"
#include "boot/isofiles.h"
#include "boot/layeredfiles.h"
#include "boot/macbooter.h"
#include "boot/proxyloaders.h"
#include "boot/treefiles.h"

#include <QDir>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Boot {

std::shared_ptr<const FileSource> ServedFiles::create(const Site::Document &site,
                                                      const QString &sitePath,
                                                      const QString &loaderDirectory,
                                                      const QHostAddress &serverAddress,
                                                      QStringList *warnings, quint16 httpPort)
{
    QList<std::shared_ptr<const FileSource>> layers;
    const QDir siteFolder = QFileInfo(sitePath).absoluteDir();
    for (auto it = site.httpFolders.cbegin(); it != site.httpFolders.cend(); ++it)
        layers.append(std::make_shared<FolderFiles>(it.key(), siteFolder.absoluteFilePath(it.value())));
    // Imported ISOs and folders, read-only under iso/<name>/.
    for (const Site::Image &image : site.images) {
        const QString file = siteFolder.absoluteFilePath(image.file);
        if (image.source == Site::Image::Source::Iso) {
            auto iso = std::make_shared<IsoFiles>(image.name, file);
            if (warnings && !iso->error().isEmpty())
                warnings->append(QCoreApplication::translate("Boot::ServedFiles", "Image %1: %2").arg(image.name, iso->error()));
            layers.append(iso);
        } else if (image.source == Site::Image::Source::Folder) {
            layers.append(std::make_shared<FolderFiles>(u"iso/"_s + image.name, file));
        }
    }
    // Apple NBI folders, served as they are under nbi/<index>/.
    bool needsBooter = false;
    for (const Site::NetbootImage &image : site.netboot.images) {
        if (!image.folder.isEmpty())
            layers.append(std::make_shared<FolderFiles>(image.servedFolder(), siteFolder.absoluteFilePath(image.folder)));
        needsBooter |= image.booterPath() == MacBooter::path();
    }
    const QString bootTree = site.bootTreePath(sitePath);
    const QHostAddress server = serverAddress.isNull() ? site.serverAddress : serverAddress;
    // In proxy mode, GRUB with Rackside's address built in, with the
    // modules of the same GRUB, even over the boot tree's: a grub-mknetdir
    // image there would follow the other server's ACK and hang.
    if (site.dhcpMode == Site::DhcpMode::Proxy && !loaderDirectory.isEmpty() && !server.isNull()) {
        const auto proxy = ProxyLoaders::build(ProxyLoaders::directoryBeside(loaderDirectory, server), server);
        layers.append(std::make_shared<TreeFiles>(proxy.directory));
        if (warnings)
            warnings->append(proxy.errors);
        for (const auto &loader : ProxyLoaders::loaders(server)) {
            if (!QFileInfo::exists(proxy.directory + u'/' + loader.path))
                continue; // not built: the boot tree's or the loader tree's is served, as in serve mode
            const QString modules = QFileInfo(loader.path).path(); // boot/grub/i386-pc
            layers.append(std::make_shared<FolderFiles>(modules, loaderDirectory + u'/' + modules));
            if (warnings && QFileInfo::exists(bootTree + u'/' + modules))
                warnings->append(QCoreApplication::translate(
                    "Boot::ServedFiles", "Proxy mode: Rackside serves its own GRUB in %1, with its address built in, "
                    "instead of the boot tree's (GRUB would ask the other DHCP server for its files)").arg(modules));
        }
    }
    layers.append(std::make_shared<TreeFiles>(bootTree));
    if (!loaderDirectory.isEmpty())
        layers.append(std::make_shared<TreeFiles>(loaderDirectory));
    // Rackside's GRUB booter for Macs, built for this server's address
    // beside the loaders.
    if (needsBooter && !loaderDirectory.isEmpty()) {
        if (server.isNull()) {
            if (warnings)
                warnings->append(QCoreApplication::translate(
                    "Boot::ServedFiles", "Macs cannot get Rackside's GRUB booter: no server address is known"));
        } else {
            const auto booter = MacBooter::build(MacBooter::directoryBeside(loaderDirectory, server), server);
            if (booter.error.isEmpty())
                layers.append(std::make_shared<TreeFiles>(booter.directory));
            else if (warnings)
                warnings->append(booter.error);
        }
    }
    auto configs = std::make_shared<ConfigFiles>(site, std::make_shared<LayeredFiles>(layers), serverAddress, httpPort);
    QStringList unread;
    auto templates = AnswerFiles::loadTemplates(site, sitePath, &unread);
    if (warnings)
        warnings->append(unread);
    return std::make_shared<AnswerFiles>(site, std::move(templates), serverAddress, std::move(configs));
}

} // namespace Boot
