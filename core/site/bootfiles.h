// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Site {

/// The client architectures a site names a boot file for; the site file's
/// "boot" keys are bootArchKey() of these.
enum class BootArch {
    Bios,      ///< "bios": PXE on legacy BIOS (RFC 4578 arch 0)
    UefiIa32,  ///< "uefi-ia32": arch 6
    UefiX64,   ///< "uefi-x64": arch 7 and 9
    UefiArm64, ///< "uefi-arm64": arch 11
    HttpX64,   ///< "http-x64": UEFI HTTP boot, arch 16
    HttpArm64, ///< "http-arm64": UEFI HTTP boot, arch 19
    Ipxe,      ///< "ipxe": the script for clients already running iPXE
};

/// Every architecture, in the order the site file lists them.
const QList<BootArch> &allBootArchs();
/// The site file key, e.g. "uefi-x64".
QString bootArchKey(BootArch arch);
/// Inverse of bootArchKey().
std::optional<BootArch> bootArchFromKey(QStringView key);
/// The architectures a site can give a boot menu of their own (the firmware
/// GRUB tells apart at run time): BIOS and UEFI on IA32, x64 and ARM64.
const QList<BootArch> &menuBootArchs();
/// GRUB's name for the platform of @p arch, "${grub_cpu}-${grub_platform}"
/// when GRUB runs on it: "i386-pc", "x86_64-efi"; empty for others.
QString grubPlatform(BootArch arch);
/// True for the UEFI HTTP boot entries, whose value is a URL rather than a path.
bool isHttpBootArch(BootArch arch);

/// The boot file for each architecture: a path relative to the boot tree
/// (served over TFTP and HTTP) or, for HTTP boot, an http:// URL. Empty when
/// the site does not boot that architecture.
struct BootFiles
{
    QString file(BootArch arch) const;
    void setFile(BootArch arch, const QString &file);
    /// True when no architecture has a file.
    bool isEmpty() const;

    friend bool operator==(const BootFiles &, const BootFiles &) = default;

private:
    std::array<QString, 7> m_files;
};

} // namespace Site
