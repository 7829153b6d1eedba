// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace Services {

/// What the command line (or the console) overrides in the site for one run:
/// the interface, ports and addresses, so tests can run unprivileged on
/// 127.0.0.1 and operators can move a site between laptops.
struct RunOptions
{
    QString interfaceName; ///< empty: the site's
    QHostAddress serverAddress; ///< null: the site's, else the interface's
    QHostAddress bindAddress = QHostAddress::AnyIPv4;
    quint16 dhcpPort = 67;
    quint16 clientPort = 68;
    quint16 proxyPort = 4011;
    quint16 relayPort = 67;
    QString leaseFile; ///< empty: beside the site file, <site>.leases
    std::optional<QString> dhcpMode; ///< "serve", "proxy", "bsdp" or "off"
    bool allowOtherServers = false; ///< rogue check only warns
    int rogueTimeoutMs = 6500; ///< see Dhcp::RogueCheck::Settings
    int rogueWatchMs = 60'000; ///< while serving, look again this often; 0: never
    quint16 tftpPort = 69; ///< 0: no TFTP server
    quint16 httpPort = 80; ///< 0: no HTTP server
    QString bootTree; ///< the directory TFTP and HTTP serve; empty: the site's
};

} // namespace Services
