// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Boot {

/// The boot loaders Rackside serves, assembled from what is installed into
/// one folder (a layer under the operator's boot tree):
///
///   boot/grub/i386-pc/core.0         GRUB for BIOS (grub-mknetdir)
///   boot/grub/x86_64-efi/core.efi    GRUB for x64 UEFI (grub-mknetdir)
///   ipxe/undionly.kpxe, ipxe/ipxe.efi, ipxe/snponly.efi
///   pxelinux.0, ldlinux.c32          at the root: PXELINUX looks for
///                                    pxelinux.cfg/ beside itself
///   secureboot/bootnetx64.efi, secureboot/grubx64.efi
///                                    Debian's signed shim and GRUB
///
/// The grub-mknetdir images have the prefix (tftp,SERVER)/boot/grub and ask
/// for boot/grub/grub.cfg-01-<mac>, grub.cfg-<hex IP>... then
/// boot/grub/grub.cfg. Debian's signed grubx64.efi has the prefix
/// /debian-installer/amd64/grub and sources x86_64-efi/grub.cfg there.
///
/// build() is disk work taking about a second when it rebuilds: call it off
/// the GUI thread. It rebuilds only when the installed files changed.
class LoaderTree
{
    Q_DECLARE_TR_FUNCTIONS(Boot::LoaderTree)

public:
    /// Where installed loaders are looked for; tests point these elsewhere.
    struct Sources
    {
        QString grubLibrary = QStringLiteral("/usr/lib/grub");
        QString grubMknetdir = QStringLiteral("grub-mknetdir");
        QString ipxe = QStringLiteral("/usr/lib/ipxe");
        QString pxelinux = QStringLiteral("/usr/lib/PXELINUX");
        QString syslinuxModules = QStringLiteral("/usr/lib/syslinux/modules/bios");
        QString signedChain = QStringLiteral(
            "/usr/lib/debian-installer/images/13/amd64/text/debian-installer/amd64");
    };

    struct Loader
    {
        QString name;    ///< "GRUB for x64 UEFI"
        QString path;    ///< in the tree: boot/grub/x86_64-efi/core.efi
        QString package; ///< the Debian package that provides it
        bool present = false;
    };

    struct Result
    {
        QString directory;
        QList<Loader> loaders;
        bool rebuilt = false;  ///< false: the tree was up to date
        qint64 elapsedMs = 0;  ///< time build() took
        QStringList errors;    ///< what went wrong, in words; the tree may still be usable

        QList<Loader> missing() const;
        /// "GRUB for BIOS is missing: install grub-pc-bin", one per line.
        QString missingText() const;
    };

    /// $XDG_CACHE_HOME/rackside/loaders (~/.cache/rackside/loaders).
    static QString defaultDirectory();
    /// Makes @p directory hold the loaders; replaces it whole when rebuilding.
    static Result build(const QString &directory, const Sources &sources);
    /// build() from the Debian packages' usual places.
    static Result build(const QString &directory);

private:
    struct Copy
    {
        QString name;
        QString source;
        QString target;
        QString package;
    };
    static QList<Copy> copies(const Sources &sources);
    static QString stamp(const Sources &sources);
    static bool runMknetdir(const Sources &sources, const QString &platform,
                            const QString &target, QStringList &errors);
};

} // namespace Boot
