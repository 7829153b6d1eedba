// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/efiimage.h"

#include <QFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Boot {

namespace {

constexpr qint64 maxSectionRead = 64 * 1024;
constexpr qint64 maxCertificateRead = 256 * 1024;

QByteArray readAt(QIODevice &device, qint64 offset, qint64 size)
{
    if (offset < 0 || size <= 0 || !device.seek(offset))
        return {};
    return device.read(size);
}

quint16 u16(const QByteArray &data, qsizetype at)
{
    return at + 2 <= data.size() ? qFromLittleEndian<quint16>(data.constData() + at) : 0;
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return at + 4 <= data.size() ? qFromLittleEndian<quint32>(data.constData() + at) : 0;
}

bool hasSbatComponent(const QByteArray &sbat, const QByteArray &component)
{
    for (const QByteArray &line : sbat.split('\n')) {
        if (line.startsWith(QByteArray(component).append(',')))
            return true;
    }
    return false;
}

} // namespace

EfiImage EfiImage::inspect(QIODevice &device)
{
    EfiImage image;
    const QByteArray dos = readAt(device, 0, 64);
    if (dos.size() < 64 || !dos.startsWith("MZ"))
        return image;
    const qint64 pe = u32(dos, 0x3c);
    // COFF header (20 bytes) and the optional header up to its data directories.
    const QByteArray headers = readAt(device, pe, 24 + 240);
    if (headers.size() < 24 + 96 || !headers.startsWith(QByteArray("PE\0\0", 4)))
        return image;
    const int sectionCount = u16(headers, 6);
    const int optionalSize = u16(headers, 20);
    const quint16 magic = u16(headers, 24);
    if (magic != 0x10b && magic != 0x20b)
        return image;
    const int directories = 24 + (magic == 0x20b ? 112 : 96);
    const quint32 directoryCount = u32(headers, directories - 4);
    image.kind = Kind::Other;

    // Data directory 4 is the certificate table; its address is a file offset.
    if (directoryCount > 4) {
        const quint32 certOffset = u32(headers, directories + 4 * 8);
        const quint32 certSize = u32(headers, directories + 4 * 8 + 4);
        image.isSigned = certOffset != 0 && certSize > 8;
        if (image.isSigned) {
            const QByteArray certs =
                readAt(device, certOffset, qMin<qint64>(certSize, maxCertificateRead));
            image.signedByMicrosoft = certs.contains("Microsoft Corporation UEFI CA");
        }
    }

    bool hasMods = false;
    const QByteArray sections = readAt(device, pe + 24 + optionalSize, qint64(sectionCount) * 40);
    for (int i = 0; i < sectionCount && (i + 1) * 40 <= sections.size(); ++i) {
        const QByteArray name = sections.mid(i * 40, 8);
        const QByteArray trimmed = name.left(name.indexOf('\0') < 0 ? 8 : name.indexOf('\0'));
        if (trimmed == "mods")
            hasMods = true; // grub-mkimage puts the embedded modules here
        if (trimmed == ".sbat") {
            const quint32 rawSize = u32(sections, i * 40 + 16);
            const quint32 rawOffset = u32(sections, i * 40 + 20);
            image.sbat = readAt(device, rawOffset, qMin<qint64>(rawSize, maxSectionRead));
            const qsizetype nul = image.sbat.indexOf('\0');
            if (nul >= 0)
                image.sbat.truncate(nul);
        }
    }
    if (hasSbatComponent(image.sbat, "shim"))
        image.kind = Kind::Shim;
    else if (hasMods || hasSbatComponent(image.sbat, "grub"))
        image.kind = Kind::Grub;
    else if (hasSbatComponent(image.sbat, "ipxe"))
        image.kind = Kind::Ipxe;
    return image;
}

EfiImage EfiImage::inspect(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return inspect(file);
}

QString EfiImage::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotEfi:
        return u"not a UEFI image"_s;
    case Kind::Shim:
        return u"shim"_s;
    case Kind::Grub:
        return u"GRUB"_s;
    case Kind::Ipxe:
        return u"iPXE"_s;
    case Kind::Other:
        return u"a UEFI image"_s;
    }
    return {};
}

} // namespace Boot
