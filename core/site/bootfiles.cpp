// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/bootfiles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

const QList<BootArch> &allBootArchs()
{
    static const QList<BootArch> archs = {
        BootArch::Bios,    BootArch::UefiX64,   BootArch::UefiIa32, BootArch::UefiArm64,
        BootArch::HttpX64, BootArch::HttpArm64, BootArch::Ipxe,
    };
    return archs;
}

QString bootArchKey(BootArch arch)
{
    switch (arch) {
    case BootArch::Bios:
        return u"bios"_s;
    case BootArch::UefiIa32:
        return u"uefi-ia32"_s;
    case BootArch::UefiX64:
        return u"uefi-x64"_s;
    case BootArch::UefiArm64:
        return u"uefi-arm64"_s;
    case BootArch::HttpX64:
        return u"http-x64"_s;
    case BootArch::HttpArm64:
        return u"http-arm64"_s;
    case BootArch::Ipxe:
        return u"ipxe"_s;
    }
    return {};
}

std::optional<BootArch> bootArchFromKey(QStringView key)
{
    for (BootArch arch : allBootArchs()) {
        if (key == bootArchKey(arch))
            return arch;
    }
    return std::nullopt;
}

const QList<BootArch> &menuBootArchs()
{
    static const QList<BootArch> archs = {BootArch::Bios, BootArch::UefiX64, BootArch::UefiIa32,
                                          BootArch::UefiArm64};
    return archs;
}

QString grubPlatform(BootArch arch)
{
    switch (arch) {
    case BootArch::Bios:
        return u"i386-pc"_s;
    case BootArch::UefiIa32:
        return u"i386-efi"_s;
    case BootArch::UefiX64:
        return u"x86_64-efi"_s;
    case BootArch::UefiArm64:
        return u"arm64-efi"_s;
    default:
        return {};
    }
}

bool isHttpBootArch(BootArch arch)
{
    return arch == BootArch::HttpX64 || arch == BootArch::HttpArm64;
}

QString BootFiles::file(BootArch arch) const
{
    return m_files[size_t(arch)];
}

void BootFiles::setFile(BootArch arch, const QString &file)
{
    m_files[size_t(arch)] = file;
}

bool BootFiles::isEmpty() const
{
    return std::all_of(m_files.begin(), m_files.end(),
                       [](const QString &file) { return file.isEmpty(); });
}

} // namespace Site
