// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/leasepool.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Dhcp {

namespace {
QString ip(quint32 a)
{
    return QHostAddress(a).toString();
}
} // namespace

QString leaseStateName(Lease::State state)
{
    switch (state) {
    case Lease::State::Offered: return u"offered"_s;
    case Lease::State::Bound: return u"bound"_s;
    case Lease::State::Released: return u"released"_s;
    case Lease::State::Declined: return u"declined"_s;
    }
    return {};
}

LeasePool::LeasePool(Config config)
    : m_config(std::move(config))
{
    for (auto it = m_config.reservations.cbegin(); it != m_config.reservations.cend(); ++it)
        if (it->address)
            m_reservedAddresses.insert(it->address, it.key());
    if (!m_config.ranges.isEmpty())
        m_cursor = m_config.ranges.first().first;
}

const LeasePool::Reservation *LeasePool::reservationFor(const Net::MacAddress &mac) const
{
    const auto it = m_config.reservations.constFind(mac);
    return it == m_config.reservations.cend() ? nullptr : &*it;
}

bool LeasePool::isAllocatable(quint32 address) const
{
    if (m_reservedAddresses.contains(address))
        return false;
    for (const auto &[first, last] : m_config.ranges)
        if (address >= first && address <= last)
            return true;
    return false;
}

bool LeasePool::isFreeFor(quint32 address, const QByteArray &key, qint64 now) const
{
    const auto it = m_byAddress.constFind(address);
    if (it == m_byAddress.cend())
        return true;
    if (it->state == Lease::State::Declined)
        return !it->isActive(now);
    return it->clientKey == key || !it->isActive(now);
}

std::optional<quint32> LeasePool::nextFree(const QByteArray &key, qint64 now)
{
    // Addresses nobody has used yet come first, so returning clients keep theirs.
    const quint64 total = rangeSize();
    for (quint64 tried = 0; tried < total && !m_config.ranges.isEmpty(); ++tried) {
        const quint32 candidate = m_cursor;
        const auto &range = m_config.ranges[m_rangeIndex];
        if (m_cursor >= range.second) {
            m_rangeIndex = (m_rangeIndex + 1) % m_config.ranges.size();
            m_cursor = m_config.ranges[m_rangeIndex].first;
        } else {
            ++m_cursor;
        }
        if (!m_byAddress.contains(candidate) && !m_reservedAddresses.contains(candidate))
            return candidate;
    }
    // Then the longest-expired lease of another client.
    std::optional<quint32> best;
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const Lease &lease : std::as_const(m_byAddress)) {
        if (!lease.isActive(now) && lease.expires < oldest && isAllocatable(lease.address)) {
            oldest = lease.expires;
            best = lease.address;
        }
    }
    return best;
}

Lease &LeasePool::put(const Lease &lease)
{
    // A client holds one address: drop its previous one.
    if (const auto old = m_byKey.constFind(lease.clientKey); old != m_byKey.cend() && *old != lease.address) {
        const auto prev = m_byAddress.constFind(*old);
        if (prev != m_byAddress.cend() && prev->clientKey == lease.clientKey)
            m_byAddress.erase(prev);
    }
    // The address may have belonged to someone whose lease ran out.
    if (const auto prev = m_byAddress.constFind(lease.address);
        prev != m_byAddress.cend() && prev->clientKey != lease.clientKey) {
        const auto owner = m_byKey.constFind(prev->clientKey);
        if (owner != m_byKey.cend() && *owner == lease.address)
            m_byKey.erase(owner);
    }
    if (!lease.clientKey.isEmpty())
        m_byKey.insert(lease.clientKey, lease.address);
    return *m_byAddress.insert(lease.address, lease);
}

std::optional<Lease> LeasePool::offer(const QByteArray &key, const Net::MacAddress &mac, quint32 requested,
                                      const QString &clientHostname, qint64 now)
{
    const Reservation *reservation = reservationFor(mac);
    const Lease *current = leaseByKey(key);
    std::optional<quint32> address;
    if (reservation && reservation->address) {
        if (!isFreeFor(reservation->address, key, now))
            return std::nullopt; // declined, or squatted by a lease from before the reservation
        address = reservation->address;
    } else if (current && current->state != Lease::State::Declined && isAllocatable(current->address)
               && isFreeFor(current->address, key, now)) {
        address = current->address;
    } else if (requested && isAllocatable(requested) && isFreeFor(requested, key, now)) {
        address = requested;
    } else {
        address = nextFree(key, now);
    }
    if (!address)
        return std::nullopt;

    const Lease *existing = leaseByAddress(*address);
    if (existing && existing->clientKey == key && existing->state == Lease::State::Bound && existing->expires > now)
        return *existing; // already bound: offer the same lease again
    Lease lease;
    lease.address = *address;
    lease.clientKey = key;
    lease.mac = mac;
    lease.hostname = reservation && !reservation->hostname.isEmpty() ? reservation->hostname : clientHostname;
    lease.expires = now + m_config.offerHold;
    lease.state = Lease::State::Offered;
    return put(lease);
}

