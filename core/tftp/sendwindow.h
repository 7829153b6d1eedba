// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <limits>

namespace Tftp {

/// Which blocks of a download are acknowledged, sent and due next. Blocks
/// are counted from 1 without limit; on the wire the number wraps from
/// 65535 to 0, as every current client expects. Lockstep (RFC 1350) is a
/// window of 1; RFC 7440 windows are larger.
///
/// An ACK that does not move the window forward is ignored: answering a
/// duplicate ACK is the Sorcerer's Apprentice bug (RFC 1123 4.2.3.1) and
/// would let an ACK storm multiply the traffic. An ACK inside the sent
/// window restarts sending after it (RFC 7440 section 4: the client lost
/// the next block).
class SendWindow
{
public:
    enum class Ack { Ignored, Advanced, Complete };
    static constexpr qint64 UnknownLast = std::numeric_limits<qint64>::max();

    SendWindow(int windowSize, qint64 lastBlock)
        : m_window(windowSize)
        , m_last(lastBlock)
    {
    }

    /// The number of blocks a file of \a size bytes takes: the last one is
    /// short, and empty when the size is a multiple of the block size.
    static qint64 blockCount(qint64 size, int blockSize) { return size / blockSize + 1; }
    static quint16 wire(qint64 block) { return quint16(block & 0xffff); }

    Ack acknowledge(quint16 wireBlock)
    {
        // Only blocks sent and not yet acknowledged can be meant; the window
        // is smaller than 65536, so the wire number names one of them.
        const qint64 block = m_acked + quint16(wireBlock - wire(m_acked));
        if (block == m_acked || block >= m_next)
            return Ack::Ignored;
        m_acked = block;
        if (block == m_last)
            return Ack::Complete;
        if (m_next > block + 1)
            m_next = block + 1;
        return Ack::Advanced;
    }

    bool canSend() const { return m_next <= m_last && m_next <= m_acked + m_window; }
    qint64 next() const { return m_next; }
    void markSent() { ++m_next; }
    /// After a timeout: send again from the first unacknowledged block.
    void rewind() { m_next = m_acked + 1; }
    qint64 acked() const { return m_acked; }
    qint64 last() const { return m_last; }
    /// For a source that did not know its size: the short block read last.
    void setLast(qint64 block) { m_last = block; }
    bool complete() const { return m_acked == m_last; }

private:
    int m_window = 1;
    qint64 m_last = 1;
    qint64 m_acked = 0;
    qint64 m_next = 1;
};

} // namespace Tftp
