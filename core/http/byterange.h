// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Http {

/// What a Range field (RFC 9110 section 14.2) asks of a file of a given
/// size: all of it (no field, another unit, several ranges, or syntax a
/// server may ignore), one part of it (206), or nothing it has (416).
struct ByteRange
{
    enum class Kind { Whole, Partial, Unsatisfiable };

    Kind kind = Kind::Whole;
    qint64 first = 0; ///< first byte sent (Partial)
    qint64 last = -1; ///< last byte sent, inclusive (Partial)

    qint64 length() const { return last - first + 1; }
    /// "bytes 0-499/1234" for a 206, "bytes */1234" for a 416.
    QByteArray contentRange(qint64 size) const;

    /// @p field is the Range field's value (empty: none was sent).
    static ByteRange parse(QByteArrayView field, qint64 size);
};

} // namespace Http
