// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/bootclient.h"
#include "dhcpsamples.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dhcp;
using Arch = BootClient::Arch;

Q_DECLARE_METATYPE(Dhcp::Options)
Q_DECLARE_METATYPE(Dhcp::Message)
Q_DECLARE_METATYPE(Dhcp::BootClient::Arch)

namespace {

// What a client puts in the options BootClient reads. An empty QByteArray
// leaves the option out; arch < 0 leaves out option 93.
Options clientOptions(
    QByteArrayView vendor, int arch = -1, QByteArrayView userClass = {}, bool ipxe175 = false)
{
    Options o;
    o.setU8(Option::MessageType, quint8(MessageType::Discover));
    if (!vendor.isEmpty())
        o.set(Option::VendorClass, vendor.toByteArray());
    if (arch >= 0)
        o.setU16(Option::ClientArch, quint16(arch));
    if (!userClass.isEmpty())
        o.set(Option::UserClass, userClass.toByteArray());
    if (ipxe175)
        o.set(Option::Ipxe, QByteArray::fromHex("100101eb03011501"));
    return o;
}

Options withRaw(Options o, quint8 code, const QByteArray &data)
{
    o.set(code, data);
    return o;
}

} // namespace

class TestBootClient : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void handBuiltFirmware_data();
    void handBuiltFirmware();
    void capturedClientsAreNotBooting();
    void uuidAndMaxSize_data();
    void uuidAndMaxSize();
    void archNames_data();
    void archNames();
};

