// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Iso {

/// The El Torito boot catalog (El Torito 1.0, section 2): which boot images
/// an optical disc offers, for which firmware. Plain value code.
struct BootCatalog
{
    struct Image
    {
        enum Platform : quint8 { X86 = 0x00, PowerPC = 0x01, Mac = 0x02, Efi = 0xEF };
        enum Media : quint8 { NoEmulation = 0, Floppy12 = 1, Floppy144 = 2, Floppy288 = 3, HardDisk = 4 };

        quint8 platform = X86;
        bool bootable = false;
        quint8 media = NoEmulation;
        quint16 loadSegment = 0;
        quint16 sectorCount = 0; ///< 512-byte sectors the BIOS loads
        quint32 block = 0; ///< first 2048-byte block of the image

        QString platformName() const; ///< "BIOS", "UEFI", ...
        QString mediaName() const;
        friend bool operator==(const Image &, const Image &) = default;
    };

    QList<Image> images;

    /// @p data is the catalog's blocks; nullopt with @p error when the
    /// validation entry's key bytes or checksum are wrong.
    static std::optional<BootCatalog> parse(QByteArrayView data, QString *error);
};

} // namespace Iso
