// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/macaddress.h"

#include <algorithm>

namespace Net {

std::optional<MacAddress> MacAddress::parse(QStringView text)
{
    text = text.trimmed();
    // 12 digits bare, in pairs split by ':' or '-' (one kind throughout), or
    // in Cisco's groups of four split by '.'; separators only between groups.
    qsizetype group = 12;
    QChar separator;
    switch (text.size()) {
    case 12: break;
    case 17:
        group = 2;
        separator = text[2];
        if (separator != u':' && separator != u'-')
            return std::nullopt;
        break;
    case 14:
        group = 4;
        separator = u'.';
        break;
    default:
        return std::nullopt;
    }
    std::array<quint8, 6> bytes{};
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (group < 12 && (i + 1) % (group + 1) == 0) {
            if (c != separator)
                return std::nullopt;
            continue;
        }
        int v;
        if (c >= u'0' && c <= u'9')
            v = c - u'0';
        else if (c >= u'a' && c <= u'f')
            v = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            v = c - u'A' + 10;
        else
            return std::nullopt;
        bytes[digits / 2] = quint8(bytes[digits / 2] << 4 | v);
        ++digits;
    }
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
