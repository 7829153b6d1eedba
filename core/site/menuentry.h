// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Site {

/// One thing a machine can boot: a Linux kernel with its initrds and
/// command line. Paths are relative to the boot tree (what TFTP serves).
struct MenuEntry
{
    QString name;  ///< short id, unique in its menu; hosts name it as "menu/entry"
    QString title; ///< what the boot menu shows
    QString kernel;
    QList<QString> initrds; ///< loaded in this order
    /// Kernel command line; {server}, {hostname}, {mac} and {ip} become the
    /// booting machine's values (see Machine).
    QString arguments;

    friend bool operator==(const MenuEntry &, const MenuEntry &) = default;
};

} // namespace Site
