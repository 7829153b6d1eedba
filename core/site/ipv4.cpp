// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/ipv4.h"

namespace Site {

std::optional<QHostAddress> parseIpv4(QStringView text)
{
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    while (parts < 4) {
        const qsizetype begin = i;
        uint part = 0;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9' && i - begin < 3) {
            part = part * 10 + uint(text[i].unicode() - u'0');
            ++i;
        }
        const qsizetype digits = i - begin;
        if (digits == 0 || part > 255 || (digits > 1 && text[begin] == u'0'))
            return std::nullopt;
        value = (value << 8) | part;
        ++parts;
        if (parts < 4) {
            if (i >= text.size() || text[i] != u'.')
                return std::nullopt;
            ++i;
        }
    }
    if (i != text.size())
        return std::nullopt;
    return QHostAddress(value);
}

std::optional<Ipv4Subnet> parseIpv4Subnet(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const auto address = parseIpv4(text.left(slash));
    const QStringView prefixText = text.mid(slash + 1);
    if (!address || prefixText.isEmpty() || prefixText.size() > 2)
        return std::nullopt;
    for (QChar c : prefixText) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    if (prefixText.size() == 2 && prefixText[0] == u'0')
        return std::nullopt;
    const int prefix = prefixText.toInt();
    if (prefix > 32)
        return std::nullopt;
    return Ipv4Subnet{*address, prefix};
}

bool isIpv4(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol;
}

quint32 ipv4Mask(int prefix)
{
    if (prefix <= 0)
        return 0;
    if (prefix >= 32)
        return 0xffffffffu;
    return ~((quint32(1) << (32 - prefix)) - 1);
}

} // namespace Site
