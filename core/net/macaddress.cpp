// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/macaddress.h"

#include <algorithm>

namespace Net {

std::optional<MacAddress> MacAddress::parse(QStringView text)
{
    QString hex;
    hex.reserve(12);
    for (QChar c : text.trimmed()) {
        if (c == u':' || c == u'-' || c == u'.')
            continue;
        if (!c.isLetterOrNumber())
            return std::nullopt;
        hex.append(c);
    }
    if (hex.size() != 12)
        return std::nullopt;
    std::array<quint8, 6> bytes{};
    for (int i = 0; i < 6; ++i) {
        bool ok = false;
        bytes[i] = quint8(hex.mid(i * 2, 2).toUInt(&ok, 16));
        if (!ok)
            return std::nullopt;
    }
    // Separators, when present, must sit between every pair (or every 4 digits for Cisco dots).
    const auto seps = std::count_if(text.begin(), text.end(),
                                    [](QChar c) { return c == u':' || c == u'-' || c == u'.'; });
    if (seps != 0 && seps != 5 && seps != 2)
        return std::nullopt;
    return MacAddress(bytes);
}

MacAddress MacAddress::fromBytes(const quint8 *bytes)
{
    std::array<quint8, 6> b{};
    std::copy_n(bytes, 6, b.begin());
    return MacAddress(b);
}

bool MacAddress::isNull() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](quint8 b) { return b == 0; });
}

QString MacAddress::toString(QChar separator) const
{
    QString out;
    out.reserve(17);
    for (size_t i = 0; i < m_bytes.size(); ++i) {
        if (i)
            out.append(separator);
        out.append(QString::number(m_bytes[i], 16).rightJustified(2, u'0'));
    }
    return out;
}

} // namespace Net
