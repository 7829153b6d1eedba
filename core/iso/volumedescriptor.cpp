// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumedescriptor.h"

#include <QtEndian>

namespace Iso {

std::optional<VolumeDescriptor> VolumeDescriptor::parse(QByteArrayView block, QString *error)
{
    if (block.size() < BlockSize || block.sliced(1, 5) != "CD001") {
        *error = QStringLiteral("no volume descriptor (\"CD001\")");
        return std::nullopt;
    }
    VolumeDescriptor d;
    d.type = Type(quint8(block.at(0)));
    switch (d.type) {
    case Type::BootRecord:
        // El Torito 1.0, 2.0: the boot system identifier, then the catalog's block at 0x47.
        if (block.sliced(7, 23) == "EL TORITO SPECIFICATION")
            d.bootCatalogBlock = qFromLittleEndian<quint32>(block.data() + 0x47);
        return d;
    case Type::Primary:
    case Type::Supplementary:
        break;
    default:
        return d;
    }
    if (d.type == Type::Supplementary) {
        // Joliet: UCS-2 level 1, 2 or 3 escape sequences in the escape field (8.5.6).
        const QByteArrayView escape = block.sliced(88, 3);
        if (escape == "%/@")
            d.jolietLevel = 1;
        else if (escape == "%/C")
            d.jolietLevel = 2;
        else if (escape == "%/E")
            d.jolietLevel = 3;
    }
    d.volumeId = QString::fromLatin1(block.sliced(40, 32)).trimmed();
    if (d.jolietLevel) {
        QString name;
        for (int i = 0; i + 1 < 32; i += 2)
            name += QChar(qFromBigEndian<quint16>(block.data() + 40 + i));
        d.volumeId = name.trimmed();
    }
    d.volumeBlocks = qFromLittleEndian<quint32>(block.data() + 80);
    d.blockSize = qFromLittleEndian<quint16>(block.data() + 128);
    auto root = DirectoryRecord::parse(block.sliced(156, 34), error);
    if (!root) {
        *error = QStringLiteral("root directory record: %1").arg(*error);
        return std::nullopt;
    }
    if (!root->isDirectory()) {
        *error = QStringLiteral("the root directory record is not a directory");
        return std::nullopt;
    }
    d.root = *root;
    return d;
}

} // namespace Iso
