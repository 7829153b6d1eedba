// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Timeline {

/// A network problem Rackside worked out from the packets it saw, about one
/// machine (or, with no machine, about the rack network): what happened in
/// words, and what the operator can do about it.
struct Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(Timeline::Diagnosis)
public:
    /// Which problem. Its name in recordings (key) never changes.
    enum class Finding : quint8 {
        None,
        OtherServerChosen, ///< the machine REQUESTed another DHCP server's offer, not ours
        ProxyOfferIgnored, ///< our proxyDHCP offer, then nothing: no port 4011, no TFTP
        OtherInterface, ///< its DHCP arrives on an interface Rackside does not answer on
        PortDelay, ///< its first DISCOVER says it had been asking long before (spanning tree)
        PathMtu, ///< TFTP stalled at a large block size, small packets got through
        AddressInUse, ///< another device answered ARP for the address we meant to offer
        NewDhcpServer, ///< another DHCP server began answering while Rackside serves
        Firewall, ///< the laptop's own firewall drops a port Rackside serves on
    };

    qint64 msecs = 0;
    Finding finding = Finding::None;
    QString text; ///< what happened, with the addresses and names involved

    /// What to do about it, in words.
    static QString advice(Finding finding);
    /// "other-server-chosen": the name in recordings.
    static QString key(Finding finding);
    static std::optional<Finding> fromKey(QStringView key);
    /// The text and the advice in one line, as `rackside serve` prints it.
    QString line() const;
};

} // namespace Timeline
