// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/dhcpmode.h"

using namespace Qt::StringLiterals;

namespace Site {

QString dhcpModeName(DhcpMode mode)
{
    switch (mode) {
    case DhcpMode::Off:
        return u"off"_s;
    case DhcpMode::Serve:
        return u"serve"_s;
    case DhcpMode::Proxy:
        return u"proxy"_s;
    case DhcpMode::Bsdp:
        return u"bsdp"_s;
    }
    return {};
}

std::optional<DhcpMode> dhcpModeFromName(QStringView name)
{
    for (DhcpMode mode : {DhcpMode::Off, DhcpMode::Serve, DhcpMode::Proxy, DhcpMode::Bsdp}) {
        if (name == dhcpModeName(mode))
            return mode;
    }
    return std::nullopt;
}

} // namespace Site