LeasePool::Answer LeasePool::request(const QByteArray &key, const Net::MacAddress &mac, quint32 requested,
                                     quint32 ciaddr, bool otherServer, const QString &clientHostname, qint64 now)
{
    Answer answer;
    if (otherServer) {
        // The client took another server's offer: free ours at once.
        if (const auto it = m_byKey.constFind(key); it != m_byKey.cend()) {
            const auto lease = m_byAddress.constFind(*it);
            if (lease != m_byAddress.cend() && lease->state == Lease::State::Offered) {
                m_byAddress.erase(lease);
                m_byKey.remove(key);
            }
        }
        answer.reason = u"client chose another server"_s;
        return answer;
    }
    const quint32 address = requested ? requested : ciaddr;
    if (!address) {
        answer.reason = u"REQUEST names no address"_s;
        return answer;
    }
    answer.verdict = Verdict::Nak;
    const Reservation *reservation = reservationFor(mac);
    if (!inSubnet(address)) {
        answer.reason = u"%1 is not on this network"_s.arg(ip(address));
        return answer;
    }
    if (reservation && reservation->address && reservation->address != address) {
        answer.reason = u"this host's fixed address is %1"_s.arg(ip(reservation->address));
        return answer;
    }
    if (const auto owner = m_reservedAddresses.constFind(address);
        owner != m_reservedAddresses.cend() && *owner != mac) {
        answer.reason = u"%1 is reserved for %2"_s.arg(ip(address), owner->toString());
        return answer;
    }
    const Lease *existing = leaseByAddress(address);
    if (!isFreeFor(address, key, now)) {
        answer.reason = existing && existing->state == Lease::State::Declined
            ? u"%1 was declined as in use"_s.arg(ip(address))
            : u"%1 is leased to another client"_s.arg(ip(address));
        return answer;
    }
    const bool ours = existing && existing->clientKey == key;
    const bool reserved = reservation && reservation->address == address;
    if (!reserved && !ours && !isAllocatable(address)) {
        answer.reason = u"%1 is outside the dynamic ranges"_s.arg(ip(address));
        return answer;
    }
    Lease lease;
    lease.address = address;
    lease.clientKey = key;
    lease.mac = mac;
    lease.hostname = reservation && !reservation->hostname.isEmpty()
        ? reservation->hostname
        : (clientHostname.isEmpty() && ours ? existing->hostname : clientHostname);
    lease.expires = now + m_config.leaseTime;
    lease.state = Lease::State::Bound;
    answer.verdict = Verdict::Ack;
    answer.lease = put(lease);
    return answer;
}

std::optional<Lease> LeasePool::decline(const QByteArray &key, quint32 address, qint64 now)
{
    const auto it = m_byAddress.find(address);
    if (it == m_byAddress.end() || it->clientKey != key)
        return std::nullopt;
    m_byKey.remove(key);
    it->clientKey.clear();
    it->state = Lease::State::Declined;
    it->expires = now + m_config.declineHold;
    return *it;
}

std::optional<Lease> LeasePool::release(const QByteArray &key, quint32 address, qint64 now)
{
    const auto it = m_byAddress.find(address);
    if (it == m_byAddress.end() || it->clientKey != key || it->state != Lease::State::Bound)
        return std::nullopt;
    it->state = Lease::State::Released;
    it->expires = now;
    return *it;
}

void LeasePool::restore(const Lease &lease)
{
    if (lease.state == Lease::State::Offered)
        return;
    put(lease);
}

const Lease *LeasePool::leaseByAddress(quint32 address) const
{
    const auto it = m_byAddress.constFind(address);
    return it == m_byAddress.cend() ? nullptr : &*it;
}

const Lease *LeasePool::leaseByKey(const QByteArray &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.cend() ? nullptr : leaseByAddress(*it);
}

qsizetype LeasePool::boundCount(qint64 now) const
{
    qsizetype n = 0;
    for (const Lease &lease : m_byAddress)
        if (lease.state == Lease::State::Bound && lease.expires > now)
            ++n;
    return n;
}

quint64 LeasePool::rangeSize() const
{
    quint64 n = 0;
    for (const auto &[first, last] : m_config.ranges)
        n += quint64(last) - first + 1;
    return n;
}

} // namespace Dhcp
