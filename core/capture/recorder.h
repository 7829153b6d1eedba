// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/pcapng.h"

#include <QHash>
#include <QList>
#include <QMutex>

namespace Capture {

/// What Rackside saw of each machine, kept as pcapng packet blocks so that
/// one machine's packets can be saved at any moment: DHCP requests and
/// replies, TFTP requests, option answers, errors and the first, last and
/// resent data blocks (cut to their first bytes), HTTP request and
/// response heads, ARP asked on its behalf. Frames are rebuilt from what
/// the servers' own sockets carried, so no capture privilege is needed.
///
/// Servers record from the network thread, anyone saves from any thread (a
/// mutex held only to append or copy a list). Memory stays bounded:
/// bytesPerMachine per machine (the oldest packets go first), at most
/// machines machines and bytes in all (the machine quiet longest goes first).
class Recorder
{
public:
    struct Limits
    {
        qsizetype bytesPerMachine = 4 * 1024 * 1024;
        int machines = 1024;
        /// All machines together: past it, the machines quiet longest are
        /// forgotten (a flood of made-up MACs stays bounded).
        qsizetype bytes = 128 * 1024 * 1024;
        qsizetype payloadKept = 128; ///< of a TFTP data block or an HTTP body
    };

    Recorder() = default;
    explicit Recorder(Limits limits) : m_limits(limits) {}

    /// Rackside's own side of the frames: its interface, MAC and address.
    void setLocal(const QString &interfaceName, const Net::MacAddress &mac, quint32 address);
    /// Rackside's end of a frame: its MAC, \a address (0: its own) and \a port.
    Pcapng::Endpoint local(quint16 port, quint32 address = 0) const;
    const Limits &limits() const { return m_limits; }

    /// A UDP datagram, its payload cut to \a keep bytes (-1: whole).
    void datagram(const Net::MacAddress &machine, const Pcapng::Endpoint &from, const Pcapng::Endpoint &to,
                  QByteArrayView payload, qsizetype keep = -1, const QString &comment = {});
    /// A TCP segment of \a payload at sequence \a seq (acknowledging \a ack).
    void segment(const Net::MacAddress &machine, const Pcapng::Endpoint &from, const Pcapng::Endpoint &to, quint32 seq,
                 quint32 ack, QByteArrayView payload, const QString &comment = {});
    /// A whole Ethernet frame.
    void frame(const Net::MacAddress &machine, QByteArrayView frame);

    /// The machine's packets as a pcapng file; empty if none were seen.
    QByteArray pcapng(const Net::MacAddress &machine) const;
    /// Writes pcapng(\a machine) to \a path atomically. False and \a error
    /// when nothing was seen of it or the file cannot be written.
    bool save(const Net::MacAddress &machine, const QString &path, QString *error) const;
    QList<Net::MacAddress> machines() const;

private:
    void add(const Net::MacAddress &machine, QByteArray block);

    struct Machine
    {
        QList<QByteArray> blocks;
        qsizetype bytes = 0;
        quint64 dropped = 0;
        quint64 lastUse = 0; ///< m_uses when it last got a packet
    };

    Limits m_limits;
    mutable QMutex m_mutex;
    QString m_interface;
    Net::MacAddress m_mac;
    quint32 m_address = 0;
    QHash<Net::MacAddress, Machine> m_machines;
    qsizetype m_bytes = 0; ///< of all machines
    quint64 m_uses = 0;
};

} // namespace Capture
