// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelimage.h"

#include <QIODevice>
#include <QtEndian>

namespace Images {

KernelImage KernelImage::inspect(QIODevice &device)
{
    KernelImage kernel;
    if (!device.seek(0))
        return kernel;
    const QByteArray head = device.read(0x240);
    // boot.rst: boot_flag 0xAA55 at 0x1FE, header "HdrS" at 0x202, protocol at 0x206.
    if (head.size() < 0x210 || head.mid(0x202, 4) != "HdrS" || quint8(head.at(0x1FE)) != 0x55
        || quint8(head.at(0x1FF)) != 0xAA)
        return kernel;
    kernel.isLinux = true;
    const quint16 protocol = qFromLittleEndian<quint16>(head.constData() + 0x206);
    const quint16 versionOffset = qFromLittleEndian<quint16>(head.constData() + 0x20E);
    if (protocol < 0x0200 || versionOffset == 0)
        return kernel;
    // kernel_version is an offset from 0x200 to a NUL-terminated string.
    if (!device.seek(0x200 + qint64(versionOffset)))
        return kernel;
    const QByteArray text = device.read(256);
    const qsizetype end = text.indexOf('\0');
    kernel.version = QString::fromLatin1(end >= 0 ? text.first(end) : text).trimmed();
    return kernel;
}

} // namespace Images
