// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/machine.h"
#include "site/menu.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Boot {

/// Renders a Site::Menu as grub.cfg for a netbooted GRUB. File paths become
/// absolute paths on GRUB's root, which a netbooted GRUB sets to the TFTP
/// server it came from ((tftp,SERVER)), so "linux /boot/vmlinuz" fetches
/// boot/vmlinuz from Rackside.
class GrubConfig
{
public:
    /// @p menu for @p machine; with @p byPlatform, those menus on their
    /// GRUB platforms ("x86_64-efi", see Site::grubPlatform()) and @p menu on
    /// any other, chosen by GRUB at run time.
    /// With @p overHttp, kernels and initrds come from Rackside's HTTP server:
    /// GRUB's root is set to (http,SERVER) before the menu.
    static QByteArray render(const Site::Menu &menu, const Machine &machine,
                             const QList<std::pair<QString, Site::Menu>> &byPlatform = {}, bool overHttp = false);

    /// A config that boots the machine's own disk instead of a menu (a host
    /// whose install is done; @p who names it in the heading comment). On
    /// UEFI: the first boot loader found on an EFI system partition (shim,
    /// then GRUB, of the usual distributions, then Windows, then the
    /// removable-media path), else back to the firmware's next boot option.
    /// On BIOS: the first disk's boot sector.
    static QByteArray renderLocalBoot(const QString &who);

    /// One shell word for GRUB's parser: left bare when it holds only
    /// characters GRUB never treats specially, otherwise in single quotes
    /// ("'" written as '\''). Unknown variables become GRUB's own
    /// ${net_default_mac}, ${net_default_ip} or ${net_default_server}.
    static QString word(const QList<Machine::Piece> &pieces);
    static QString word(const QString &text);
    /// A tree path as GRUB opens it: "/" + @p path, quoted.
    static QString path(const QString &path);

private:
    /// The settings and entries of @p menu, without the heading comment.
    static QString body(const Site::Menu &menu, const Machine &machine);
};

} // namespace Boot
