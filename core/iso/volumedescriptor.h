// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directoryrecord.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Iso {

/// One volume descriptor from the set that starts at block 16 (ECMA-119
/// section 8): the primary one, a Joliet supplementary one, an El Torito
/// boot record, or the terminator. Plain value code.
struct VolumeDescriptor
{
    enum class Type : quint8 { BootRecord = 0, Primary = 1, Supplementary = 2, Partition = 3, Terminator = 255 };

    Type type = Type::Terminator;
    int jolietLevel = 0; ///< 1-3 for a Joliet descriptor (its escape sequence), else 0
    QString volumeId;
    quint32 volumeBlocks = 0;
    int blockSize = 0;
    DirectoryRecord root;
    /// El Torito boot record: the block of the boot catalog, else 0.
    quint32 bootCatalogBlock = 0;

    /// nullopt with @p error when @p block is not a volume descriptor (no
    /// "CD001") or a primary/supplementary one has no usable root record.
    static std::optional<VolumeDescriptor> parse(QByteArrayView block, QString *error);
};

} // namespace Iso
