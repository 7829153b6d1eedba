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
/// timeouts. Qt closes a socket as soon as it reads the peer's FIN, so a
/// client that half-closes after its request loses the rest of its answer
/// (with a reset now, with a FIN before: Qt dropped what it had queued
/// either way).
///
/// Machines that vanish: an idle connection is found by keepalive probes,
/// well inside GRUB's 16 s of SYNs. One that vanished mid-download is
/// dropped when the machine asks DHCP for an address again
/// (Http::Server::dropMachine), since no timer can tell it from a live
/// client that stopped reading: TCP_USER_TIMEOUT would also end a live
/// connection whose receive window stayed closed that long (Linux 5.11 on).
class TcpEnding
{
public:
    /// An idle connection is probed after this many seconds...
    static constexpr int KeepIdleSeconds = 4;
    /// ...then every second, and dropped after this many unanswered probes.
    static constexpr int KeepProbes = 3;

    /// Sets reset-on-close and keepalive probes on a connected socket.
    /// Returns false when the system refused (the connection still works).
    static bool prepare(qintptr descriptor);
    /// Bytes written to the socket that the peer has not acknowledged yet
    /// (sent or still queued); 0 where the system cannot tell.
    static qint64 unacknowledged(qintptr descriptor);
};

} // namespace Net
