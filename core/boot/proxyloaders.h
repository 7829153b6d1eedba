// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/grubimage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Boot {

/// GRUB for PCs whose address comes from another DHCP server (proxy mode).
///
/// grub-mknetdir's images take their server from the DHCP ACK the firmware
/// cached (GRUB i386-pc: PXENV_GET_CACHED_INFO for the DHCP ACK; EFI: the PXE
/// base code's DhcpAck), and in proxy mode that ACK is the other server's:
/// its siaddr names that server, which has no TFTP, and the machine hangs
/// after core.0 asking it for normal.mod. These images are the same GRUB
/// with Rackside's address in their prefix, (tftp,SERVER)/boot/grub, and
/// an embedded config that points $fw_path and $net_default_server there
/// too, so modules, grub.cfg-01-<mac> and grub.cfg come from Rackside
/// whatever the ACK says. Served at the same paths over the boot tree and the loader
/// tree, in proxy mode only: in serve mode the ACK is Rackside's own, and in
/// BSDP-only mode PCs boot from the other server.
class ProxyLoaders
{
    Q_DECLARE_TR_FUNCTIONS(Boot::ProxyLoaders)

public:
    struct Loader
    {
        QString path; ///< in the tree: boot/grub/i386-pc/core.0
        GrubImage::Recipe recipe;
    };
    struct Result
    {
        QString directory; ///< serve it as a layer over the loader tree
        bool rebuilt = false;
        QStringList errors;
    };

    /// Sets $net_default_server and $fw_path to Rackside before normal.mod runs.
    static QString embeddedConfig(const QHostAddress &server);
    /// The images and how each is made, for @p server.
    static QList<Loader> loaders(const QHostAddress &server);
    /// proxy-loaders/<address> beside @p loaderDirectory (LoaderTree's folder).
    static QString directoryBeside(const QString &loaderDirectory, const QHostAddress &server);
    /// Makes @p directory hold every image for @p server that the installed
    /// GRUB platforms allow; a missing platform is skipped (the loader tree
    /// already says which package brings it). Off the GUI thread.
    static Result build(const QString &directory, const QHostAddress &server,
                        const GrubImage::Sources &sources = {});
};

} // namespace Boot
