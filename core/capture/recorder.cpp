// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/recorder.h"

#include <QDateTime>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Capture {

void Recorder::setLocal(const QString &interfaceName, const Net::MacAddress &mac, quint32 address)
{
    const QMutexLocker lock(&m_mutex);
    m_interface = interfaceName;
    m_mac = mac;
    m_address = address;
}

Pcapng::Endpoint Recorder::local(quint16 port, quint32 address) const
{
    const QMutexLocker lock(&m_mutex);
    return Pcapng::Endpoint{m_mac, address ? address : m_address, port};
}

void Recorder::datagram(const Net::MacAddress &machine, const Pcapng::Endpoint &from, const Pcapng::Endpoint &to,
                        QByteArrayView payload, qsizetype keep, const QString &comment)
{
    if (machine.isNull())
        return;
    const QByteArrayView kept = keep < 0 ? payload : payload.first(std::min(keep, payload.size()));
    const QByteArray frame = Pcapng::udpFrame(from, to, kept, payload.size());
    const qsizetype original = frame.size() + (payload.size() - kept.size());
    add(machine, Pcapng::packetBlock(QDateTime::currentMSecsSinceEpoch() * 1000, frame, original, comment));
}

void Recorder::segment(const Net::MacAddress &machine, const Pcapng::Endpoint &from, const Pcapng::Endpoint &to,
                       quint32 seq, quint32 ack, QByteArrayView payload, const QString &comment)
{
    if (machine.isNull())
        return;
    const QByteArray frame = Pcapng::tcpFrame(from, to, seq, ack, payload);
    add(machine, Pcapng::packetBlock(QDateTime::currentMSecsSinceEpoch() * 1000, frame, frame.size(), comment));
}

void Recorder::frame(const Net::MacAddress &machine, QByteArrayView frame)
{
    if (machine.isNull())
        return;
    add(machine, Pcapng::packetBlock(QDateTime::currentMSecsSinceEpoch() * 1000, frame, frame.size()));
}

void Recorder::add(const Net::MacAddress &machine, QByteArray block)
{
    const QMutexLocker lock(&m_mutex);
    const auto quietest = [this] {
        auto q = m_machines.begin();
        for (auto it = m_machines.begin(); it != m_machines.end(); ++it)
            if (it->lastUse < q->lastUse)
                q = it;
        return q;
    };
    if (!m_machines.contains(machine) && m_machines.size() >= m_limits.machines) {
        const auto q = quietest();
        m_bytes -= q->bytes;
        m_machines.erase(q);
    }
    Machine &m = m_machines[machine];
    m.lastUse = ++m_uses;
    m.bytes += block.size();
    m_bytes += block.size();
    m.blocks.append(std::move(block));
    while (m.bytes > m_limits.bytesPerMachine && m.blocks.size() > 1) {
        const qsizetype size = m.blocks.takeFirst().size();
        m.bytes -= size;
        m_bytes -= size;
        ++m.dropped;
    }
    while (m_bytes > m_limits.bytes && m_machines.size() > 1) {
        const auto q = quietest();
        if (q.key() == machine)
            break;
        m_bytes -= q->bytes;
        m_machines.erase(q);
    }
}

QByteArray Recorder::pcapng(const Net::MacAddress &machine) const
{
    QList<QByteArray> blocks;
    quint64 dropped = 0;
    QString interfaceName;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_machines.constFind(machine);
        if (it == m_machines.cend())
            return {};
        blocks = it->blocks; // shared, not copied
        dropped = it->dropped;
        interfaceName = m_interface;
    }
    QString comment = u"What Rackside saw of %1: frames rebuilt from its servers' sockets"_s.arg(machine.toString());
    if (dropped)
        comment += u"; the oldest %1 packets were dropped (%2 bytes kept per machine)"_s.arg(dropped).arg(
            m_limits.bytesPerMachine);
    QByteArray out = Pcapng::fileHeader(interfaceName, comment);
    for (const QByteArray &b : std::as_const(blocks))
        out.append(b);
    return out;
}

bool Recorder::save(const Net::MacAddress &machine, const QString &path, QString *error) const
{
    const QByteArray bytes = pcapng(machine);
    if (bytes.isEmpty()) {
        *error = u"nothing was seen of %1"_s.arg(machine.toString());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<Net::MacAddress> Recorder::machines() const
{
    const QMutexLocker lock(&m_mutex);
    return m_machines.keys();
}

} // namespace Capture
