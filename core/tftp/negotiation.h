// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tftp/packet.h"

namespace Tftp {

/// What the server allows a client to ask for.
struct Limits
{
    int maxBlockSize = 65464; ///< RFC 2348's largest; bigger asks are served at this
    int maxWindowSize = 64; ///< RFC 7440 allows 65535; a window is read again on loss, never buffered
    int defaultTimeoutMs = 1000; ///< first retransmission when the client names no timeout
    int maxRetries = 5; ///< retransmissions of one block (or window) before giving up
    int maxTransfers = 256; ///< concurrent transfers; past it clients hear "server busy"
};

/// The outcome of RFC 2347 option negotiation for one read request: the
/// transfer's parameters and the options to acknowledge in an OACK (none:
/// answer with DATA 1 directly, as RFC 1350).
struct Negotiation
{
    int blockSize = 512;
    int windowSize = 1;
    int timeoutSecs = 0; ///< 0: the client named none (or an invalid one)
    bool tsize = false; ///< the client asked for the size and got it
    QList<Option> acknowledged;

    /// Unknown options and options with values out of range are ignored
    /// (RFC 2347 lets the server ignore them); the transfer then runs without.
    /// \a fileSize is answered to tsize (RFC 2349), -1 when unknown.
    static Negotiation negotiate(const QList<Option> &requested, qint64 fileSize, const Limits &limits);
    /// "blksize 1468, tsize 1048576, windowsize 16", or "no options".
    QString describe() const;
};

/// A TFTP option value: ASCII digits only, at most 10 of them; -1 otherwise.
qint64 optionNumber(QByteArrayView value);

} // namespace Tftp
