// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QByteArray>
#include <QString>

namespace Dhcp {

/// One address handed to one client. Times are seconds since the epoch.
struct Lease
{
    enum class State : quint8 { Offered, Bound, Released, Declined };

    quint32 address = 0;
    QByteArray clientKey; ///< option 61 if sent, else 0x01 + MAC (RFC 2132 9.14)
    Net::MacAddress mac;
    QString hostname;
    qint64 expires = 0;
    State state = State::Offered;

    bool isActive(qint64 now) const
    {
        return (state == State::Bound || state == State::Offered || state == State::Declined) && expires > now;
    }
    bool operator==(const Lease &) const = default;
};

QString leaseStateName(Lease::State state);

} // namespace Dhcp
