// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/menu.h"
#include "site/addressrange.h"
#include "site/answerfile.h"
#include "site/image.h"
#include "site/bootfiles.h"
#include "site/dhcpmode.h"
#include "site/host.h"
#include "site/netboot.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

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
    /// Ask with ARP whether a device already uses an address before offering it.
    bool conflictCheck = true;

    BootFiles boot;
    /// The folder served over TFTP and HTTP; relative to the site file's
    /// folder. Empty: defaultBootTree next to the site file.
    QString bootTree;
    /// GRUB fetches kernels and initrds over HTTP from Rackside instead of
    /// TFTP (much faster for large initrds; site key "kernelsOver": "http").
    bool kernelsOverHttp = false;
    /// More folders served (read-only, confined) under names of their own:
    /// name -> folder relative to the site file's folder, e.g. "debian" ->
    /// "/srv/mirror/debian" serves http://SERVER/debian/dists/...
    QMap<QString, QString> httpFolders;
    QList<Site::Menu> menus;
    QString defaultMenu; ///< what unknown machines get; empty: the first menu
    /// Per firmware (menuBootArchs()), the menu for machines without one of
    /// their own, instead of defaultMenu. GRUB picks it at run time.
    QMap<BootArch, QString> archMenus;
    QList<Host> hosts;
    /// Answer-file templates served over HTTP (answers/<name>).
    QList<AnswerFile> answerFiles;
    /// {name} values every answer file may use (hosts may override them).
    QMap<QString, QString> variables;
    /// Imported installer images (kernels and initrds under images/<name>/).
    QList<Image> images;
    /// Mac NetBoot (BSDP): the images Macs may choose from.
    Netboot netboot;

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
    Host *hostByMac(const Net::MacAddress &mac);
    /// The host with this fixed address, or nullptr.
    const Host *hostByIp(const QHostAddress &ip) const;
    const Site::Menu *menuByName(const QString &name) const;
    const AnswerFile *answerFileByName(const QString &name) const;
    const Image *imageByName(const QString &name) const;
    /// What a machine boots: the host's menu, or one entry of it for
    /// "menu/entry", or the default menu for unknown machines and hosts
    /// without one. nullopt when the site has no menus or names none that exist.
    std::optional<Site::Menu> menuFor(const Host *host) const;
    /// The same on firmware @p arch: its archMenus entry before defaultMenu.
    std::optional<Site::Menu> menuFor(const Host *host, BootArch arch) const;
    /// The menus machines of each firmware get instead of menuFor(host), in
    /// menuBootArchs() order; empty when the host has a menu of its own.
    QList<std::pair<BootArch, Site::Menu>> archMenusFor(const Host *host) const;

    static constexpr QLatin1StringView defaultBootTree{"boot-tree"};
    /// The boot tree folder of this site when loaded from @p sitePath:
    /// bootTree relative to the site file's folder, or defaultBootTree
    /// beside the site file when empty.
    QString bootTreePath(const QString &sitePath) const;

    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace Site
