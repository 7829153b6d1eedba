// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/dhcpsetup.h"

#include "site/dhcpmode.h"

#include <QFileInfo>
#include <QNetworkInterface>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Services {

QHostAddress DhcpSetup::interfaceAddress(const QString &name, QString *error)
{
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(name);
    if (!iface.isValid()) {
        QStringList names;
        for (const auto &i : QNetworkInterface::allInterfaces())
            names << i.name();
        *error = u"interface %1 does not exist (this machine has: %2)"_s.arg(name, names.join(u", "_s));
        return {};
    }
    for (const QNetworkAddressEntry &e : iface.addressEntries())
        if (e.ip().protocol() == QAbstractSocket::IPv4Protocol)
            return e.ip();
    *error = u"interface %1 has no IPv4 address: give it one (e.g. 'ip addr add 10.0.0.1/24 dev %1')"_s.arg(name);
    return {};
}

Dhcp::BsdpResponder::Settings DhcpSetup::bsdpSettings(const Site::Document &site, const QHostAddress &server,
                                                     quint16 httpPort)
{
    Dhcp::BsdpResponder::Settings b;
    b.priority = quint16(site.netboot.priority);
    // The Mac's EFI does no DNS: root paths carry our address.
    const QString http = httpPort == 80 ? u"http://%1/"_s.arg(server.toString())
                                        : u"http://%1:%2/"_s.arg(server.toString()).arg(httpPort);
    for (const Site::NetbootImage &image : site.netboot.images) {
        Dhcp::BsdpResponder::Image i;
        i.id = image.id();
        i.name = image.name;
        i.models = image.models;
        i.bootFile = image.booterPath();
        if (!image.rootPath.isEmpty())
            i.rootPath = http + QString::fromLatin1(QUrl::toPercentEncoding(image.rootPath, "/"));
        b.images.append(i);
        if (image.name == site.netboot.defaultImage)
            b.defaultImage = i.id;
    }
    for (const Site::Host &h : site.hosts) {
        if (const Site::NetbootImage *image = site.netboot.imageByName(h.netbootImage))
            b.pinned.insert(h.mac, image->id());
        if (!h.hostname.isEmpty())
            b.machineNames.insert(h.mac, h.hostname);
    }
    return b;
}

std::optional<DhcpSetup> DhcpSetup::fromSite(const Site::Document &site, const QString &sitePath,
                                             const RunOptions &run, QString *error, bool *noInterface)
{
    DhcpSetup s;
    Site::DhcpMode mode = site.dhcpMode;
    if (run.dhcpMode) {
        const auto m = Site::dhcpModeFromName(*run.dhcpMode);
        if (!m) {
            *error = u"unknown DHCP mode '%1' (serve, proxy, bsdp or off)"_s.arg(*run.dhcpMode);
            return std::nullopt;
        }
        mode = *m;
    }
    s.mode = mode;
    s.enabled = mode != Site::DhcpMode::Off;
    s.listen.interfaceName = run.interfaceName.isEmpty() ? site.interfaceName : run.interfaceName;
    s.listen.address = run.bindAddress;
    s.listen.serverPort = run.dhcpPort;
    s.listen.clientPort = run.clientPort;
    s.listen.proxyPort = run.proxyPort;
    s.listen.relayPort = run.relayPort;
    s.listen.conflictWaitMs = site.conflictCheck ? 500 : 0;
    if (!s.enabled)
        return s;

    // Never answer DHCP on an interface the operator did not choose.
    const bool loopback = run.bindAddress.isLoopback();
    if (s.listen.interfaceName.isEmpty() && !loopback) {
        *error = u"no interface chosen: DHCP answers only on the interface facing the machines to boot"_s;
        if (noInterface)
            *noInterface = true;
        return std::nullopt;
    }
    QHostAddress server = !run.serverAddress.isNull() ? run.serverAddress : site.serverAddress;
    if (server.isNull())
        server = loopback ? run.bindAddress : interfaceAddress(s.listen.interfaceName, error);
    if (server.isNull())
        return std::nullopt;
    if (loopback)
        s.listen.interfaceName.clear();

    auto &st = s.settings;
    st.mode = mode == Site::DhcpMode::Proxy ? Dhcp::Responder::Mode::Proxy
        : mode == Site::DhcpMode::Bsdp      ? Dhcp::Responder::Mode::Bsdp
                                            : Dhcp::Responder::Mode::Serve;
    st.serverAddress = server.toIPv4Address();
    st.leaseTime = site.leaseTime;
    st.subnetMask = site.subnetMask().toIPv4Address();
    st.router = site.router.toIPv4Address();
    for (const QHostAddress &d : site.dns)
        st.dns.append(d.toIPv4Address());
    st.domain = site.domain;

    using A = Dhcp::BootClient::Arch;
    using B = Site::BootArch;
    const std::pair<A, B> map[] = {{A::X86Bios, B::Bios},       {A::UefiIa32, B::UefiIa32},
                                   {A::UefiX64, B::UefiX64},    {A::UefiArm64, B::UefiArm64},
                                   {A::HttpX64, B::HttpX64},    {A::HttpArm64, B::HttpArm64}};
    for (const auto &[arch, key] : map)
        st.boot.setFile(arch, site.boot.file(key));
    st.boot.setIpxeFile(site.boot.file(B::Ipxe));

    auto &pool = s.pool;
    pool.network = site.subnetAddress.toIPv4Address();
    pool.mask = st.subnetMask;
    pool.leaseTime = site.leaseTime;
    for (const auto &r : site.ranges)
        pool.ranges.append({r.start.toIPv4Address(), r.end.toIPv4Address()});
    for (const Site::Host &h : site.hosts) {
        pool.reservations.insert(h.mac, {h.ip.isNull() ? 0 : h.ip.toIPv4Address(), h.hostname});
        if (!h.bootFile.isEmpty())
            st.hostBootFiles.insert(h.mac, h.bootFile);
    }
    st.bsdp = bsdpSettings(site, server, run.httpPort);
    if (st.mode == Dhcp::Responder::Mode::Bsdp && st.bsdp.images.isEmpty()) {
        *error = u"mode \"bsdp\" needs at least one Mac NetBoot image (netboot.images in the site)"_s;
        return std::nullopt;
    }
    if (st.mode == Dhcp::Responder::Mode::Serve) {
        if (!site.hasSubnet() || pool.ranges.isEmpty()) {
            *error = u"mode \"serve\" needs dhcp.subnet and at least one range in the site"_s;
            return std::nullopt;
        }
        if (!loopback && (st.serverAddress & pool.mask) != pool.network) {
            *error = u"server address %1 is not in the site's subnet %2: the interface is on another network"_s
                         .arg(server.toString(), site.subnetText());
            return std::nullopt;
        }
    }
    s.leaseFile = !run.leaseFile.isEmpty() ? run.leaseFile
        : sitePath.isEmpty()               ? QString()
                                           : QFileInfo(sitePath).absoluteFilePath() + u".leases"_s;
    return s;
}

} // namespace Services
