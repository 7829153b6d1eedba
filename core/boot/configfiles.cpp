// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/configfiles.h"

#include "boot/grubconfig.h"
#include "boot/ipxescript.h"
#include "boot/pxelinuxconfig.h"
#include "boot/treefiles.h"

using namespace Qt::StringLiterals;

namespace Boot {

ConfigFiles::ConfigFiles(Site::Document site, std::shared_ptr<const FileSource> next,
                         QHostAddress serverAddress, quint16 httpPort)
    : m_site(std::move(site))
    , m_next(std::move(next))
    , m_server(serverAddress.isNull() ? m_site.serverAddress : serverAddress)
    , m_httpPort(httpPort)
{
}

const Site::Host *ConfigFiles::hostFor(const ConfigName &name, const Requester &who) const
{
    switch (name.key) {
    case ConfigName::Key::Mac:
        return m_site.hostByMac(name.mac);
    case ConfigName::Key::Ip:
        return m_site.hostByIp(name.ip);
    case ConfigName::Key::Generic:
        if (!who.mac.isNull())
            return m_site.hostByMac(who.mac);
        return m_site.hostByIp(who.address);
    case ConfigName::Key::PartialIp:
    case ConfigName::Key::Other:
        break;
    }
    return nullptr;
}

Machine ConfigFiles::machineFor(const Site::Host *host, const Requester &who) const
{
    Machine machine;
    machine.server = m_server;
    if (host) {
        machine.hostname = host->hostname;
        machine.mac = host->mac;
        machine.ip = host->ip;
    } else {
        machine.mac = who.mac;
    }
    const bool sameMachine = !host || who.mac.isNull() || who.mac == host->mac;
    if (machine.ip.isNull() && sameMachine && who.address.protocol() == QHostAddress::IPv4Protocol)
        machine.ip = who.address;
    return machine;
}

std::optional<QByteArray> ConfigFiles::render(const ConfigName &name, const Requester &who) const
{
    if (name.loader == ConfigName::Loader::None)
        return std::nullopt;
    const Site::Host *host = hostFor(name, who);
    if (host && host->nextBoot == Site::NextBoot::LocalDisk) {
        switch (name.loader) {
        case ConfigName::Loader::Pxelinux:
            return PxelinuxConfig::renderLocalBoot(host->label());
        case ConfigName::Loader::Ipxe:
            return IpxeScript::renderLocalBoot(host->label());
        default:
            return GrubConfig::renderLocalBoot(host->label());
        }
    }
    if (m_site.menus.isEmpty() || (!host && name.key != ConfigName::Key::Generic))
        return std::nullopt;
    const Machine machine = machineFor(host, who);
    if (name.loader == ConfigName::Loader::Pxelinux) {
        // PXELINUX runs on BIOS.
        const std::optional<Site::Menu> menu = m_site.menuFor(host, Site::BootArch::Bios);
        return menu ? std::optional(PxelinuxConfig::render(*menu, machine)) : std::nullopt;
    }
    if (name.loader == ConfigName::Loader::Ipxe) {
        // iPXE cannot tell BIOS from UEFI in a script we render ahead: the default menu.
        const std::optional<Site::Menu> menu = m_site.menuFor(host);
        return menu ? std::optional(IpxeScript::render(*menu, machine, m_site.kernelsOverHttp, m_httpPort)) : std::nullopt;
    }
    const std::optional<Site::Menu> menu = m_site.menuFor(host);
    if (!menu)
        return std::nullopt;
    QList<std::pair<QString, Site::Menu>> byPlatform;
    for (const auto &[arch, m] : m_site.archMenusFor(host))
        byPlatform.append({Site::grubPlatform(arch), m});
    return GrubConfig::render(*menu, machine, byPlatform, m_site.kernelsOverHttp);
}

OpenedFile ConfigFiles::open(const QString &path, const Requester &who) const
{
    QString why;
    const std::optional<QString> normal = TreeFiles::normalise(path, &why);
    if (normal) {
        if (const auto bytes = render(ConfigName::parse(*normal), who))
            return OpenedFile::inMemory(*normal, *bytes);
    }
    if (m_next)
        return m_next->open(path, who);
    OpenedFile file;
    file.path = normal.value_or(path);
    file.status = normal ? OpenedFile::Status::NotFound : OpenedFile::Status::AccessDenied;
    file.reason = normal ? u"not found: "_s + *normal : why;
    return file;
}

} // namespace Boot
