// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace Site {

/// An inclusive range of IPv4 addresses that DHCP hands out dynamically.
struct AddressRange
{
    QHostAddress start;
    QHostAddress end;

    /// True when both ends are IPv4 and start <= end.
    bool isValid() const;
    /// True when @p address is an IPv4 address within [start, end].
    bool contains(const QHostAddress &address) const;
    /// True when the two ranges share at least one address.
    bool overlaps(const AddressRange &other) const;
    /// Number of addresses in the range; 0 when the range is not valid.
    quint32 size() const;
    /// "10.0.0.100-10.0.0.199", for messages.
    QString toString() const;

    friend bool operator==(const AddressRange &, const AddressRange &) = default;
};

} // namespace Site
