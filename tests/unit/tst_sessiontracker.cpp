// SPDX-License-Identifier: GPL-3.0-or-later
// Boot sessions from recorded event sequences: what the DHCP responder and
// the TFTP server emit while real firmware boots (sizes are the files of
// debian-installer-13-netboot-amd64 and a grub-mknetdir tree).
#include "timeline/sessiontracker.h"
#include "timeline/stagereport.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Timeline;
using Severity = BootEvent::Severity;
using Kind = BootEvent::Kind;

namespace {

constexpr qint64 T0 = 1'764'000'000'000; // some morning in 2025, in ms
constexpr qint64 Linux = 12'171'200;
constexpr qint64 Initrd = 40'761'958;
constexpr qint64 CoreBios = 36'120;
constexpr qint64 CoreEfi = 465'920;
const QString BiosVendor = u"PXEClient:Arch:00000:UNDI:002001"_s;
const QString EfiVendor = u"PXEClient:Arch:00007:UNDI:003000"_s;

Net::MacAddress mac(const char *text)
{
    return *Net::MacAddress::parse(QString::fromLatin1(text));
}

quint32 ip(const QString &text)
{
    return QHostAddress(text).toIPv4Address();
}

/// Writes one machine's events the way the servers report them.
struct Machine
{
    Net::MacAddress mac;
    QString arch;
    QString vendor;
    bool ipxe = false;
    QList<BootEvent> events;
    quint32 clientAddress = 0; // on TFTP events, as the server knows it

    BootEvent &dhcp(qint64 t, Kind kind, const QString &summary, const QString &address = {})
    {
        BootEvent e;
        e.msecs = T0 + t;
        e.mac = mac;
        e.protocol = BootEvent::Protocol::Dhcp;
        e.firmware.setFlag(BootEvent::Firmware::Ipxe, ipxe);
        e.kind = kind;
        e.summary = summary;
        e.arch = arch;
        e.vendorClass = vendor;
        e.address = address.isEmpty() ? 0 : ip(address);
        events.append(e);
        return events.last();
    }
    QString about() const
    {
        QStringList parts{arch};
        if (ipxe)
            parts << u"iPXE"_s;
        parts << u"\"%1\""_s.arg(vendor);
        return parts.join(u", "_s);
    }
    void discover(qint64 t) { dhcp(t, Kind::Discover, about()); }
    /// An OFFER or ACK naming @p file (if any) on 10.0.0.1, as the responder reports it.
    BootEvent &reply(qint64 t, Kind kind, const QString &address, const QString &file)
    {
        BootEvent &e = dhcp(t, kind, file.isEmpty() ? address : u"%1, boot file %2 from 10.0.0.1"_s.arg(address, file),
                            address);
        if (!file.isEmpty()) {
            e.bootFile = file;
            e.bootServer = ip(u"10.0.0.1"_s);
        }
        return e;
    }
    void offer(qint64 t, const QString &address, const QString &file) { reply(t, Kind::Offer, address, file); }
    void address(qint64 t, const QString &address, const QString &file)
    {
        discover(t);
        offer(t + 2, address, file);
        dhcp(t + 1000, Kind::Request, about() + u", asks for "_s + address);
        reply(t + 1002, Kind::Ack, address, file);
    }
    BootEvent &tftp(qint64 t, Kind kind, const QString &path, qint64 bytes, qint64 size,
                    const QString &summary = {})
    {
        BootEvent e;
        e.msecs = T0 + t;
        e.mac = mac;
        e.protocol = BootEvent::Protocol::Tftp;
        e.kind = kind;
        e.path = path;
        e.bytes = bytes;
        e.size = size;
        e.summary = summary;
        e.address = clientAddress;
        e.severity = kind == Kind::Failed ? Severity::Failure : Severity::Info;
        events.append(e);
        return events.last();
    }
    /// read, a progress report per ~second, sent.
    void fetch(qint64 t, const QString &path, qint64 size, qint64 ms)
    {
        tftp(t, Kind::Read, path, 0, size);
        for (qint64 at = 1000; at < ms; at += 1000)
            tftp(t + at, Kind::Progress, path, size * at / ms, size);
        tftp(t + ms, Kind::Sent, path, size, size);
    }
    void notFound(qint64 t, const QString &path)
    {
        tftp(t, Kind::Failed, path, -1, -1, u"not found: "_s + path);
    }
    void grubModules(qint64 t, const QString &platform)
    {
        int i = 0;
        for (const char *m : {"normal.mod", "extcmd.mod", "crypto.lst", "fs.lst", "command.lst", "terminal.lst"})
            fetch(t + 40 * i++, u"boot/grub/%1/%2"_s.arg(platform, QLatin1StringView(m)), 2048, 30);
    }
    void kernelAndInitrd(qint64 t)
    {
        // GRUB loads its linux command's module first (measured under QEMU).
        fetch(t - 60, u"boot/grub/i386-pc/linux.mod"_s, 13'504, 7);
        fetch(t, u"debian-installer/amd64/linux"_s, Linux, 4700);
        fetch(t + 4800, u"debian-installer/amd64/initrd.gz"_s, Initrd, 15400);
    }
};

Machine bios(const char *m = "52:54:00:12:34:56")
{
    return Machine{mac(m), u"x86 BIOS"_s, BiosVendor, true, {}};
}

Machine uefi(const char *m = "52:54:00:ab:cd:ef")
{
    return Machine{mac(m), u"x64 UEFI"_s, EfiVendor, false, {}};
}

// SeaBIOS with QEMU's iPXE ROM: iPXE is the firmware, GRUB i386-pc the loader.
QList<BootEvent> biosThroughGrub(Machine m, qint64 t = 0, const QString &address = u"10.0.0.100"_s)
{
    m.address(t, address, u"boot/grub/i386-pc/core.0"_s);
    m.fetch(t + 1100, u"boot/grub/i386-pc/core.0"_s, CoreBios, 400);
    m.grubModules(t + 1600, u"i386-pc"_s);
    m.fetch(t + 1900, u"boot/grub/grub.cfg-01-"_s + m.mac.toString(u'-'), 1203, 20);
    m.kernelAndInitrd(t + 8000);
    return m.events;
}

// OVMF's own PXE: asks for the size first and ends that transfer (error 8).
QList<BootEvent> uefiThroughGrub(Machine m, qint64 t = 0, const QString &address = u"10.0.0.101"_s)
{
    m.discover(t);
    m.offer(t + 3, address, u"boot/grub/x86_64-efi/core.efi"_s);
    m.discover(t + 4000);
    m.offer(t + 4003, address, u"boot/grub/x86_64-efi/core.efi"_s);
    m.dhcp(t + 4100, Kind::Request, m.about());
    m.reply(t + 4102, Kind::Ack, address, u"boot/grub/x86_64-efi/core.efi"_s);
    m.tftp(t + 4200, Kind::Read, u"boot/grub/x86_64-efi/core.efi"_s, 0, CoreEfi);
    m.tftp(t + 4201, Kind::Aborted, u"boot/grub/x86_64-efi/core.efi"_s, 0, CoreEfi,
           u"client ended the transfer after learning the size"_s);
    m.fetch(t + 4210, u"boot/grub/x86_64-efi/core.efi"_s, CoreEfi, 900);
    m.grubModules(t + 5200, u"x86_64-efi"_s);
    m.fetch(t + 5500, u"boot/grub/x86_64-efi/grub.cfg-01-"_s + m.mac.toString(u'-'), 1187, 20);
    m.kernelAndInitrd(t + 12000);
    return m.events;
}

QList<BootEvent> merged(QList<BootEvent> a, const QList<BootEvent> &b)
{
    a.append(b);
    std::stable_sort(a.begin(), a.end(), [](const BootEvent &x, const BootEvent &y) { return x.msecs < y.msecs; });
    return a;
}

QString stages(const BootSession &s)
{
    QStringList out;
    for (const auto &span : s.spans)
        out << (span.bytes ? u"%1 %2"_s.arg(BootSession::stageName(span.stage)).arg(span.bytes)
                           : BootSession::stageName(span.stage));
    return out.join(u", "_s);
}

QString lastFailure(const BootSession &s)
{
    return s.failures.isEmpty() ? QString() : s.failures.last().reason;
}

const QString FullBoot = u"address, boot loader %1, menu %2, kernel %3, initrd %4, handed over"_s;

} // namespace

class TestSessionTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void tsizeProbeIsNoFailure();
    void signalsComeOncePerBatch();
    void printedLines();
    void diagnoses();
    void staysBounded();
    void hostileStreams();
};

