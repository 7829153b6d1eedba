// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Bsdp {

/// What a Mac's vendor class (DHCP option 60) says:
/// "AAPLBSDPC/i386/MacBookPro11,1" is an Intel MacBook Pro. The NetBoot
/// firmware sends it in every packet; the model decides which images it sees.
struct ClientClass
{
    static constexpr QByteArrayView Prefix{"AAPLBSDPC"};

    QString arch;  ///< "i386", "ppc", "arm"; empty when not sent
    QString model; ///< "MacBookPro11,1"; empty when not sent

    /// nullopt unless @p vendorClass starts with AAPLBSDPC and holds no
    /// NUL or line feed (Apple's client refuses those too).
    static std::optional<ClientClass> parse(QByteArrayView vendorClass);

    /// "Intel Mac MacBookPro11,1", "PowerPC Mac", "Mac": for the timeline.
    QString label() const;
};

} // namespace Bsdp
