// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QHostAddress>
#include <QString>

namespace Boot {

/// What a requested path means to a boot loader looking for its config:
/// the names GRUB tries in its prefix folder (grub.cfg-01-<mac>,
/// grub.cfg-<hex IP> shortened one digit at a time, grub.cfg) and the ones
/// PXELINUX tries in pxelinux.cfg/ (01-<mac>, <hex IP>..., default).
struct ConfigName
{
    enum class Loader { None, Grub, Pxelinux, Ipxe };
    enum class Key { Generic, Mac, Ip, PartialIp, Other };

    Loader loader = Loader::None;
    Key key = Key::Other;
    Net::MacAddress mac; ///< for Key::Mac
    QHostAddress ip;     ///< for Key::Ip

    /// @p path is normalised ('/' separators, no leading '/'). A GRUB name
    /// counts inside a folder called grub or directly below one (the
    /// platform folders, e.g. boot/grub/x86_64-efi); a PXELINUX name inside
    /// any folder called pxelinux.cfg; an iPXE script (*.ipxe) inside a
    /// folder called ipxe (boot/ipxe/menu.ipxe): Key::Generic, for the requester.
    static ConfigName parse(const QString &path);
};

} // namespace Boot
