// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/machine.h"
#include "site/menu.h"

#include <QByteArray>
#include <QString>

namespace Boot {

/// Renders a Site::Menu as an iPXE script (#!ipxe): iPXE's own menu, then for the
/// chosen entry `kernel`, `initrd` and `boot` with the files as URLs on
/// Rackside, over HTTP or TFTP. Unknown variables become iPXE's settings
/// (${next-server}, ${mac}, ${ip}). iPXE has no quoting: line
/// breaks in values become spaces, so no value can start a command.
class IpxeScript
{
public:
    static QByteArray render(const Site::Menu &menu, const Machine &machine, bool overHttp, quint16 httpPort = 80);
    /// Boots the local disk: `sanboot --no-describe --drive 0x80`, else back to the firmware.
    static QByteArray renderLocalBoot(const QString &who);
    /// "http://10.0.0.1/boot/vmlinuz" for @p path on @p machine's server
    /// (":PORT" after it when @p httpPort is not 80).
    static QString url(const QString &path, const Machine &machine, bool overHttp, quint16 httpPort = 80);
};

} // namespace Boot