void TestSessionTracker::scenarios_data()
{
    QTest::addColumn<QList<BootEvent>>("events");
    QTest::addColumn<QList<qint64>>("ticks"); // after T0
    QTest::addColumn<QString>("machine");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<QString>("earlier"); // states of the sessions before the current one
    QTest::addColumn<QString>("stages");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("address");

    const QString biosMac = u"52:54:00:12:34:56"_s;
    const QString efiMac = u"52:54:00:ab:cd:ef"_s;
    const QList<BootEvent> biosBoot = biosThroughGrub(bios());
    const qint64 biosEnd = biosBoot.last().msecs - T0;

    QTest::newRow("iPXE BIOS through GRUB")
        << biosBoot << QList<qint64>{biosEnd + 3000} << biosMac << 1 << QString()
        << FullBoot.arg(CoreBios).arg(1203).arg(Linux).arg(Initrd) << u"handed over"_s << QString() << u"10.0.0.100"_s;
    QTest::newRow("not handed over while nothing said so")
        << biosBoot << QList<qint64>{biosEnd + 2000} << biosMac << 1 << QString()
        << u"address, boot loader %1, menu %2, kernel %3, initrd %4"_s.arg(CoreBios).arg(1203).arg(Linux).arg(Initrd)
        << u"booting"_s << QString() << u"10.0.0.100"_s;

    const QList<BootEvent> efiBoot = uefiThroughGrub(uefi());
    QTest::newRow("EDK2 UEFI with the tsize probe")
        << efiBoot << QList<qint64>{efiBoot.last().msecs - T0 + 3000} << efiMac << 1 << QString()
        << FullBoot.arg(CoreEfi).arg(1187).arg(Linux).arg(Initrd) << u"handed over"_s << QString() << u"10.0.0.101"_s;

    QTest::newRow("interleaved machines, the BIOS one")
        << merged(biosThroughGrub(bios(), 0), uefiThroughGrub(uefi(), 700)) << QList<qint64>{40'000} << biosMac << 1
        << QString() << FullBoot.arg(CoreBios).arg(1203).arg(Linux).arg(Initrd) << u"handed over"_s << QString()
        << u"10.0.0.100"_s;
    QTest::newRow("interleaved machines, the UEFI one")
        << merged(biosThroughGrub(bios(), 0), uefiThroughGrub(uefi(), 700)) << QList<qint64>{40'000} << efiMac << 1
        << QString() << FullBoot.arg(CoreEfi).arg(1187).arg(Linux).arg(Initrd) << u"handed over"_s << QString()
        << u"10.0.0.101"_s;

    {
        Machine m = uefi();
        m.discover(0);
        m.offer(3, u"10.0.0.23"_s, u"boot/grub/x86_64-efi/core.efi"_s);
        m.discover(4000);
        m.offer(4003, u"10.0.0.23"_s, u"boot/grub/x86_64-efi/core.efi"_s);
        QTest::newRow("offered, never requested") << m.events << QList<qint64>{9000, 10'500} << efiMac << 1 << QString()
                                                  << u"address, failed"_s << u"failed"_s
                                                  << u"offered 10.0.0.23, never requested: check the client's architecture"_s
                                                  << u"10.0.0.23"_s;
        QTest::newRow("offered, still within the wait") << m.events << QList<qint64>{9000} << efiMac << 1 << QString()
                                                        << u"address"_s << u"booting"_s << QString() << u"10.0.0.23"_s;
        m.dhcp(12'000, Kind::Request, m.about());
        m.reply(12'002, Kind::Ack, u"10.0.0.23"_s, u"boot/grub/x86_64-efi/core.efi"_s);
        QTest::newRow("a late REQUEST recovers") << m.events << QList<qint64>{10'500, 12'100} << efiMac << 1 << QString()
                                                 << u"address"_s << u"booting"_s
                                                 << u"offered 10.0.0.23, never requested: check the client's architecture"_s
                                                 << u"10.0.0.23"_s;
        QTest::newRow("address, never asked for the boot file")
            << m.events << QList<qint64>{10'500, 12'100, 41'000, 42'100} << efiMac << 1 << QString() << u"address, failed"_s
            << u"failed"_s << u"got address 10.0.0.23, never asked for its boot file"_s << u"10.0.0.23"_s;
    }
    {
        Machine m = uefi();
        m.address(0, u"10.0.0.101"_s, u"boot/grub/x86_64-efi/core.efi"_s);
        m.fetch(1100, u"boot/grub/x86_64-efi/core.efi"_s, CoreEfi, 900);
        m.grubModules(2100, u"x86_64-efi"_s);
        m.notFound(2500, u"boot/grub/x86_64-efi/grub.cfg-01-52-54-00-ab-cd-ef"_s);
        m.notFound(2510, u"boot/grub/x86_64-efi/grub.cfg-0A000065"_s);
        m.notFound(2520, u"boot/grub/x86_64-efi/grub.cfg"_s);
        QTest::newRow("config not found") << m.events << QList<qint64>{4000, 7600} << efiMac << 1 << QString()
                                          << u"address, boot loader %1, menu, failed"_s.arg(CoreEfi) << u"failed"_s
                                          << u"not found: boot/grub/x86_64-efi/grub.cfg"_s << u"10.0.0.101"_s;
        QTest::newRow("config not found, within the grace") << m.events << QList<qint64>{4000, 7400} << efiMac << 1
                                                            << QString() << u"address, boot loader %1, menu"_s.arg(CoreEfi)
                                                            << u"booting"_s << QString() << u"10.0.0.101"_s;
    }
    {
        Machine m = uefi();
        m.address(0, u"10.0.0.101"_s, u"boot/grub/x86_64-efi/core.efi"_s);
        m.fetch(1100, u"boot/grub/x86_64-efi/core.efi"_s, CoreEfi, 900);
        m.notFound(2500, u"boot/grub/x86_64-efi/grub.cfg-01-52-54-00-ab-cd-ef"_s);
        m.fetch(2510, u"boot/grub/x86_64-efi/grub.cfg"_s, 900, 10);
        m.kernelAndInitrd(9000);
        QTest::newRow("GRUB probes, then finds grub.cfg")
            << m.events << QList<qint64>{5000, 40'000} << efiMac << 1 << QString()
            << FullBoot.arg(CoreEfi).arg(900).arg(Linux).arg(Initrd) << u"handed over"_s << QString() << u"10.0.0.101"_s;
    }
    {
        Machine m = uefi();
        m.address(0, u"10.0.0.101"_s, u"boot/grub/x86_64-efi/core.efi"_s);
        m.notFound(1100, u"boot/grub/x86_64-efi/core.efi"_s);
        QTest::newRow("boot file not found is fatal at once")
            << m.events << QList<qint64>{} << efiMac << 1 << QString() << u"address, boot loader, failed"_s << u"failed"_s
            << u"not found: boot/grub/x86_64-efi/core.efi"_s << u"10.0.0.101"_s;
    }
    {
        QList<BootEvent> events = biosBoot;
        events.append(biosThroughGrub(bios(), biosEnd + 15'000, u"10.0.0.100"_s).mid(0, 4));
        QTest::newRow("second power-on") << events << QList<qint64>{biosEnd + 3000} << biosMac << 2 << u"handed over"_s
                                         << u"address"_s << u"booting"_s << QString() << u"10.0.0.100"_s;
        QTest::newRow("second power-on, no tick in between")
            << events << QList<qint64>{} << biosMac << 2 << u"handed over"_s << u"address"_s << u"booting"_s
            << QString() << u"10.0.0.100"_s;
    }
    {
        // Secure Boot enforcing and an unsigned loader: "Access Denied", and
        // OVMF moves on to its next boot option, which asks again.
        Machine m = uefi();
        m.address(0, u"10.0.0.101"_s, u"boot/grub/x86_64-efi/core.efi"_s);
        m.fetch(1100, u"boot/grub/x86_64-efi/core.efi"_s, CoreEfi, 900);
        m.discover(2500);
        QTest::newRow("loader refused, firmware starts over")
            << m.events << QList<qint64>{} << efiMac << 2
            << u"failed: started over after fetching its boot loader boot/grub/x86_64-efi/core.efi: did the firmware "
               "refuse to run it (Secure Boot, wrong architecture)?"_s
            << u"address"_s << u"booting"_s << QString() << QString();
    }
    {
        Machine m = uefi();
        m.discover(0);
        m.offer(3, u"10.0.0.23"_s, u"boot/grub/x86_64-efi/core.efi"_s);
        m.discover(75'000);
        QTest::newRow("quiet gap: a new power-on") << m.events << QList<qint64>{} << efiMac << 2 << u"interrupted"_s
                                                   << u"address"_s << u"booting"_s << QString() << QString();
        m.discover(79'000);
        QTest::newRow("DISCOVER retries stay in the session") << m.events << QList<qint64>{} << efiMac << 2
                                                              << u"interrupted"_s << u"address"_s << u"booting"_s
                                                              << QString() << QString();
    }
    {
        // Intel PXE ROM loads undionly.kpxe; iPXE asks again and gets its script.
        Machine m = bios();
        m.ipxe = false;
        m.address(0, u"10.0.0.100"_s, u"undionly.kpxe"_s);
        m.fetch(1100, u"undionly.kpxe"_s, 108'847, 200);
        m.ipxe = true;
        m.address(2000, u"10.0.0.100"_s, u"boot/ipxe/menu.ipxe"_s);
        m.fetch(3100, u"boot/ipxe/menu.ipxe"_s, 512, 5);
        m.kernelAndInitrd(4000);
        QTest::newRow("PXE chainloads iPXE: one session")
            << m.events << QList<qint64>{30'000} << biosMac << 1 << QString()
            << FullBoot.arg(108'847).arg(512).arg(Linux).arg(Initrd) << u"handed over"_s << QString() << u"10.0.0.100"_s;
    }
    {
        // GRUB's net_bootp and, after the hand-over, the installer's own DHCP
        // client: neither says PXEClient.
        Machine m = uefi();
        m.address(0, u"10.0.0.101"_s, u"boot/grub/x86_64-efi/core.efi"_s);
        m.fetch(1100, u"boot/grub/x86_64-efi/core.efi"_s, CoreEfi, 900);
        m.arch.clear();
        m.vendor.clear();
        m.address(2100, u"10.0.0.101"_s, QString());
        m.fetch(3200, u"boot/grub/x86_64-efi/grub.cfg"_s, 900, 10);
        m.kernelAndInitrd(4000);
        m.address(45'000, u"10.0.0.101"_s, QString());
        QTest::newRow("loader and installer DHCP stay in the session")
            << m.events << QList<qint64>{30'000} << efiMac << 1 << QString()
            << FullBoot.arg(CoreEfi).arg(900).arg(Linux).arg(Initrd) + u", running"_s << u"handed over"_s << QString()
            << u"10.0.0.101"_s;
    }
    {
        Machine m = uefi();
        m.discover(0);
        m.reply(2, Kind::Offer, QString(), u"boot/grub/x86_64-efi/core.efi"_s);
        m.dhcp(1000, Kind::Request, m.about() + u", asks for 192.168.7.40"_s);
        QList<BootEvent> stalled = m.events;
        m.clientAddress = ip(u"192.168.7.40"_s);
        m.fetch(1500, u"boot/grub/x86_64-efi/core.efi"_s, CoreEfi, 900);
        QTest::newRow("proxyDHCP: address from another server")
            << m.events << QList<qint64>{} << efiMac << 1 << QString() << u"address, boot loader %1"_s.arg(CoreEfi)
            << u"booting"_s << QString() << u"192.168.7.40"_s;
        QTest::newRow("proxyDHCP: never asked for the file")
            << stalled << QList<qint64>{31'000} << efiMac << 1 << QString() << u"address, failed"_s << u"failed"_s
            << u"given boot file boot/grub/x86_64-efi/core.efi by proxyDHCP, never asked for it"_s << QString();
    }
    {
        Machine m{mac("52:54:00:00:00:06"), u"IA32 UEFI"_s, u"PXEClient:Arch:00006:UNDI:003000"_s, false, {}};
        m.discover(0);
        m.dhcp(1, Kind::NoBootFile, u"no boot file set for IA32 UEFI"_s).severity = Severity::Warning;
        m.offer(2, u"10.0.0.102"_s, QString());
        QTest::newRow("no boot file for the architecture")
            << m.events << QList<qint64>{} << u"52:54:00:00:00:06"_s << 1 << QString() << u"address, failed"_s
            << u"failed"_s << u"no boot file for it: no boot file set for IA32 UEFI"_s << u"10.0.0.102"_s;
        m.dhcp(3, Kind::NoAddress, u"no free address in the ranges"_s).severity = Severity::Failure;
        m.dhcp(4003, Kind::NoAddress, u"no free address in the ranges"_s).severity = Severity::Failure;
        QTest::newRow("no address, retried") << m.events << QList<qint64>{} << u"52:54:00:00:00:06"_s << 1 << QString()
                                             << u"address, failed"_s << u"failed"_s << u"no free address in the ranges"_s
                                             << u"10.0.0.102"_s;
    }
    {
        // An Intel Mac: address, BSDP LIST and SELECT, then Rackside's GRUB booter.
        const QString macVendor = u"AAPLBSDPC/i386/MacBookPro11,1"_s;
        auto bsdp = [](Machine &m, qint64 t, Kind kind, const QString &summary) {
            BootEvent &e = m.dhcp(t, kind, summary, u"10.0.0.103"_s);
            e.protocol = BootEvent::Protocol::Bsdp;
            return &e;
        };
        auto macBoot = [&](bool ourAddress) {
            Machine m{mac("00:23:32:2f:40:3c"), u"Intel Mac MacBookPro11,1"_s, macVendor, false, {}};
            if (ourAddress) {
                m.address(0, u"10.0.0.103"_s, QString());
            } else {
                m.discover(0); // another server answers; Rackside reports what it saw
                m.discover(1000);
            }
            bsdp(m, 1500, Kind::InformList, m.about());
            bsdp(m, 1501, Kind::AckList, u"1 image, default The-Image (0x81000089), to 10.0.0.103:68"_s);
            // The boot picker waits for the operator: longer than any file timeout.
            bsdp(m, 61'500, Kind::InformSelect, m.about());
            bsdp(m, 61'501, Kind::AckSelect,
                 u"The-Image (0x81000089): boot file boot/grub/x86_64-efi/mac.efi from 10.0.0.1"_s)
                ->bootFile = u"boot/grub/x86_64-efi/mac.efi"_s;
            m.fetch(62'000, u"boot/grub/x86_64-efi/mac.efi"_s, 729'088, 300);
            m.fetch(63'000, u"boot/grub/grub.cfg-01-00:23:32:2f:40:3c"_s, 393, 20);
            m.kernelAndInitrd(64'000);
            return m.events;
        };
        const QString stages = u"address, image list, image choice, boot loader 729088, menu 393, kernel %1, initrd %2, handed over"_s
                                   .arg(Linux).arg(Initrd);
        for (const bool ours : {true, false}) {
            const QList<BootEvent> events = macBoot(ours);
            QTest::newRow(ours ? "Intel Mac, address from Rackside" : "Intel Mac, address from another server")
                << events << QList<qint64>{30'000, 60'000, events.last().msecs - T0 + 3000} << u"00:23:32:2f:40:3c"_s
                << 1 << QString() << stages << u"handed over"_s << QString() << u"10.0.0.103"_s;
        }
        // A later boot in proxy or BSDP-only mode: Rackside's OFFER carries the
        // image chosen before, another server the address. A new lane.
        {
            QList<BootEvent> events = macBoot(false);
            Machine again{mac("00:23:32:2f:40:3c"), u"Intel Mac MacBookPro11,1"_s, macVendor, false, {}};
            again.clientAddress = ip(u"10.0.0.103"_s); // TFTP knows the address dnsmasq gave
            again.discover(200'000);
            again.reply(200'001, Kind::Offer, QString(), u"boot/grub/x86_64-efi/mac.efi"_s).summary =
                u"The-Image (0x81000089), chosen before: boot file boot/grub/x86_64-efi/mac.efi from 10.0.0.1, no address"_s;
            again.dhcp(201'000, Kind::Request, again.about());
            again.fetch(201'500, u"boot/grub/x86_64-efi/mac.efi"_s, 729'088, 300);
            again.fetch(202'000, u"boot/grub/grub.cfg-01-00-23-32-2f-40-3c"_s, 393, 20);
            again.kernelAndInitrd(203'000);
            events += again.events;
            QTest::newRow("Intel Mac, a later boot with the image chosen before")
                << events << QList<qint64>{30'000, 60'000, 100'000, again.events.last().msecs - T0 + 3000}
                << u"00:23:32:2f:40:3c"_s << 2 << u"handed over"_s
                << u"address, boot loader 729088, menu 393, kernel %1, initrd %2, handed over"_s.arg(Linux).arg(Initrd)
                << u"handed over"_s << QString() << u"10.0.0.103"_s;
        }
        Machine refused{mac("00:23:32:2f:40:3d"), u"Intel Mac MacBookPro11,1"_s, macVendor, false, {}};
        bsdp(refused, 0, Kind::InformList, refused.about());
        bsdp(refused, 1, Kind::AckList, u"1 image"_s);
        bsdp(refused, 900, Kind::InformSelect, refused.about());
        bsdp(refused, 901, Kind::AckFailed, u"FAILED: no image 0x81000099 here"_s)->severity = Severity::Warning;
        QTest::newRow("Intel Mac, image refused")
            << refused.events << QList<qint64>{} << u"00:23:32:2f:40:3d"_s << 1 << QString()
            << u"image list, image choice, failed"_s << u"failed"_s
            << u"Rackside refused the NetBoot image it chose: FAILED: no image 0x81000099 here"_s << u"10.0.0.103"_s;
    }
    {
        Machine laptop{mac("3c:22:fb:00:00:01"), QString(), u"MSFT 5.0"_s, false, {}};
        laptop.address(0, u"10.0.0.120"_s, QString());
        QTest::newRow("a laptop is no boot") << laptop.events << QList<qint64>{40'000} << u"3c:22:fb:00:00:01"_s << 0
                                             << QString() << QString() << QString() << QString() << QString();
    }
}

void TestSessionTracker::scenarios()
{
    QFETCH(QList<BootEvent>, events);
    QFETCH(QList<qint64>, ticks);
    QFETCH(QString, machine);
    QFETCH(int, sessions);
    QFETCH(QString, earlier);
    QFETCH(QString, stages);
    QFETCH(QString, state);
    QFETCH(QString, failure);
    QFETCH(QString, address);

    SessionTracker tracker;
    tracker.setAutoTick(false);
    // Feed events and ticks in time order, one event at a time, as the
    // servers' queued signals deliver them.
    qsizetype next = 0;
    for (const qint64 t : ticks) {
        for (; next < events.size() && events.at(next).msecs <= T0 + t; ++next)
            tracker.addEvent(events.at(next));
        tracker.tick(T0 + t);
    }
    for (; next < events.size(); ++next)
        tracker.addEvent(events.at(next));

    const auto mac = *Net::MacAddress::parse(machine);
    const QList<BootSession> all = tracker.sessions(mac);
    QCOMPARE(all.size(), sessions);
    if (!sessions)
        return;
    QStringList before;
    for (qsizetype i = 0; i + 1 < all.size(); ++i) {
        const BootSession &s = all.at(i);
        before << (s.state == BootSession::State::Failed ? u"failed: "_s + lastFailure(s) : BootSession::stateName(s.state));
        QCOMPARE(s.number, int(i + 1));
    }
    QCOMPARE(before.join(u"; "_s), earlier);
    const BootSession &s = all.last();
    QCOMPARE(s.number, sessions);
    QCOMPARE(s.mac, mac);
    QCOMPARE(::stages(s), stages);
    QCOMPARE(BootSession::stateName(s.state), state);
    QCOMPARE(lastFailure(s), failure);
    QCOMPARE(s.failureReason(), state == "failed"_L1 ? failure : QString());
    QCOMPARE(s.address ? QHostAddress(s.address).toString() : QString(), address);
    for (const auto &span : s.spans)
        QVERIFY2(span.endMs < 0 || span.endMs >= span.startMs, qPrintable(BootSession::stageName(span.stage)));
    QVERIFY(s.startMs <= s.endMs);
}

void TestSessionTracker::tsizeProbeIsNoFailure()
{
    SessionTracker tracker;
    tracker.setAutoTick(false);
    const auto events = uefiThroughGrub(uefi());
    tracker.addEvents(events);
    tracker.tick(events.last().msecs + 3000);
    const BootSession *s = tracker.currentSession(mac("52:54:00:ab:cd:ef"));
    QVERIFY(s);
    QCOMPARE(s->transfers.first().outcome, BootSession::Transfer::Outcome::Aborted);
    QCOMPARE(s->transfers.first().reason, u"client ended the transfer after learning the size"_s);
    QCOMPARE(s->transfers.at(1).outcome, BootSession::Transfer::Outcome::Done);
    QCOMPARE(s->transfers.at(1).bytes, CoreEfi);
    QVERIFY(s->failures.isEmpty());
    QCOMPARE(s->arch, u"x64 UEFI"_s);
    QCOMPARE(s->vendorClass, EfiVendor);
    QCOMPARE(s->bootFile, u"boot/grub/x86_64-efi/core.efi"_s);
    // The loader span starts with the probe and ends when the real download does.
    const auto *loader = s->span(BootSession::Stage::BootLoader);
    QCOMPARE(loader->startMs, s->transfers.first().startMs);
    QCOMPARE(loader->endMs, s->transfers.at(1).endMs);
    QCOMPARE(loader->path, u"boot/grub/x86_64-efi/core.efi"_s);
    // GRUB's modules belong to no stage; every stage file is accounted for.
    qint64 staged = 0;
    for (const auto &t : s->transfers) {
        if (t.path.endsWith(".mod"_L1) || t.path.endsWith(".lst"_L1))
            QVERIFY(!t.stage);
        if (t.stage && t.outcome == BootSession::Transfer::Outcome::Done)
            staged += t.bytes;
    }
    QCOMPARE(staged, CoreEfi + 1187 + Linux + Initrd);
    QCOMPARE(s->span(BootSession::Stage::HandedOver)->startMs, events.last().msecs);
    QCOMPARE(s->durationMs(), events.last().msecs - events.first().msecs);
}

void TestSessionTracker::signalsComeOncePerBatch()
{
    SessionTracker tracker;
    tracker.setAutoTick(false);
    QSignalSpy started(&tracker, &SessionTracker::sessionStarted);
    QSignalSpy changed(&tracker, &SessionTracker::sessionChanged);
    QSignalSpy finished(&tracker, &SessionTracker::sessionFinished);
    const auto a = biosThroughGrub(bios());
    const auto b = uefiThroughGrub(uefi(), 300);
    tracker.addEvents(merged(a, b));
    QCOMPARE(started.size(), 2);
    QCOMPARE(changed.size(), 2); // one per machine for the whole batch
    QCOMPARE(finished.size(), 0);
    tracker.tick(T0 + 10'000);
    QCOMPARE(changed.size(), 2); // nothing to say yet
    tracker.tick(T0 + 60'000);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(finished.size(), 2);
    tracker.tick(T0 + 61'000);
    QCOMPARE(finished.size(), 2);
    // A new power-on: the old session is already finished, so only a start.
    Machine again = bios();
    again.discover(70'000);
    tracker.addEvents(again.events);
    QCOMPARE(started.size(), 3);
    QCOMPARE(started.last().at(1).toInt(), 2);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(tracker.machines().first(), again.mac); // most recently active first
}

void TestSessionTracker::printedLines()
{
    SessionTracker tracker;
    tracker.setAutoTick(false);
    StageReport report;
    QStringList lines;
    const Net::MacAddress m = mac("52:54:00:12:34:56");
    connect(&tracker, &SessionTracker::sessionChanged, this, [&](const Net::MacAddress &which) {
        QCOMPARE(which, m);
        for (const BootSession &s : tracker.sessions(which))
            for (const auto &line : report.newLines(s))
                lines << line.text;
    });
    const auto events = biosThroughGrub(bios());
    for (const auto &e : events)
        tracker.addEvent(e);
    tracker.tick(events.last().msecs + 3000);
    Machine again = bios();
    again.notFound(90'000, u"boot/grub/i386-pc/core.0"_s);
    tracker.addEvents(again.events);
    const QStringList expected{
        u"session 1: started (x86 BIOS, \"PXEClient:Arch:00000:UNDI:002001\")"_s,
        u"session 1: address 10.0.0.100 in 1.0 s"_s,
        u"session 1: boot loader boot/grub/i386-pc/core.0 (36,120 bytes in 0.4 s)"_s,
        u"session 1: menu boot/grub/grub.cfg-01-52-54-00-12-34-56 (1,203 bytes in 20 ms)"_s,
        u"session 1: kernel debian-installer/amd64/linux (12,171,200 bytes in 4.7 s)"_s,
        u"session 1: initrd debian-installer/amd64/initrd.gz (40,761,958 bytes in 15.4 s)"_s,
        u"session 1: handed over after 28.2 s: kernel 12,171,200 bytes, initrd 40,761,958 bytes"_s,
        u"session 2: started"_s,
        u"session 2: failed after 0 ms: not found: boot/grub/i386-pc/core.0"_s,
    };
    QCOMPARE(lines, expected);
    const StageReport::Line line{T0 + 1002, u"session 1: address 10.0.0.100 in 1.0 s"_s};
    QVERIFY(StageReport::format(line, m).endsWith(u"  52:54:00:12:34:56  session 1: address 10.0.0.100 in 1.0 s"_s));
}

void TestSessionTracker::diagnoses()
{
    SessionTracker tracker;
    tracker.setAutoTick(false);
    using Finding = Timeline::Diagnosis::Finding;

    // Spanning tree (the responder's diagnosis): told, not a failure.
    Machine late = bios("52:54:00:00:00:01");
    late.discover(30'000);
    BootEvent &delay = late.dhcp(30'000, Kind::Diagnosis, u"its first DHCP request reached Rackside 21 s after it "
                                                          "began asking: the earlier ones were lost on the way"_s);
    delay.finding = Finding::PortDelay;
    delay.severity = Severity::Warning;
    tracker.addEvents(late.events);
    const BootSession *s = tracker.currentSession(late.mac);
    QVERIFY(s);
    QCOMPARE(s->diagnoses.size(), 1);
    QCOMPARE(s->diagnoses.first().finding, Finding::PortDelay);
    QVERIFY(s->diagnoses.first().line().contains(u"edge port"_s));
    QCOMPARE(s->state, BootSession::State::Booting);

    // Another server's offer taken: the responder's diagnosis fails the boot.
    Machine gone = bios("52:54:00:00:00:03");
    gone.discover(0);
    gone.offer(2, u"10.0.0.100"_s, u"boot/grub/i386-pc/core.0"_s);
    BootEvent &d = gone.dhcp(1000, Kind::Diagnosis, u"took 10.0.0.205 from the DHCP server 10.0.0.2 instead of "
                                                    "Rackside's offer of 10.0.0.100"_s);
    d.finding = Finding::OtherServerChosen;
    d.severity = Severity::Failure;
    tracker.addEvents(gone.events);
    s = tracker.currentSession(gone.mac);
    QCOMPARE(s->state, BootSession::State::Failed);
    QVERIFY(s->failureReason().contains(u"10.0.0.2 "_s));
    QCOMPARE(s->diagnoses.size(), 1);
    QCOMPARE(s->diagnoses.first().finding, Finding::OtherServerChosen);
    tracker.tick(T0 + 60'000);
    QCOMPARE(s->failures.size(), 1); // not also "offered, never requested"

    // A diagnosis alone (DHCP on another interface) starts a lane.
    BootEvent other;
    other.msecs = T0 + 2000;
    other.mac = mac("52:54:00:00:00:04");
    other.protocol = BootEvent::Protocol::Dhcp;
    other.kind = Kind::Diagnosis;
    other.finding = Finding::OtherInterface;
    other.arch = u"x86 BIOS"_s;
    other.summary = u"asks for an address on eth2"_s;
    tracker.addEvent(other);
    QVERIFY(tracker.currentSession(other.mac));
    QCOMPARE(tracker.currentSession(other.mac)->diagnoses.first().text, other.summary);
    tracker.addEvent(other); // each finding once
    QCOMPARE(tracker.currentSession(other.mac)->diagnoses.size(), 1);
    BootEvent laptop = other; // no architecture: a laptop, no lane
    laptop.mac = mac("52:54:00:00:00:44");
    laptop.arch.clear();
    tracker.addEvent(laptop);
    QVERIFY(!tracker.currentSession(laptop.mac));

    // proxyDHCP offer, then nothing.
    Machine ignoring = uefi("52:54:00:00:00:05");
    ignoring.discover(0);
    ignoring.reply(3, Kind::Offer, QString(), u"boot/grub/x86_64-efi/core.efi"_s);
    tracker.addEvents(ignoring.events);
    tracker.tick(T0 + 40'000);
    s = tracker.currentSession(ignoring.mac);
    QCOMPARE(s->state, BootSession::State::Failed);
    QVERIFY(s->diagnosis(Finding::ProxyOfferIgnored));
    QVERIFY(s->diagnosis(Finding::ProxyOfferIgnored)->line().contains(u"options 66 and 67"_s));

    // The firewall found at start explains a boot file never asked for.
    BootEvent firewall;
    firewall.msecs = T0 + 100;
    firewall.protocol = BootEvent::Protocol::Console;
    firewall.kind = Kind::Diagnosis;
    firewall.finding = Finding::Firewall;
    firewall.summary = u"the laptop's firewall (nftables) drops UDP port 69 (TFTP)"_s;
    tracker.addEvent(firewall);
    Machine blocked = bios("52:54:00:00:00:06");
    blocked.address(1000, u"10.0.0.120"_s, u"boot/grub/i386-pc/core.0"_s);
    tracker.addEvents(blocked.events);
    tracker.tick(T0 + 40'000);
    s = tracker.currentSession(blocked.mac);
    QCOMPARE(s->state, BootSession::State::Failed);
    QVERIFY(s->diagnosis(Finding::Firewall));
    QCOMPARE(s->diagnosis(Finding::Firewall)->text, firewall.summary);
    QVERIFY(!tracker.currentSession(gone.mac)->diagnosis(Finding::Firewall)); // another server, not the firewall
    tracker.forgetFirewall(); // a new run checks again
    Machine later = bios("52:54:00:00:00:07");
    later.address(60'000, u"10.0.0.121"_s, u"boot/grub/i386-pc/core.0"_s);
    tracker.addEvents(later.events);
    tracker.tick(T0 + 100'000);
    QVERIFY(!tracker.currentSession(later.mac)->diagnosis(Finding::Firewall));

    StageReport report;
    const QStringList lines = [&] {
        QStringList out;
        for (const auto &line : report.newLines(*tracker.currentSession(late.mac)))
            out << line.text;
        return out;
    }();
    QVERIFY2(lines.last().startsWith(u"session 1: diagnosis: its first DHCP request reached Rackside 21 s after"_s),
             qPrintable(lines.join(u'\n')));
}

void TestSessionTracker::staysBounded()
{
    SessionTracker tracker;
    tracker.setAutoTick(false);
    SessionTracker::Limits limits;
    limits.sessionsPerMachine = 3;
    limits.maxMachines = 10;
    tracker.setLimits(limits);
    QSignalSpy removed(&tracker, &SessionTracker::machineRemoved);
    for (int i = 0; i < 20; ++i)
        tracker.addEvents(biosThroughGrub(bios(), qint64(i) * 100'000));
    const QList<BootSession> kept = tracker.sessions(mac("52:54:00:12:34:56"));
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first().number, 18);
    QCOMPARE(kept.last().number, 20);
    for (int i = 0; i < 25; ++i) {
        Machine m = uefi();
        m.mac = Net::MacAddress({0x52, 0x54, 0, 0, 1, quint8(i)});
        m.discover(3'000'000 + i);
        tracker.addEvents(m.events);
    }
    QCOMPARE(tracker.machineCount(), 10);
    QCOMPARE(removed.size(), 16); // the BIOS machine (quietest) first, then the oldest new ones
    QCOMPARE(removed.first().at(0).value<Net::MacAddress>(), mac("52:54:00:12:34:56"));
    QVERIFY(!tracker.currentSession(mac("52:54:00:12:34:56")));
    QVERIFY(tracker.currentSession(mac("52:54:00:00:01:18")));

    // A session keeps the newest transfers only.
    Machine greedy = uefi("52:54:00:00:02:00");
    greedy.address(0, u"10.0.0.130"_s, u"boot/grub/x86_64-efi/core.efi"_s);
    for (int i = 0; i < 600; ++i)
        greedy.fetch(2000 + i * 10, u"boot/grub/x86_64-efi/m%1.mod"_s.arg(i), 100, 5);
    tracker.addEvents(greedy.events);
    const BootSession *s = tracker.currentSession(greedy.mac);
    QCOMPARE(s->transfers.size(), BootSession::maxTransfers);
    QCOMPARE(s->transfersDropped, 600 - BootSession::maxTransfers);
    QCOMPARE(s->transfers.last().path, u"boot/grub/x86_64-efi/m599.mod"_s);
}

void TestSessionTracker::hostileStreams()
{
    // Whatever arrives (servers with bugs, events out of order, no MAC),
    // the tracker keeps its invariants and its bounds.
    SessionTracker tracker;
    tracker.setAutoTick(false);
    SessionTracker::Limits limits;
    limits.maxMachines = 20;
    tracker.setLimits(limits);
    QRandomGenerator random(20251201);
    constexpr int kinds = int(Kind::Diagnosis) + 1;
    const QStringList paths{u"boot/grub/i386-pc/core.0"_s, u"linux"_s, u"initrd.gz"_s, u"../../etc/passwd"_s,
                            u"grub.cfg"_s, QString(), u"http://x/"_s, u"\\\\evil\\\\path.efi"_s, u"a/"_s};
    qint64 t = T0;
    for (int i = 0; i < 20'000; ++i) {
        BootEvent e;
        t += qint64(random.bounded(4000)) - 500; // sometimes backwards
        e.msecs = t;
        const int which = random.bounded(60);
        if (which)
            e.mac = Net::MacAddress({0x52, 0x54, 0, 0, 0, quint8(which)});
        e.kind = Kind(random.bounded(kinds));
        e.protocol = BootEvent::Protocol(random.bounded(int(BootEvent::Protocol::Console) + 1));
        e.arch = random.bounded(2) ? u"x64 UEFI"_s : QString();
        e.firmware = BootEvent::FirmwareFlags::fromInt(random.bounded(16));
        e.bootFile = random.bounded(2) ? u"linux"_s : QString();
        e.summary = random.bounded(2) ? u"10.0.0.9, boot file linux from 10.0.0.1"_s : u"iPXE"_s;
        e.path = paths.at(random.bounded(paths.size()));
        e.bytes = qint64(random.bounded(100'000)) - 10;
        e.size = random.bounded(3) ? qint64(random.bounded(100'000)) : -1;
        e.address = random.generate();
        e.severity = Severity(random.bounded(3));
        tracker.addEvent(e);
        if (i % 97 == 0)
            tracker.tick(t);
    }
    QVERIFY(tracker.machineCount() <= 20);
    for (const auto &m : tracker.machines()) {
        const QList<BootSession> all = tracker.sessions(m);
        QVERIFY(!all.isEmpty() && all.size() <= limits.sessionsPerMachine);
        for (const BootSession &s : all) {
            QCOMPARE(s.mac, m);
            QVERIFY(s.transfers.size() <= BootSession::maxTransfers);
            QVERIFY(s.startMs <= s.endMs);
            QVERIFY(s.spans.size() <= 8);
            QList<BootSession::Stage> once;
            for (const auto &span : s.spans) {
                QVERIFY(!once.contains(span.stage));
                once.append(span.stage);
                QVERIFY(span.bytes >= 0);
                QVERIFY(span.endMs < 0 || span.endMs >= span.startMs);
            }
            QCOMPARE(s.state == BootSession::State::Failed, !s.failureReason().isEmpty());
            QCOMPARE(s.state == BootSession::State::Failed, s.reached(BootSession::Stage::Failed));
            QCOMPARE(s.state == BootSession::State::HandedOver, s.reached(BootSession::Stage::HandedOver));
        }
    }
}

QTEST_GUILESS_MAIN(TestSessionTracker)
#include "tst_sessiontracker.moc"
