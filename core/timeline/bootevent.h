// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QMetaType>
#include <QString>

namespace Timeline {

/// One thing that happened to one machine: a packet received or sent, a
/// transfer step, a failure. Plain value, emitted by servers on the network
/// thread and queued to whoever records or shows it.
struct BootEvent
{
    enum class Severity : quint8 { Info, Warning, Failure };

    qint64 msecs = 0; ///< milliseconds since the epoch
    Net::MacAddress mac;
    QString protocol; ///< "DHCP", "proxyDHCP", "TFTP"...
    QString kind; ///< "DISCOVER", "OFFER", "ACK", "dropped"...
    QString summary; ///< one line an operator reads
    QString arch; ///< "x64 UEFI" when known
    QString vendorClass;
    quint32 address = 0; ///< the client's IPv4 address when known
    QString path; ///< the file a transfer (TFTP, HTTP) is about, relative to the boot tree
    qint64 bytes = -1; ///< bytes of that file sent so far (or in all, when done); -1 if not a transfer
    qint64 size = -1; ///< the whole file's size when known, else -1
    Severity severity = Severity::Info;

    /// "07:41:02.113  52:54:00:12:34:56  DHCP OFFER  10.0.0.100 ..."
    QString toLine() const;
};

} // namespace Timeline

Q_DECLARE_METATYPE(Timeline::BootEvent)
