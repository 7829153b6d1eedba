// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/byterange.h"

#include <algorithm>
#include <optional>

namespace Http {

namespace {

std::optional<qint64> number(QByteArrayView text)
{
    // Digits only: no sign, no spaces, and at most 18 of them so it fits.
    if (text.isEmpty() || text.size() > 18
        || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return text.toLongLong();
}

} // namespace

QByteArray ByteRange::contentRange(qint64 size) const
{
    if (kind == Kind::Unsatisfiable)
        return QByteArray("bytes */").append(QByteArray::number(size));
    return QByteArray("bytes ")
        .append(QByteArray::number(first))
        .append('-')
        .append(QByteArray::number(last))
        .append('/')
        .append(QByteArray::number(size));
}

ByteRange ByteRange::parse(QByteArrayView field, qint64 size)
{
    ByteRange whole;
    QByteArrayView spec = field.trimmed();
    if (!spec.startsWith("bytes=") && !spec.startsWith("BYTES="))
        return whole; // no field, or a unit we do not know: the whole file
    spec = spec.sliced(6).trimmed();
    // Several ranges would need multipart/byteranges; a server may send all
    // instead (RFC 9110 section 14.2), and boot loaders never ask for more than one.
    if (spec.contains(','))
        return whole;
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArrayView from = spec.first(dash).trimmed(), to = spec.sliced(dash + 1).trimmed();

    ByteRange r;
    r.kind = Kind::Partial;
    if (from.isEmpty()) { // "-N": the last N bytes
        const auto suffix = number(to);
        if (!suffix)
            return whole;
        if (*suffix == 0 || size == 0)
            return {Kind::Unsatisfiable};
        r.first = std::max<qint64>(0, size - *suffix);
        r.last = size - 1;
        return r;
    }
    const auto start = number(from);
    const auto end = to.isEmpty() ? std::optional<qint64>(size - 1) : number(to);
    if (!start || !end || (!to.isEmpty() && *end < *start))
        return whole; // invalid: ignored, as RFC 9110 section 14.2 allows
    if (*start >= size)
        return {Kind::Unsatisfiable};
    r.first = *start;
    r.last = std::min(*end, size - 1);
    return r;
}

} // namespace Http
