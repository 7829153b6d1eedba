// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"
#include "timeline/diagnosis.h"

#include <QCoreApplication>
#include <QFlags>
#include <QMetaType>
#include <QString>

namespace Timeline {

/// One thing that happened to one machine: a packet received or sent, a
/// transfer step, a failure. Plain value, emitted by servers on the network
/// thread and queued to whoever records or shows it.
///
/// What happened is in typed fields; @c summary is the line an operator
/// reads, and no code reads a fact back out of it.
struct BootEvent
{
    Q_DECLARE_TR_FUNCTIONS(Timeline::BootEvent)
public:
    enum class Severity : quint8 { Info, Warning, Failure };

    /// Who reported it. Its name in recordings (protocolKey) never changes.
    enum class Protocol : quint8 {
        None,
        Dhcp,
        ProxyDhcp, ///< port 4011, or DHCP answered in proxy mode
        Bsdp, ///< a Mac's INFORM and our answer
        Tftp,
        Http,
        Console, ///< Rackside itself: started, stopped, imported...
    };

    /// What happened. Its name in recordings (kindKey) never changes.
    enum class Kind : quint8 {
        // DHCP and proxyDHCP, from the client
        Discover,
        Request,
        Decline,
        Release,
        Inform,
        Bootp, ///< a BOOTP request (no message type)
        // DHCP and proxyDHCP, from us
        Offer,
        Ack,
        Nak,
        NoAddress, ///< the ranges are full: no OFFER
        NoBootFile, ///< a network boot with no boot file for its firmware
        Ignored, ///< a request deliberately left unanswered
        Dropped, ///< a malformed packet, dropped and counted
        // BSDP: a Mac's INFORM and our ACK, by BSDP message type
        InformList,
        InformSelect,
        InformOther, ///< an INFORM with a BSDP type only servers send
        AckList,
        AckSelect,
        AckFailed,
        // TFTP and HTTP transfers
        Read, ///< a TFTP read request
        Get,
        Head,
        Progress, ///< bytes so far
        Sent, ///< the whole file is delivered
        Aborted, ///< the client ended it on purpose (EDK2 asking for the size)
        Failed,
        Refused, ///< a request that was not one (HTTP 400...)
        InstallDone, ///< an installer fetched install-done
        // Rackside itself
        Checking, ///< looking for other DHCP servers
        Started,
        Stopped,
        StartFailed,
        Problem, ///< a warning from a server or the console
        Imported,
        Removed,
        NetBoot, ///< the Macs' NetBoot images changed
        Installed, ///< install-done was applied to the site
        Note,
        Diagnosis, ///< a network problem worked out from the packets (see finding)
    };

    /// What the firmware told about itself in its DHCP request.
    enum class Firmware : quint8 {
        Pxe = 0x1, ///< vendor class PXEClient
        HttpBoot = 0x2, ///< vendor class HTTPClient (UEFI HTTP boot)
        Ipxe = 0x4, ///< option 175: iPXE, possibly chained from PXE firmware
        Apple = 0x8, ///< vendor class AAPLBSDPC
    };
    Q_DECLARE_FLAGS(FirmwareFlags, Firmware)

    qint64 msecs = 0; ///< milliseconds since the epoch
    Net::MacAddress mac;
    Protocol protocol = Protocol::None;
    Kind kind = Kind::Note;
    QString summary; ///< one line an operator reads; display only
    QString arch; ///< "x64 UEFI" when known
    QString vendorClass;
    FirmwareFlags firmware;
    quint32 address = 0; ///< the client's IPv4 address when known
    quint32 requestedAddress = 0; ///< DHCP option 50
    quint32 relay = 0; ///< giaddr
    QString bootFile; ///< the boot file an OFFER, ACK or BSDP ACK[SELECT] names
    quint32 bootServer = 0; ///< where that boot file is (siaddr)
    QString path; ///< the file a transfer (TFTP, HTTP) is about, relative to the boot tree
    qint64 bytes = -1; ///< bytes of that file sent so far (or in all, when done); -1 if not a transfer
    qint64 size = -1; ///< the whole file's size when known, else -1
    /// DHCP's secs: how long the client says it has been asking; -1 if not DHCP.
    int secs = -1;
    Diagnosis::Finding finding = Diagnosis::Finding::None; ///< for Kind::Diagnosis
    Severity severity = Severity::Info;

    bool isDhcp() const { return protocol == Protocol::Dhcp || protocol == Protocol::ProxyDhcp; }
    /// TFTP or HTTP, and about a file.
    bool isTransfer() const { return protocol == Protocol::Tftp || protocol == Protocol::Http; }

    /// "DHCP", "proxyDHCP", "TFTP"...: as shown in the event list.
    static QString protocolName(Protocol protocol);
    /// "DISCOVER", "ACK[LIST]", "read", "install done"...: as shown in the
    /// event list (the console's own kinds translated, protocol words not).
    static QString kindName(Kind kind);
    /// Stable names for recordings: "dhcp", "discover", "install-done".
    static QString protocolKey(Protocol protocol);
    static QString kindKey(Kind kind);
    static std::optional<Protocol> protocolFromKey(QStringView key);
    static std::optional<Kind> kindFromKey(QStringView key);
    static QString firmwareKey(Firmware flag);
    static std::optional<Firmware> firmwareFromKey(QStringView key);
    static constexpr Firmware AllFirmware[] = {Firmware::Pxe, Firmware::HttpBoot, Firmware::Ipxe, Firmware::Apple};

    /// "07:41:02.113  52:54:00:12:34:56  DHCP OFFER  10.0.0.100 ..."
    QString toLine() const;
};

} // namespace Timeline

Q_DECLARE_OPERATORS_FOR_FLAGS(Timeline::BootEvent::FirmwareFlags)
Q_DECLARE_METATYPE(Timeline::BootEvent)
