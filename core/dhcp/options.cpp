// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/options.h"

#include <QtEndian>

#include <algorithm>

namespace Dhcp {

bool Options::contains(quint8 code) const
{
    for (const auto &item : m_items)
        if (item.first == code)
            return true;
    return false;
}

std::optional<QByteArray> Options::value(quint8 code) const
{
    for (const auto &item : m_items)
        if (item.first == code)
            return item.second;
    return std::nullopt;
}

void Options::set(quint8 code, const QByteArray &data)
{
    m_instances.remove(code);
    for (auto &item : m_items) {
        if (item.first == code) {
            item.second = data;
            return;
        }
    }
    m_items.append({code, data});
}

void Options::append(quint8 code, QByteArrayView data)
{
    for (auto &item : m_items) {
        if (item.first == code) {
            auto &sizes = m_instances[code];
            if (sizes.isEmpty())
                sizes.append(item.second.size());
            sizes.append(data.size());
            item.second.append(data);
            return;
        }
    }
    m_items.append({code, data.toByteArray()});
}

void Options::setInstances(quint8 code, const QList<QByteArray> &instances)
{
    QByteArray joined;
    QList<qsizetype> sizes;
    for (const QByteArray &i : instances) {
        joined.append(i);
        sizes.append(i.size());
    }
    set(code, joined);
    if (sizes.size() > 1)
        m_instances.insert(code, sizes);
}

void Options::write(QByteArray &out, quint8 code, const QByteArray &data, const QList<qsizetype> &sizes)
{
    qsizetype pos = 0;
    qsizetype instance = 0;
    do {
        const qsizetype wanted = instance < sizes.size() ? sizes[instance++] : data.size() - pos;
        const qsizetype chunk = std::min<qsizetype>({255, wanted, data.size() - pos});
        out.append(char(code));
        out.append(char(chunk));
        out.append(data.constData() + pos, chunk);
        pos += chunk;
    } while (pos < data.size());
}

qsizetype Options::encodedSize(const QByteArray &data, const QList<qsizetype> &sizes)
{
    if (!sizes.isEmpty()) {
        QByteArray probe;
        write(probe, 0, data, sizes);
        return probe.size();
    }
    const qsizetype chunks = std::max<qsizetype>(1, (data.size() + 254) / 255);
    return chunks * 2 + data.size();
}

qsizetype Options::encodedSize() const
{
    qsizetype n = 0;
    for (const auto &[code, data] : m_items)
        n += encodedSize(data, m_instances.value(code));
    return n;
}

void Options::remove(quint8 code)
{
    m_instances.remove(code);
    m_items.removeIf([code](const auto &item) { return item.first == code; });
}

std::optional<quint8> Options::u8(quint8 code) const
{
    const auto v = value(code);
    if (!v || v->size() != 1)
        return std::nullopt;
    return quint8(v->at(0));
}

std::optional<quint16> Options::u16(quint8 code) const
{
    const auto v = value(code);
    if (!v || v->size() != 2)
        return std::nullopt;
    return qFromBigEndian<quint16>(v->constData());
}

std::optional<quint32> Options::u32(quint8 code) const
{
    const auto v = value(code);
    if (!v || v->size() != 4)
        return std::nullopt;
    return qFromBigEndian<quint32>(v->constData());
}

void Options::setU8(quint8 code, quint8 v)
{
    set(code, QByteArray(1, char(v)));
}

void Options::setU16(quint8 code, quint16 v)
{
    QByteArray data(2, Qt::Uninitialized);
    qToBigEndian(v, data.data());
    set(code, data);
}

void Options::setU32(quint8 code, quint32 v)
{
    QByteArray data(4, Qt::Uninitialized);
    qToBigEndian(v, data.data());
    set(code, data);
}

void Options::setAddresses(quint8 code, const QList<quint32> &addresses)
{
    QByteArray data(addresses.size() * 4, Qt::Uninitialized);
    for (qsizetype i = 0; i < addresses.size(); ++i)
        qToBigEndian(addresses[i], data.data() + i * 4);
    set(code, data);
}

} // namespace Dhcp
