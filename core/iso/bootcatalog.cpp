// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootcatalog.h"

#include <QtEndian>

namespace Iso {

namespace {

constexpr int EntrySize = 32;

BootCatalog::Image imageEntry(QByteArrayView e, quint8 platform)
{
    // 2.2 / 2.4: indicator, media, load segment, system type, unused, sector count, load RBA.
    BootCatalog::Image image;
    image.platform = platform;
    image.bootable = quint8(e.at(0)) == 0x88;
    image.media = quint8(e.at(1)) & 0x0F;
    image.loadSegment = qFromLittleEndian<quint16>(e.data() + 2);
    image.sectorCount = qFromLittleEndian<quint16>(e.data() + 6);
    image.block = qFromLittleEndian<quint32>(e.data() + 8);
    return image;
}

} // namespace

QString BootCatalog::Image::platformName() const
{
    switch (platform) {
    case X86: return QStringLiteral("BIOS");
    case Efi: return QStringLiteral("UEFI");
    case PowerPC: return QStringLiteral("PowerPC");
    case Mac: return QStringLiteral("Mac");
    }
    return QStringLiteral("platform 0x%1").arg(platform, 2, 16, QLatin1Char('0'));
}

QString BootCatalog::Image::mediaName() const
{
    switch (media) {
    case NoEmulation: return QStringLiteral("no emulation");
    case Floppy12: return QStringLiteral("1.2 MB floppy");
    case Floppy144: return QStringLiteral("1.44 MB floppy");
    case Floppy288: return QStringLiteral("2.88 MB floppy");
    case HardDisk: return QStringLiteral("hard disk");
    }
    return QStringLiteral("media %1").arg(media);
}

std::optional<BootCatalog> BootCatalog::parse(QByteArrayView data, QString *error)
{
    if (data.size() < 2 * EntrySize) {
        *error = QStringLiteral("boot catalog cut short");
        return std::nullopt;
    }
    // 2.1: header ID 1, key bytes 55 AA, and the 16-bit words sum to zero.
    const QByteArrayView validation = data.first(EntrySize);
    quint16 sum = 0;
    for (int i = 0; i < EntrySize; i += 2)
        sum += qFromLittleEndian<quint16>(validation.data() + i);
    if (validation.at(0) != 1 || quint8(validation.at(30)) != 0x55 || quint8(validation.at(31)) != 0xAA
        || sum != 0) {
        *error = QStringLiteral("boot catalog validation entry is wrong");
        return std::nullopt;
    }
    BootCatalog catalog;
    catalog.images.append(imageEntry(data.sliced(EntrySize, EntrySize), quint8(validation.at(1))));
    qsizetype at = 2 * EntrySize;
    while (at + EntrySize <= data.size()) {
        const QByteArrayView header = data.sliced(at, EntrySize);
        const quint8 id = quint8(header.at(0));
        if (id != 0x90 && id != 0x91) // 2.3: section header; anything else ends the catalog
            break;
        const quint8 platform = quint8(header.at(1));
        int entries = qFromLittleEndian<quint16>(header.data() + 2);
        at += EntrySize;
        while (entries > 0 && at + EntrySize <= data.size()) {
            const QByteArrayView e = data.sliced(at, EntrySize);
            at += EntrySize;
            if (quint8(e.at(0)) == 0x44) // 2.5: extension entry of the one before
                continue;
            catalog.images.append(imageEntry(e, platform));
            --entries;
        }
        if (id == 0x91)
            break;
    }
    return catalog;
}

} // namespace Iso
