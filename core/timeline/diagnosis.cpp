// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/diagnosis.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace Timeline {

namespace {

using Finding = Diagnosis::Finding;

// In Finding's order. The keys are what recordings store: never change one.
constexpr const char *Keys[] = {
    "none",         "other-server-chosen", "proxy-offer-ignored", "other-interface", "port-delay",
    "path-mtu",     "address-in-use",      "new-dhcp-server",     "firewall",
};
static_assert(std::size(Keys) == size_t(Finding::Firewall) + 1);

} // namespace

QString Diagnosis::advice(Finding finding)
{
    switch (finding) {
    case Finding::None:
        break;
    case Finding::OtherServerChosen:
        return tr("Another DHCP server answers on this network. Stop it, keep the rack on a switch of its own, "
                  "or set Rackside's DHCP mode to proxy so that the other server gives the addresses.");
    case Finding::ProxyOfferIgnored:
        return tr("Some firmware ignores proxyDHCP offers. Serve addresses from Rackside on a network of its "
                  "own, or have the other DHCP server name the boot file (options 66 and 67) for this machine.");
    case Finding::OtherInterface:
        return tr("Rackside answers only on the interface chosen for the site. Choose the interface the "
                  "machines are on, or plug the rack switch into the chosen one.");
    case Finding::PortDelay:
        return tr("Its switch port probably forwards only after a spanning-tree delay. Make the port an edge "
                  "port (portfast) so that the firmware's first requests get through.");
    case Finding::PathMtu:
        return tr("Path MTU smaller than 1500? A link between here and the machine (a VLAN, a tunnel) carries "
                  "only smaller packets. Rackside now gives this machine smaller TFTP blocks; if the firmware "
                  "gave up, boot it again.");
    case Finding::AddressInUse:
        return tr("A device with a fixed address sits inside the DHCP range. Take that address out of the "
                  "range, or give the device a reservation.");
    case Finding::NewDhcpServer:
        return tr("Machines may take that server's offers instead of Rackside's. Find it by its MAC address "
                  "in the switch's address table and stop it, or set Rackside's DHCP mode to proxy.");
    case Finding::Firewall:
        return tr("Allow the ports Rackside serves (UDP 67, 69 and 4011, and its HTTP port) on the rack "
                  "interface in the laptop's firewall.");
    }
    return {};
}

QString Diagnosis::key(Finding finding)
{
    return QString::fromLatin1(Keys[size_t(finding)]);
}

std::optional<Diagnosis::Finding> Diagnosis::fromKey(QStringView key)
{
    for (size_t i = 0; i < std::size(Keys); ++i)
        if (key == QLatin1StringView(Keys[i]))
            return Finding(i);
    return std::nullopt;
}

QString Diagnosis::line() const
{
    const QString todo = advice(finding);
    return todo.isEmpty() ? text : tr("%1. What to do: %2").arg(text, todo);
}

} // namespace Timeline
