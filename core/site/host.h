// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QHostAddress>
#include <QString>

namespace Site {

/// A machine the operator knows by its MAC address.
struct Host
{
    Net::MacAddress mac;
    QString hostname;
    QHostAddress ip; ///< fixed address; null when the host takes one from a range
    /// A menu name, or "menu/entry" for one entry of it; empty: the default
    /// menu. Older sites call this "profile".
    QString menu;
    QString bootFile; ///< overrides the boot file for this host's architecture when set
    QString notes;

    friend bool operator==(const Host &, const Host &) = default;
};

} // namespace Site
