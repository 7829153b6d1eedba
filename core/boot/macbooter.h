// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/grubimage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Boot {

/// Rackside's booter for Intel Macs: a GRUB x86_64-efi image (grub-mkimage,
/// package grub-efi-amd64-bin) with an embedded config. Apple's NetBoot
/// firmware fetches it by TFTP after BSDP (the ACK[SELECT]'s boot file);
/// GRUB asks DHCP for an address of its own (net_bootp), then reads the
/// Mac's menu from Rackside over TFTP: boot/grub/grub.cfg-01-<mac>, else
/// boot/grub/grub.cfg. So a Mac boots any menu entry a PC can.
///
/// Rackside's address is written into the config: in proxy and BSDP-only
/// modes another server answers GRUB's DHCP, so its next-server cannot be
/// trusted. One image a server address, kept in a cache folder and rebuilt
/// only when the address, the config or the installed GRUB change.
class MacBooter
{
    Q_DECLARE_TR_FUNCTIONS(Boot::MacBooter)

public:
    using Sources = GrubImage::Sources;
    struct Result
    {
        QString directory; ///< serve it as a layer: it holds path()
        bool rebuilt = false;
        qint64 elapsedMs = 0;
        QString error; ///< empty when the booter is there
    };

    /// The booter's path in what Rackside serves (Site::NetbootImage::defaultBooter).
    static QString path();
    /// The config grub-mkimage embeds for @p server.
    static QString embeddedConfig(const QHostAddress &server);
    /// The GRUB modules built into the image.
    static QStringList modules();
    /// mac-booter/<address> beside @p loaderDirectory (LoaderTree's folder).
    static QString directoryBeside(const QString &loaderDirectory, const QHostAddress &server);
    /// Makes @p directory hold path() for @p server. Disk and process work
    /// (grub-mkimage: about 0.2 s; a stamp check when up to date): call it
    /// off the GUI thread.
    static Result build(const QString &directory, const QHostAddress &server, const Sources &sources);
    static Result build(const QString &directory, const QHostAddress &server);
};

} // namespace Boot
