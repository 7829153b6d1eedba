// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/bootclient.h"

#include "bsdp/clientclass.h"

using namespace Qt::StringLiterals;

namespace Dhcp {

namespace {

BootClient::Arch archFromCode(int code)
{
    switch (code) {
    case 0: return BootClient::Arch::X86Bios;
    case 6: return BootClient::Arch::UefiIa32;
    case 7: return BootClient::Arch::UefiX64;
    case 9: return BootClient::Arch::UefiBc;
    case 10: return BootClient::Arch::UefiArm32;
    case 11: return BootClient::Arch::UefiArm64;
    case 16: return BootClient::Arch::HttpX64;
    case 19: return BootClient::Arch::HttpArm64;
    default: return BootClient::Arch::Unknown;
    }
}

QString printable(const QByteArray &bytes)
{
    QString out = QString::fromLatin1(bytes);
    for (QChar &c : out)
        if (!c.isPrint())
            c = u'?';
    return out;
}

} // namespace

BootClient BootClient::fromMessage(const Message &request)
{
    BootClient c;
    const QByteArray vendor = request.options.value(Option::VendorClass).value_or(QByteArray());
    c.vendorClass = printable(vendor.left(255));
    c.pxe = vendor.startsWith("PXEClient");
    c.httpBoot = vendor.startsWith("HTTPClient");
    if (const auto mac = Bsdp::ClientClass::parse(vendor)) {
        c.apple = true;
        c.macArch = mac->arch;
        c.macModel = mac->model;
    }

    // Option 77 is a list of length-prefixed classes (RFC 3004), but iPXE
    // and most firmware send the bare string.
    QByteArray user = request.options.value(Option::UserClass).value_or(QByteArray());
    if (!user.isEmpty() && quint8(user[0]) == user.size() - 1)
        user = user.mid(1);
    c.userClass = printable(user);
    c.ipxe = user == "iPXE" || request.options.contains(Option::Ipxe);

    // Option 93 is a list of 16-bit types; the first is the one that counts.
    if (const auto arch = request.options.value(Option::ClientArch); arch && arch->size() >= 2) {
        c.arch = archFromCode((quint8(arch->at(0)) << 8) | quint8(arch->at(1)));
    } else if (c.pxe || c.httpBoot) {
        // "PXEClient:Arch:00007:UNDI:003000", "HTTPClient:Arch:00016"
        const qsizetype at = vendor.indexOf(":Arch:");
        bool ok = false;
        const int code = at > 0 ? vendor.mid(at + 6, 5).toInt(&ok) : 0;
        if (ok)
            c.arch = archFromCode(code);
        else if (c.pxe)
            c.arch = Arch::X86Bios; // PXE 2.1 clients before RFC 4578
    }
    if (c.arch == Arch::Unknown && c.httpBoot)
        c.arch = Arch::HttpX64;

    if (const auto uuid = request.options.value(Option::ClientUuid); uuid && uuid->size() == 17)
        c.uuid = uuid->mid(1);
    c.maxMessageSize = request.options.u16(Option::MaxMessageSize).value_or(0);
    return c;
}

QString BootClient::archName() const
{
    if (apple)
        return Bsdp::ClientClass{macArch, macModel}.label();
    return archName(arch);
}

QString BootClient::archName(Arch arch)
{
    switch (arch) {
    case Arch::X86Bios: return u"x86 BIOS"_s;
    case Arch::UefiIa32: return u"IA32 UEFI"_s;
    case Arch::UefiX64:
    case Arch::UefiBc: return u"x64 UEFI"_s;
    case Arch::UefiArm32: return u"ARM32 UEFI"_s;
    case Arch::UefiArm64: return u"ARM64 UEFI"_s;
    case Arch::HttpX64: return u"x64 UEFI HTTP"_s;
    case Arch::HttpArm64: return u"ARM64 UEFI HTTP"_s;
    case Arch::Unknown: break;
    }
    return u"unknown"_s;
}

} // namespace Dhcp
