// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/addressrange.h"

#include "site/ipv4.h"

using namespace Qt::StringLiterals;

namespace Site {

bool AddressRange::isValid() const
{
    return isIpv4(start) && isIpv4(end) && start.toIPv4Address() <= end.toIPv4Address();
}

bool AddressRange::contains(const QHostAddress &address) const
{
    if (!isValid() || !isIpv4(address))
        return false;
    const quint32 a = address.toIPv4Address();
    return a >= start.toIPv4Address() && a <= end.toIPv4Address();
}

bool AddressRange::overlaps(const AddressRange &other) const
{
    if (!isValid() || !other.isValid())
        return false;
    return start.toIPv4Address() <= other.end.toIPv4Address()
           && other.start.toIPv4Address() <= end.toIPv4Address();
}

quint32 AddressRange::size() const
{
    // 0.0.0.0-255.255.255.255 wraps to 0; no DHCP pool is that large.
    return isValid() ? end.toIPv4Address() - start.toIPv4Address() + 1 : 0;
}

QString AddressRange::toString() const
{
    return start.toString() % u'-' % end.toString();
}

} // namespace Site
