// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Boot {

/// One GRUB image that grub-mkimage makes with Rackside's address built in,
/// for the boots where GRUB must not trust the DHCP packet it was started
/// with: Macs (MacBooter) and PCs in proxy mode (ProxyLoaders). Kept with a
/// stamp beside it and rebuilt only when its recipe or the installed GRUB
/// changes; written beside its place and renamed over it, so a machine never
/// gets half a file.
class GrubImage
{
    Q_DECLARE_TR_FUNCTIONS(Boot::GrubImage)

public:
    struct Sources
    {
        QString grubLibrary = QStringLiteral("/usr/lib/grub");
        QString grubMkimage = QStringLiteral("grub-mkimage");
    };
    struct Recipe
    {
        QString platform; ///< module folder under grubLibrary: i386-pc, x86_64-efi
        QString format;   ///< grub-mkimage --format: i386-pc-pxe, x86_64-efi
        QString package;  ///< the Debian package that installs the platform
        QString prefix;   ///< (tftp,10.77.0.1)/boot/grub
        QString config;   ///< embedded config; empty: none
        QStringList modules;
    };
    struct Result
    {
        bool rebuilt = false;
        QString error; ///< empty when the image is there
    };

    /// (tftp,SERVER)/boot/grub: where such an image takes its modules and configs from.
    static QString serverPrefix(const QHostAddress &server);
    /// Makes the file @p target hold the image of @p recipe. Process work
    /// (grub-mkimage: 30-200 ms; a stamp check when up to date): call it off
    /// the GUI thread.
    static Result build(const QString &target, const Recipe &recipe, const Sources &sources);

private:
    static QString stamp(const Recipe &recipe, const Sources &sources);
};

} // namespace Boot
