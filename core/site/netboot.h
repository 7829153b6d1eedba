// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bsdp/imageid.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Site {

/// A Mac NetBoot image offered by BSDP (site key "netboot.images").
struct NetbootImage
{
    QString name; ///< what the Mac's boot picker shows
    int index = 0; ///< 1-4095 local to this server, 4096-65535 the same everywhere
    Bsdp::ImageKind kind = Bsdp::ImageKind::MacOsX;
    bool install = false; ///< an installer (NetInstall) rather than a NetBoot system
    QStringList models; ///< Mac models that may see it ("MacBookPro11,1"); empty: all
    /// An Apple NBI folder (relative to the site file's folder, or absolute),
    /// served as it is under nbi/<index>/. Empty for a plain booter.
    QString folder;
    /// The booter's path in what Rackside serves. Empty: inside a folder,
    /// nbi/<index>/i386/booter; otherwise Rackside's GRUB booter
    /// (defaultBooter), which boots the Mac's menu like a PC's.
    QString booter;
    /// The disk image the booter mounts (option 17), as a served path
    /// (nbi/137/NetInstall.dmg); sent as an http:// URL with our address.
    QString rootPath;

    /// The GRUB EFI image Rackside builds for Macs (Boot::MacBooter).
    static constexpr QLatin1StringView defaultBooter{"boot/grub/x86_64-efi/mac.efi"};

    Bsdp::ImageId id() const { return Bsdp::ImageId::make(quint16(index), kind, install); }
    /// The booter actually served: booter, or its default.
    QString booterPath() const;
    /// "nbi/<index>" when the image has a folder, else empty.
    QString servedFolder() const;

    friend bool operator==(const NetbootImage &, const NetbootImage &) = default;
};

/// BSDP settings of a site (key "netboot").
struct Netboot
{
    static constexpr int defaultPriority = 32768; ///< Apple's server's

    int priority = defaultPriority; ///< among several BSDP servers, the highest wins
    QString defaultImage; ///< by name; empty: the first a Mac may see
    QList<NetbootImage> images;

    const NetbootImage *imageByName(const QString &name) const;
    bool isEmpty() const { return images.isEmpty() && priority == defaultPriority && defaultImage.isEmpty(); }

    friend bool operator==(const Netboot &, const Netboot &) = default;
};

} // namespace Site
