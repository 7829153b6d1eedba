// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

#include <array>
#include <optional>

namespace Net {

/// An Ethernet hardware address, the key an operator knows a machine by.
class MacAddress
{
public:
    MacAddress() = default;
    explicit MacAddress(const std::array<quint8, 6> &bytes) : m_bytes(bytes) {}

    /// Accepts aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff and aabb.ccdd.eeff (any case).
    static std::optional<MacAddress> parse(QStringView text);
    static MacAddress fromBytes(const quint8 *bytes);

    const std::array<quint8, 6> &bytes() const { return m_bytes; }
    bool isNull() const;
    /// Lower-case, colon separated: 52:54:00:12:34:56.
    QString toString(QChar separator = u':') const;

    friend bool operator==(const MacAddress &, const MacAddress &) = default;
    friend auto operator<=>(const MacAddress &, const MacAddress &) = default;
    friend size_t qHash(const MacAddress &mac, size_t seed = 0)
    {
        return qHashBits(mac.m_bytes.data(), mac.m_bytes.size(), seed);
    }

private:
    std::array<quint8, 6> m_bytes{};
};

} // namespace Net
