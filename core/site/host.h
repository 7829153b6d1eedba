// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QHostAddress>
#include <QMap>
#include <QString>

#include <optional>

namespace Site {

/// What a host's next network boot does.
enum class NextBoot : quint8 {
    Menu, ///< its menu (the installer, for a host being installed)
    LocalDisk, ///< the boot loader hands it to its own disk: it is installed
};

/// "menu" or "local", as the site file writes it.
inline QString nextBootName(NextBoot next)
{
    return next == NextBoot::LocalDisk ? QStringLiteral("local") : QStringLiteral("menu");
}

inline std::optional<NextBoot> nextBootFromName(QStringView name)
{
    if (name == u"menu")
        return NextBoot::Menu;
    if (name == u"local")
        return NextBoot::LocalDisk;
    return std::nullopt;
}

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
    /// Set to LocalDisk by the install-done callback; the operator sets it back to reinstall.
    NextBoot nextBoot = NextBoot::Menu;
    /// A Mac pinned to a NetBoot image (by name): it boots that image
    /// without choosing, and the boot picker shows it as the default.
    QString netbootImage = {};
    /// {name} values for this host's answer files, over the site's variables.
    QMap<QString, QString> variables = {};

    /// "web01 (aa:bb:cc:dd:ee:ff)", or the MAC alone for a host without a name.
    QString label() const
    {
        return hostname.isEmpty() ? mac.toString() : hostname + QStringLiteral(" (") + mac.toString() + u')';
    }

    friend bool operator==(const Host &, const Host &) = default;
};

} // namespace Site
