// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/message.h"

#include <QString>

namespace Dhcp {

/// What a network-booting client says about itself: its firmware
/// architecture (option 93, falling back to option 60), whether it is PXE,
/// HTTP boot or iPXE, and what it can take back.
struct BootClient
{
    /// RFC 4578 / IANA processor architecture types.
    enum class Arch : int {
        Unknown = -1,
        X86Bios = 0,
        UefiIa32 = 6,
        UefiX64 = 7,
        UefiBc = 9, // EFI byte code; firmware that sends 9 means x64
        UefiArm32 = 10,
        UefiArm64 = 11,
        HttpX64 = 16,
        HttpArm64 = 19,
    };

    Arch arch = Arch::Unknown;
    QString vendorClass; ///< option 60 as sent
    QString userClass; ///< option 77, e.g. "iPXE"
    bool pxe = false; ///< option 60 starts with PXEClient
    bool httpBoot = false; ///< option 60 starts with HTTPClient
    bool ipxe = false; ///< option 77 "iPXE" or option 175 present
    bool apple = false; ///< option 60 is a Mac's NetBoot class, AAPLBSDPC/<arch>/<model>
    QString macArch; ///< "i386"
    QString macModel; ///< "MacBookPro11,1"
    QByteArray uuid; ///< option 97, without its type byte
    int maxMessageSize = 0; ///< option 57, 0 when absent

    static BootClient fromMessage(const Message &request);

    bool isNetworkBoot() const { return pxe || httpBoot || ipxe || apple; }
    /// Short operator-facing name: "x86 BIOS", "x64 UEFI", "ARM64 UEFI HTTP",
    /// "Intel Mac MacBookPro11,1".
    QString archName() const;
    static QString archName(Arch arch);
};

} // namespace Dhcp
