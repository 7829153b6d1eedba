// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringView>

#include <optional>

namespace Site {

/// An IPv4 network written as a.b.c.d/n.
struct Ipv4Subnet
{
    QHostAddress address;
    int prefix = 0;
};

/// Strict dotted-quad IPv4 (four decimal parts 0..255, no leading zeros):
/// unlike QHostAddress it refuses "10.1" and "010.0.0.1", which the C library
/// would silently read as something else.
std::optional<QHostAddress> parseIpv4(QStringView text);

/// a.b.c.d/n with n in 0..32; host bits are not checked here.
std::optional<Ipv4Subnet> parseIpv4Subnet(QStringView text);

/// True when @p address holds an IPv4 address (not null, not IPv6).
bool isIpv4(const QHostAddress &address);

/// The netmask for a prefix length 0..32, in host byte order.
quint32 ipv4Mask(int prefix);

} // namespace Site
