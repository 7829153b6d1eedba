// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Iso {

/// Logical block size of every image we read (ECMA-119 allows others; no
/// real CD, DVD or installer image uses them).
constexpr qint64 BlockSize = 2048;

/// One ECMA-119 directory record (section 9.1): where an entry's data is,
/// how long it is, and its raw name and system use bytes (Rock Ridge lives
/// in the latter). Plain value code: no I/O.
struct DirectoryRecord
{
    enum Flag : quint8 { Hidden = 0x01, Directory = 0x02, MultiExtent = 0x80 };

    int length = 0; ///< bytes the record takes, padding included
    quint32 block = 0; ///< first block of the data (after any extended attribute record)
    quint32 dataLength = 0;
    QByteArray recordedDate; ///< the 7 bytes of 9.1.5; recorded() reads them
    quint8 flags = 0;
    QByteArray identifier; ///< the raw file identifier
    QByteArray systemUse; ///< what follows the identifier

    /// Invalid when the image leaves it zero. Parsed on demand: with Rock
    /// Ridge the TF entry's time is the one shown.
    QDateTime recorded() const { return parseDate(recordedDate); }
    bool isDirectory() const { return flags & Directory; }
    /// The file goes on in the next record of the same name (ISO level 3).
    bool continues() const { return flags & MultiExtent; }
    bool isSelf() const { return identifier.size() == 1 && identifier.at(0) == '\0'; }
    bool isParent() const { return identifier.size() == 1 && identifier.at(0) == '\1'; }

    /// The name as ISO 9660 or Joliet (UCS-2, big-endian) spells it, without
    /// the ";1" version and the dot that level 1 adds to names without an
    /// extension.
    QString name(bool joliet) const;

    /// The record at the start of @p bytes; nullopt and @p error when it is
    /// shorter than its fields or its name runs past its own length.
    static std::optional<DirectoryRecord> parse(QByteArrayView bytes, QString *error);
    /// Every record of a directory's data. Records never cross a block: a
    /// zero length byte pads to the next one (6.8.1.1).
    static std::optional<QList<DirectoryRecord>> parseDirectory(QByteArrayView data, QString *error);
    /// The 7-byte recording date of 9.1.5, or the 17-byte form of 8.4.26.1
    /// when @p bytes is that long; invalid when all zero or out of range.
    static QDateTime parseDate(QByteArrayView bytes);
};

} // namespace Iso
