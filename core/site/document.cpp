// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/document.h"

#include "site/ipv4.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

bool Document::hasSubnet() const
{
    return isIpv4(subnetAddress);
}

QString Document::subnetText() const
{
    if (!hasSubnet())
        return {};
    return subnetAddress.toString() % u'/' % QString::number(subnetPrefix);
}

QHostAddress Document::subnetMask() const
{
    if (!hasSubnet())
        return {};
    return QHostAddress(ipv4Mask(subnetPrefix));
}

QHostAddress Document::broadcastAddress() const
{
    if (!hasSubnet())
        return {};
    return QHostAddress(subnetAddress.toIPv4Address() | ~ipv4Mask(subnetPrefix));
}

bool Document::inSubnet(const QHostAddress &address) const
{
    if (!hasSubnet() || !isIpv4(address))
        return false;
    const quint32 mask = ipv4Mask(subnetPrefix);
    return (address.toIPv4Address() & mask) == (subnetAddress.toIPv4Address() & mask);
}

bool Document::inDynamicRange(const QHostAddress &address) const
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [&](const AddressRange &range) { return range.contains(address); });
}

const Host *Document::hostByMac(const Net::MacAddress &mac) const
{
    const auto it = std::find_if(hosts.begin(), hosts.end(),
                                 [&](const Host &host) { return host.mac == mac; });
    return it == hosts.end() ? nullptr : &*it;
}

Host *Document::hostByMac(const Net::MacAddress &mac)
{
    // Through non-const iterators, so a copy of a document detaches before
    // the host is changed (a const_cast of the const lookup would change
    // every copy sharing the list).
    const auto it = std::find_if(hosts.begin(), hosts.end(), [&](const Host &host) { return host.mac == mac; });
    return it == hosts.end() ? nullptr : &*it;
}

const Host *Document::hostByIp(const QHostAddress &ip) const
{
    if (ip.isNull())
        return nullptr;
    const auto it = std::find_if(hosts.begin(), hosts.end(),
                                 [&](const Host &host) { return host.ip == ip; });
    return it == hosts.end() ? nullptr : &*it;
}

const Site::Menu *Document::menuByName(const QString &name) const
{
    const auto it = std::find_if(menus.begin(), menus.end(),
                                 [&](const Site::Menu &menu) { return menu.name == name; });
    return it == menus.end() ? nullptr : &*it;
}

const AnswerFile *Document::answerFileByName(const QString &name) const
{
    const auto it = std::find_if(answerFiles.begin(), answerFiles.end(),
                                 [&](const AnswerFile &file) { return file.name == name; });
    return it == answerFiles.end() ? nullptr : &*it;
}

const Image *Document::imageByName(const QString &name) const
{
    const auto it = std::find_if(images.begin(), images.end(), [&](const Image &i) { return i.name == name; });
    return it == images.end() ? nullptr : &*it;
}

std::optional<Site::Menu> Document::menuFor(const Host *host, BootArch arch) const
{
    if (host && !host->menu.isEmpty())
        return menuFor(host);
    if (const Site::Menu *menu = menuByName(archMenus.value(arch)))
        return *menu;
    return menuFor(host);
}

QList<std::pair<BootArch, Site::Menu>> Document::archMenusFor(const Host *host) const
{
    QList<std::pair<BootArch, Site::Menu>> out;
    if (host && !host->menu.isEmpty())
        return out;
    for (BootArch arch : menuBootArchs())
        if (const Site::Menu *menu = menuByName(archMenus.value(arch)))
            out.append({arch, *menu});
    return out;
}

std::optional<Site::Menu> Document::menuFor(const Host *host) const
{
    if (menus.isEmpty())
        return std::nullopt;
    if (host && !host->menu.isEmpty()) {
        const qsizetype slash = host->menu.indexOf(u'/');
        const Site::Menu *menu = menuByName(slash < 0 ? host->menu : host->menu.left(slash));
        if (!menu)
            return std::nullopt;
        if (slash < 0)
            return *menu;
        const QString entry = host->menu.mid(slash + 1);
        if (!menu->entry(entry))
            return std::nullopt;
        return menu->only(entry);
    }
    if (defaultMenu.isEmpty())
        return menus.first();
    if (const Site::Menu *menu = menuByName(defaultMenu))
        return *menu;
    return std::nullopt;
}

QString Document::bootTreePath(const QString &sitePath) const
{
    const QDir siteFolder = QFileInfo(sitePath).absoluteDir();
    return QDir::cleanPath(siteFolder.absoluteFilePath(bootTree.isEmpty() ? QString(defaultBootTree) : bootTree));
}

} // namespace Site