void TestBootClient::classify_data()
{
    QTest::addColumn<Options>("options");
    QTest::addColumn<Arch>("arch");
    QTest::addColumn<bool>("pxe");
    QTest::addColumn<bool>("httpBoot");
    QTest::addColumn<bool>("ipxe");
    QTest::addColumn<bool>("apple");
    QTest::addColumn<QString>("archName");
    QTest::addColumn<QString>("userClass");

    const QByteArray bios = "PXEClient:Arch:00000:UNDI:002001";
    const QString none;

    // Option 93 present: it decides.
    QTest::newRow("SeaBIOS iPXE: 93=0, 77, 175")
        << clientOptions(bios, 0, "iPXE", true) << Arch::X86Bios << true << false << true << false
        << u"x86 BIOS"_s << u"iPXE"_s;
    QTest::newRow("PXE ROM, not iPXE") << clientOptions(bios, 0) << Arch::X86Bios << true << false
                                       << false << false << u"x86 BIOS"_s << none;
    QTest::newRow("EDK2 x64: 93=7")
        << clientOptions("PXEClient:Arch:00007:UNDI:003000", 7) << Arch::UefiX64 << true << false
        << false << false << u"x64 UEFI"_s << none;
    QTest::newRow("EDK2 under iPXE EFI ROM")
        << clientOptions("PXEClient:Arch:00007:UNDI:003001", 7) << Arch::UefiX64 << true << false
        << false << false << u"x64 UEFI"_s << none;
    QTest::newRow("iPXE EFI: 93=7, 77")
        << clientOptions("PXEClient:Arch:00007:UNDI:003010", 7, "iPXE", true) << Arch::UefiX64
        << true << false << true << false << u"x64 UEFI"_s << u"iPXE"_s;
    QTest::newRow("93=9 treated as x64")
        << clientOptions("PXEClient:Arch:00009:UNDI:003016", 9) << Arch::UefiBc << true << false
        << false << false << u"x64 UEFI"_s << none;
    QTest::newRow("IA32 UEFI: 93=6")
        << clientOptions("PXEClient:Arch:00006:UNDI:003016", 6) << Arch::UefiIa32 << true << false
        << false << false << u"IA32 UEFI"_s << none;
    QTest::newRow("ARM32 UEFI: 93=10")
        << clientOptions("PXEClient:Arch:00010:UNDI:003000", 10) << Arch::UefiArm32 << true << false
        << false << false << u"ARM32 UEFI"_s << none;
    QTest::newRow("ARM64 UEFI: 93=11")
        << clientOptions("PXEClient:Arch:00011:UNDI:003000", 11) << Arch::UefiArm64 << true << false
        << false << false << u"ARM64 UEFI"_s << none;
    QTest::newRow("HTTP boot x64: 93=16")
        << clientOptions("HTTPClient:Arch:00016:UNDI:003001", 16) << Arch::HttpX64 << false << true
        << false << false << u"x64 UEFI HTTP"_s << none;
    QTest::newRow("HTTP boot ARM64: 93=19")
        << clientOptions("HTTPClient:Arch:00019:UNDI:003000", 19) << Arch::HttpArm64 << false
        << true << false << false << u"ARM64 UEFI HTTP"_s << none;
    QTest::newRow("93 wins over 60") << clientOptions(bios, 7) << Arch::UefiX64 << true << false
                                     << false << false << u"x64 UEFI"_s << none;
    QTest::newRow("93 lists two: the first counts")
        << withRaw(clientOptions(bios), Option::ClientArch, QByteArray::fromHex("00070000"))
        << Arch::UefiX64 << true << false << false << false << u"x64 UEFI"_s << none;
    QTest::newRow("93 unknown type")
        << clientOptions("PXEClient:Arch:00018:UNDI:003000", 18) << Arch::Unknown << true << false
        << false << false << u"unknown"_s << none;

    // No option 93: option 60 decides.
    QTest::newRow("Raspberry Pi EDK2: no 93")
        << clientOptions("PXEClient:Arch:00011:UNDI:003000") << Arch::UefiArm64 << true << false
        << false << false << u"ARM64 UEFI"_s << none;
    QTest::newRow("no 93, x64 in 60")
        << clientOptions("PXEClient:Arch:00007:UNDI:003016") << Arch::UefiX64 << true << false
        << false << false << u"x64 UEFI"_s << none;
    QTest::newRow("no 93, BIOS in 60") << clientOptions(bios) << Arch::X86Bios << true << false
                                       << false << false << u"x86 BIOS"_s << none;
    QTest::newRow("no 93, arch without UNDI")
        << clientOptions("PXEClient:Arch:00010") << Arch::UefiArm32 << true << false << false
        << false << u"ARM32 UEFI"_s << none;
    QTest::newRow("one-byte 93: use 60")
        << withRaw(clientOptions("PXEClient:Arch:00011:UNDI:003000"), Option::ClientArch,
               QByteArray(1, '\x07'))
        << Arch::UefiArm64 << true << false << false << false << u"ARM64 UEFI"_s << none;
    QTest::newRow("HTTP boot, no 93")
        << clientOptions("HTTPClient:Arch:00019:UNDI:003000") << Arch::HttpArm64 << false << true
        << false << false << u"ARM64 UEFI HTTP"_s << none;
    QTest::newRow("bare PXEClient: PXE 2.1 BIOS")
        << clientOptions("PXEClient") << Arch::X86Bios << true << false << false << false
        << u"x86 BIOS"_s << none;
    QTest::newRow("bare HTTPClient: x64") << clientOptions("HTTPClient") << Arch::HttpX64 << false
                                          << true << false << false << u"x64 UEFI HTTP"_s << none;
    QTest::newRow("PXEClient, garbage arch")
        << clientOptions("PXEClient:Arch:xyzzy:UNDI:003000") << Arch::X86Bios << true << false
        << false << false << u"x86 BIOS"_s << none;
    QTest::newRow("HTTPClient, garbage arch")
        << clientOptions("HTTPClient:Arch:xyzzy") << Arch::HttpX64 << false << true << false
        << false << u"x64 UEFI HTTP"_s << none;
    QTest::newRow("HTTPClient, empty arch")
        << clientOptions("HTTPClient:Arch:") << Arch::HttpX64 << false << true << false << false
        << u"x64 UEFI HTTP"_s << none;

    // iPXE without PXE, Apple, and plain DHCP clients.
    QTest::newRow("iPXE by 175 only") << clientOptions(bios, 0, {}, true) << Arch::X86Bios << true
                                      << false << true << false << u"x86 BIOS"_s << none;
    QTest::newRow("iPXE by 77 only, no 60")
        << clientOptions({}, -1, "iPXE") << Arch::Unknown << false << false << true << false
        << u"unknown"_s << u"iPXE"_s;
    QTest::newRow("77 in RFC 3004 form")
        << clientOptions(bios, 0, "\x04iPXE") << Arch::X86Bios << true << false << true << false
        << u"x86 BIOS"_s << u"iPXE"_s;
    QTest::newRow("77 another class") << clientOptions(bios, 0, "gPXE") << Arch::X86Bios << true
                                      << false << false << false << u"x86 BIOS"_s << u"gPXE"_s;
    QTest::newRow("77 unprintable") << clientOptions({}, -1, "i\x01PXE") << Arch::Unknown << false
                                    << false << false << false << u"unknown"_s << u"i?PXE"_s;
    QTest::newRow("Apple BSDP") << clientOptions("AAPLBSDPC/i386/MacBookPro11,1") << Arch::Unknown
                                << false << false << false << true << u"Intel Mac MacBookPro11,1"_s << none;
    QTest::newRow("Apple BSDP, arm64")
        << clientOptions("AAPLBSDPC/arm64/MacBookAir10,1") << Arch::Unknown << false << false
        << false << true << u"Mac MacBookAir10,1"_s << none;
    QTest::newRow("Apple BSDP, class alone") << clientOptions("AAPLBSDPC") << Arch::Unknown << false
                                             << false << false << true << u"Mac"_s << none;
    QTest::newRow("not Apple: AAPLBSDPCX") << clientOptions("AAPLBSDPCX/i386") << Arch::Unknown << false
                                           << false << false << false << u"unknown"_s << none;
    QTest::newRow("udhcpc") << clientOptions("udhcp 1.37.0") << Arch::Unknown << false << false
                            << false << false << u"unknown"_s << none;
    QTest::newRow("no options at all")
        << Options() << Arch::Unknown << false << false << false << false << u"unknown"_s << none;
    QTest::newRow("PXEClient not at the start")
        << clientOptions("MSFT PXEClient:Arch:00007") << Arch::Unknown << false << false << false
        << false << u"unknown"_s << none;
}

