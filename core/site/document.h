// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/addressrange.h"
#include "site/bootfiles.h"
#include "site/dhcpmode.h"
#include "site/host.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Site {

/// An operator's whole setup: the boot network, DHCP, boot files and known
/// hosts. A plain value; SiteFile reads, checks and writes it.
struct Document
{
    int version = 1;
    QString interfaceName; ///< empty until the operator picks one
    QHostAddress serverAddress; ///< null: use the interface's address at run time

    DhcpMode dhcpMode = DhcpMode::Off;
    QHostAddress subnetAddress; ///< network address; null when no subnet is set
    int subnetPrefix = 0;
    QList<AddressRange> ranges;
    int leaseTime = 3600; ///< seconds
    QHostAddress router; ///< null when none is announced
    QList<QHostAddress> dns;
    QString domain;
    bool allowOtherServers = false; ///< another DHCP server on the wire only warns

    BootFiles boot;
    QList<Host> hosts;

    /// True when a subnet is set.
    bool hasSubnet() const;
    /// "10.0.0.0/24", or empty when no subnet is set.
    QString subnetText() const;
    /// Null when no subnet is set.
    QHostAddress subnetMask() const;
    /// Null when no subnet is set.
    QHostAddress broadcastAddress() const;
    bool inSubnet(const QHostAddress &address) const;
    bool inDynamicRange(const QHostAddress &address) const;
    const Host *hostByMac(const Net::MacAddress &mac) const;

    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace Site
