// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Net {

/// How a server's TCP connection ends, so that no state of it outlives the
/// client and blocks the client's next boot.
///
/// Boot firmware reconnects from the same address and port after a reboot:
/// GRUB numbers its TCP source ports from 21550 on every start and answers
/// nothing to segments it does not expect (grub-core/net/tcp.c). A server
/// socket still holding that address and port in any state swallows the new
/// SYN (RFC 5961 challenge ACK, which GRUB ignores), and GRUB gives up after
/// 40 SYNs 400 ms apart with "error: connection timeout":
///  - LAST-ACK: the client closed first and jumped into the kernel before
///    acknowledging our FIN; Linux keeps retransmitting it for about two
///    minutes.
///  - FIN-WAIT and TIME-WAIT (60 s): we closed first.
///  - CLOSE-WAIT: the client's FIN was never acted on.
///  - ESTABLISHED: the machine was reset mid-download or with a kept-alive
///    connection open.
///
/// So a connection never ends with a FIN from us: every close is a reset
/// (SO_LINGER with a zero timeout), which frees the socket at once. A reset
/// drops what the client has not yet acknowledged, so Http::Connection
/// resets only once unacknowledged() is 0 (the data is in the client's
/// receive buffer), or after the client closed (its FIN acknowledges what it
/// received), or when the client stopped taking data for longer than its
/// timeouts. Dead peers are found by the kernel: TCP_USER_TIMEOUT for data
/// in flight, keepalive probes for an idle connection, both well inside
/// GRUB's 16 s of SYNs.
class TcpEnding
{
public:
    /// Unacknowledged data is given up after this long without an ACK.
    static constexpr int DeadPeerMs = 8000;
    /// An idle connection is probed after this many seconds...
    static constexpr int KeepIdleSeconds = 4;
    /// ...then every second, and dropped after this many unanswered probes.
    static constexpr int KeepProbes = 3;

    /// Sets reset-on-close and dead-peer detection on a connected socket.
    /// Returns false when the system refused (the connection still works).
    static bool prepare(qintptr descriptor);
    /// Bytes written to the socket that the peer has not acknowledged yet
    /// (sent or still queued); 0 where the system cannot tell.
    static qint64 unacknowledged(qintptr descriptor);
};

} // namespace Net