void TestBootClient::classify()
{
    QFETCH(Options, options);
    QFETCH(Arch, arch);
    QFETCH(bool, pxe);
    QFETCH(bool, httpBoot);
    QFETCH(bool, ipxe);
    QFETCH(bool, apple);
    QFETCH(QString, archName);
    QFETCH(QString, userClass);

    Message m;
    m.options = options;
    const BootClient c = BootClient::fromMessage(m);
    QCOMPARE(c.arch, arch);
    QCOMPARE(c.pxe, pxe);
    QCOMPARE(c.httpBoot, httpBoot);
    QCOMPARE(c.ipxe, ipxe);
    QCOMPARE(c.apple, apple);
    QCOMPARE(c.archName(), archName);
    QCOMPARE(c.userClass, userClass);
    QCOMPARE(c.isNetworkBoot(), pxe || httpBoot || ipxe || apple);
    QCOMPARE(c.vendorClass,
        QString::fromLatin1(options.value(Option::VendorClass).value_or(QByteArray())));

    // The same after a trip through the wire format.
    m.setMac(Net::MacAddress({0x52, 0x54, 0, 0, 0, 1}));
    const auto decoded = Message::decode(m.encode());
    QVERIFY(decoded);
    const BootClient again = BootClient::fromMessage(*decoded);
    QCOMPARE(again.arch, c.arch);
    QCOMPARE(again.ipxe, c.ipxe);
    QCOMPARE(again.archName(), c.archName());
}

void TestBootClient::handBuiltFirmware_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<QString>("archName");
    QTest::addColumn<bool>("pxe");
    QTest::addColumn<bool>("httpBoot");
    QTest::addColumn<bool>("ipxe");
    QTest::addColumn<bool>("apple");
    QTest::addColumn<int>("maxMessageSize");
    QTest::addColumn<bool>("hasUuid");

    QTest::newRow("SeaBIOS + iPXE") << DhcpSamples::seabiosIpxeDiscover() << u"x86 BIOS"_s << true
                                    << false << true << false << 1472 << true;
    QTest::newRow("EDK2") << DhcpSamples::edk2Discover() << u"x64 UEFI"_s << true << false << false
                          << false << 1472 << true;
    QTest::newRow("HTTP boot") << DhcpSamples::httpBootDiscover() << u"x64 UEFI HTTP"_s << false
                               << true << false << false << 1472 << true;
    QTest::newRow("BSDP INFORM") << DhcpSamples::bsdpInform() << u"Intel Mac MacBookPro11,1"_s << false << false
                                 << false << true << 1500 << false;
    QTest::newRow("Raspberry Pi") << DhcpSamples::raspberryPiDiscover() << u"ARM64 UEFI"_s << true
                                  << false << false << false << 1472 << false;
}

void TestBootClient::handBuiltFirmware()
{
    QFETCH(Message, message);
    QFETCH(QString, archName);
    QFETCH(bool, pxe);
    QFETCH(bool, httpBoot);
    QFETCH(bool, ipxe);
    QFETCH(bool, apple);
    QFETCH(int, maxMessageSize);
    QFETCH(bool, hasUuid);

    // Classified from the bytes the firmware would put on the wire.
    const auto decoded = Message::decode(message.encode());
    QVERIFY(decoded);
    const BootClient c = BootClient::fromMessage(*decoded);
    QCOMPARE(c.archName(), archName);
    QCOMPARE(c.pxe, pxe);
    QCOMPARE(c.httpBoot, httpBoot);
    QCOMPARE(c.ipxe, ipxe);
    QCOMPARE(c.apple, apple);
    QVERIFY(c.isNetworkBoot());
    QCOMPARE(c.maxMessageSize, maxMessageSize);
    QCOMPARE(c.uuid.size(), hasUuid ? qsizetype(16) : qsizetype(0));
}

