// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Site {

/// What Rackside's DHCP server does on the boot network.
enum class DhcpMode {
    Off,   ///< another server hands out addresses and boot files
    Serve, ///< Rackside hands out addresses from its ranges
    Proxy, ///< another server hands out addresses; Rackside only adds boot information
    Bsdp, ///< another server does DHCP and PXE; Rackside answers only Macs' BSDP
};

/// The name used in the site file: "off", "serve", "proxy" or "bsdp".
QString dhcpModeName(DhcpMode mode);
/// Inverse of dhcpModeName(); exact, lower-case names only.
std::optional<DhcpMode> dhcpModeFromName(QStringView name);

} // namespace Site
