// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/machine.h"
#include "site/menu.h"

#include <QByteArray>

namespace Boot {

/// Renders a Site::Menu as a PXELINUX config (pxelinux.cfg/default or
/// pxelinux.cfg/01-<mac>). PXELINUX resolves file names against the folder
/// pxelinux.0 came from, so paths stay relative: pxelinux.0 sits at the
/// root of the tree. PXELINUX has no quoting; line breaks in values are
/// turned into spaces so no value can start a directive of its own.
class PxelinuxConfig
{
public:
    static QByteArray render(const Site::Menu &menu, const Machine &machine);
    /// Boots the first local disk (LOCALBOOT 0): a host whose install is done.
    static QByteArray renderLocalBoot(const QString &who);
    /// PXELINUX counts TIMEOUT in tenths of a second, 0 meaning forever.
    static int timeoutTenths(int seconds);
};

} // namespace Boot