void TestBootClient::capturedClientsAreNotBooting()
{
    for (const QString &name : DhcpSamples::fixtureNames()) {
        const auto m = Message::decode(DhcpSamples::fixture(name));
        QVERIFY2(m, qPrintable(name));
        const BootClient c = BootClient::fromMessage(*m);
        QVERIFY2(!c.isNetworkBoot(), qPrintable(name));
        QCOMPARE(c.arch, Arch::Unknown);
    }
    const auto udhcpc = Message::decode(DhcpSamples::fixture(u"udhcpc-discover.bin"_s));
    QVERIFY(udhcpc);
    const BootClient c = BootClient::fromMessage(*udhcpc);
    QCOMPARE(c.vendorClass, u"udhcp 1.37.0"_s);
    QCOMPARE(c.maxMessageSize, 576);
}

void TestBootClient::uuidAndMaxSize_data()
{
    QTest::addColumn<Options>("options");
    QTest::addColumn<QByteArray>("uuid");
    QTest::addColumn<int>("maxMessageSize");

    const QByteArray uuid = QByteArray::fromHex("6f2b1d4e8c3a4b7f9e21a0b1c2d3e4f5");
    const Options base = clientOptions("PXEClient:Arch:00007:UNDI:003000", 7);
    QTest::newRow("97 with type byte")
        << withRaw(base, Option::ClientUuid, QByteArray(1, '\0') + uuid) << uuid << 0;
    QTest::newRow("97 without type byte")
        << withRaw(base, Option::ClientUuid, uuid) << QByteArray() << 0;
    QTest::newRow("97 too long") << withRaw(
        base, Option::ClientUuid, QByteArray(1, '\0') + uuid + '\x01')
                                 << QByteArray() << 0;
    QTest::newRow("97 empty") << withRaw(base, Option::ClientUuid, QByteArray()) << QByteArray()
                              << 0;
    QTest::newRow("57 = 1472") << withRaw(base, Option::MaxMessageSize, QByteArray::fromHex("05c0"))
                               << QByteArray() << 1472;
    QTest::newRow("57 = 65535") << withRaw(
        base, Option::MaxMessageSize, QByteArray::fromHex("ffff"))
                                << QByteArray() << 65535;
    QTest::newRow("57 one byte") << withRaw(base, Option::MaxMessageSize, QByteArray::fromHex("05"))
                                 << QByteArray() << 0;
    QTest::newRow("57 four bytes")
        << withRaw(base, Option::MaxMessageSize, QByteArray::fromHex("000005c0")) << QByteArray()
        << 0;
}

void TestBootClient::uuidAndMaxSize()
{
    QFETCH(Options, options);
    QFETCH(QByteArray, uuid);
    QFETCH(int, maxMessageSize);
    Message m;
    m.options = options;
    const BootClient c = BootClient::fromMessage(m);
    QCOMPARE(c.uuid, uuid);
    QCOMPARE(c.maxMessageSize, maxMessageSize);
}

void TestBootClient::archNames_data()
{
    QTest::addColumn<Arch>("arch");
    QTest::addColumn<QString>("name");
    QTest::newRow("0") << Arch::X86Bios << u"x86 BIOS"_s;
    QTest::newRow("6") << Arch::UefiIa32 << u"IA32 UEFI"_s;
    QTest::newRow("7") << Arch::UefiX64 << u"x64 UEFI"_s;
    QTest::newRow("9") << Arch::UefiBc << u"x64 UEFI"_s;
    QTest::newRow("10") << Arch::UefiArm32 << u"ARM32 UEFI"_s;
    QTest::newRow("11") << Arch::UefiArm64 << u"ARM64 UEFI"_s;
    QTest::newRow("16") << Arch::HttpX64 << u"x64 UEFI HTTP"_s;
    QTest::newRow("19") << Arch::HttpArm64 << u"ARM64 UEFI HTTP"_s;
    QTest::newRow("unknown") << Arch::Unknown << u"unknown"_s;
    QTest::newRow("out of range") << Arch(1234) << u"unknown"_s;
}

void TestBootClient::archNames()
{
    QFETCH(Arch, arch);
    QFETCH(QString, name);
    QCOMPARE(BootClient::archName(arch), name);
    BootClient c;
    c.arch = arch;
    QCOMPARE(c.archName(), name);
    c.apple = true;
    QCOMPARE(c.archName(), u"Mac"_s);
    c.macArch = u"i386"_s;
    QCOMPARE(c.archName(), u"Intel Mac"_s);
}

QTEST_GUILESS_MAIN(TestBootClient)
#include "tst_bootclient.moc"
