// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/document.h"
#include "site/ipv4.h"
#include "sitecheck/sitevalidator.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Site;

using Mutation = std::function<void(Document &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QHostAddress ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text));
}

Net::MacAddress mac(const char *text)
{
    return *Net::MacAddress::parse(QString::fromLatin1(text));
}

/// A valid serving site: 10.0.0.0/24, one range, two hosts.
Document servingSite()
{
    Document d;
    d.interfaceName = u"eth1"_s;
    d.serverAddress = ip("10.0.0.1");
    d.dhcpMode = DhcpMode::Serve;
    d.subnetAddress = ip("10.0.0.0");
    d.subnetPrefix = 24;
    d.ranges = {{ip("10.0.0.100"), ip("10.0.0.199")}};
    d.router = ip("10.0.0.1");
    d.dns = {ip("10.0.0.1")};
    d.domain = u"rack.lan"_s;
    d.boot.setFile(BootArch::UefiX64, u"boot/grub/x86_64-efi/core.efi"_s);
    d.hosts.append({mac("00:23:32:2f:40:3c"), u"mp"_s, ip("10.0.0.10"), {}, {}, {}});
    d.hosts.append({mac("52:54:00:00:00:01"), u"vm1"_s, {}, {}, {}, {}});
    return d;
}

} // namespace

class TestSiteDocument : public QObject
{
    Q_OBJECT

private slots:
    void parseIpv4_data();
    void parseIpv4();
    void parseIpv4Subnet_data();
    void parseIpv4Subnet();
    void addressRange();
    void subnetHelpers();
    void hostByMac();
    void dhcpModeNames();
    void bootArchKeys();
    void names_data();
    void names();
    void validDocuments();
    void invalidDocuments_data();
    void invalidDocuments();
};

void TestSiteDocument::parseIpv4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"10.0.0.1"_s << true;
    QTest::newRow("zeros") << u"0.0.0.0"_s << true;
    QTest::newRow("broadcast") << u"255.255.255.255"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("three parts") << u"10.0.0"_s << false;
    QTest::newRow("short form") << u"10.1"_s << false;
    QTest::newRow("trailing dot") << u"10.0.0.1."_s << false;
    QTest::newRow("256") << u"10.0.0.256"_s << false;
    QTest::newRow("leading zero") << u"010.0.0.1"_s << false;
    QTest::newRow("spaces") << u" 10.0.0.1"_s << false;
    QTest::newRow("with prefix") << u"10.0.0.1/24"_s << false;
    QTest::newRow("IPv6") << u"::1"_s << false;
    QTest::newRow("junk after") << u"1.2.3.4x"_s << false;
    QTest::newRow("empty part") << u"1..2.3"_s << false;
    QTest::newRow("four digits") << u"1000.2.3.4"_s << false;
}

void TestSiteDocument::parseIpv4()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto address = Site::parseIpv4(text);
    QCOMPARE(address.has_value(), valid);
    if (valid)
        QCOMPARE(address->toString(), text);
}

void TestSiteDocument::parseIpv4Subnet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("prefix");

    QTest::newRow("/24") << u"10.0.0.0/24"_s << true << 24;
    QTest::newRow("/0") << u"0.0.0.0/0"_s << true << 0;
    QTest::newRow("/32") << u"10.0.0.1/32"_s << true << 32;
    QTest::newRow("/33") << u"10.0.0.0/33"_s << false << 0;
    QTest::newRow("no prefix") << u"10.0.0.0"_s << false << 0;
    QTest::newRow("empty prefix") << u"10.0.0.0/"_s << false << 0;
    QTest::newRow("padded prefix") << u"10.0.0.0/024"_s << false << 0;
    QTest::newRow("netmask") << u"10.0.0.0/255.255.255.0"_s << false << 0;
    QTest::newRow("bad address") << u"10.0.0/24"_s << false << 0;
}

void TestSiteDocument::parseIpv4Subnet()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, prefix);
    const auto subnet = Site::parseIpv4Subnet(text);
    QCOMPARE(subnet.has_value(), valid);
    if (valid)
        QCOMPARE(subnet->prefix, prefix);
}

void TestSiteDocument::addressRange()
{
    const AddressRange range {ip("10.0.0.100"), ip("10.0.0.199")};
    QVERIFY(range.isValid());
    QCOMPARE(range.size(), 100u);
    QVERIFY(range.contains(ip("10.0.0.100")));
    QVERIFY(range.contains(ip("10.0.0.199")));
    QVERIFY(!range.contains(ip("10.0.0.200")));
    QVERIFY(!range.contains(QHostAddress()));
    QVERIFY(!range.contains(QHostAddress(u"::ffff:10.0.0.150"_s))); // IPv6, even when mapped
    QVERIFY(range.overlaps({ip("10.0.0.199"), ip("10.0.0.250")}));
    QVERIFY(!range.overlaps({ip("10.0.0.200"), ip("10.0.0.250")}));
    QCOMPARE(range.toString(), u"10.0.0.100-10.0.0.199"_s);

    const AddressRange backwards {ip("10.0.0.199"), ip("10.0.0.100")};
    QVERIFY(!backwards.isValid());
    QCOMPARE(backwards.size(), 0u);
    QVERIFY(!backwards.contains(ip("10.0.0.150")));
}

void TestSiteDocument::subnetHelpers()
{
    Document d;
    QVERIFY(!d.hasSubnet());
    QVERIFY(d.subnetMask().isNull());
    QVERIFY(d.broadcastAddress().isNull());
    QVERIFY(!d.inSubnet(ip("10.0.0.1")));

    d.subnetAddress = ip("192.168.8.0");
    d.subnetPrefix = 22;
    QCOMPARE(d.subnetText(), u"192.168.8.0/22"_s);
    QCOMPARE(d.subnetMask(), ip("255.255.252.0"));
    QCOMPARE(d.broadcastAddress(), ip("192.168.11.255"));
    QVERIFY(d.inSubnet(ip("192.168.11.254")));
    QVERIFY(!d.inSubnet(ip("192.168.12.1")));
    QVERIFY(!d.inSubnet(QHostAddress(u"::1"_s)));

    d.ranges = {{ip("192.168.9.0"), ip("192.168.9.9")}, {ip("192.168.10.0"), ip("192.168.10.9")}};
    QVERIFY(d.inDynamicRange(ip("192.168.10.5")));
    QVERIFY(!d.inDynamicRange(ip("192.168.9.10")));
}

void TestSiteDocument::hostByMac()
{
    const Document d = servingSite();
    const Host *host = d.hostByMac(mac("52-54-00-00-00-01"));
    QVERIFY(host);
    QCOMPARE(host->hostname, u"vm1"_s);
    QVERIFY(!d.hostByMac(mac("52:54:00:00:00:02")));
}

void TestSiteDocument::dhcpModeNames()
{
    for (DhcpMode mode : {DhcpMode::Off, DhcpMode::Serve, DhcpMode::Proxy})
        QCOMPARE(dhcpModeFromName(dhcpModeName(mode)), mode);
    QCOMPARE(dhcpModeName(DhcpMode::Proxy), u"proxy"_s);
    QVERIFY(!dhcpModeFromName(u"Serve"));
    QVERIFY(!dhcpModeFromName(u""));
}

void TestSiteDocument::bootArchKeys()
{
    QCOMPARE(allBootArchs().size(), 7);
    BootFiles files;
    QVERIFY(files.isEmpty());
    for (BootArch arch : allBootArchs()) {
        QCOMPARE(bootArchFromKey(bootArchKey(arch)), arch);
        files.setFile(arch, bootArchKey(arch) + u".efi"_s);
    }
    QCOMPARE(bootArchKey(BootArch::UefiArm64), u"uefi-arm64"_s);
    QCOMPARE(files.file(BootArch::HttpArm64), u"http-arm64.efi"_s);
    QVERIFY(!files.isEmpty());
    QVERIFY(!bootArchFromKey(u"uefi-x86"));
    QVERIFY(isHttpBootArch(BootArch::HttpX64));
    QVERIFY(!isHttpBootArch(BootArch::Ipxe));
}

void TestSiteDocument::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hostname");
    QTest::addColumn<bool>("domain");
    QTest::addColumn<bool>("interface");

    QTest::newRow("simple") << u"node-01"_s << true << true << true;
    QTest::newRow("digits first") << u"1u"_s << true << true << true;
    QTest::newRow("dotted") << u"rack.lan"_s << false << true << true;
    QTest::newRow("leading hyphen") << u"-x"_s << false << false << true;
    QTest::newRow("underscore") << u"mp_1"_s << false << false << true;
    QTest::newRow("64 characters") << QString(64, u'a') << false << false << false;
    QTest::newRow("63 characters") << QString(63, u'a') << true << true << false;
    QTest::newRow("15 characters") << QString(15, u'e') << true << true << true;
    QTest::newRow("empty label") << u"rack..lan"_s << false << false << true;
    QTest::newRow("slash") << u"eth/0"_s << false << false << false;
    QTest::newRow("space") << u"eth 0"_s << false << false << false;
    QTest::newRow("alias") << u"eth0:1"_s << false << false << true;
}

void TestSiteDocument::names()
{
    QFETCH(QString, name);
    QFETCH(bool, hostname);
    QFETCH(bool, domain);
    QFETCH(bool, interface);
    QCOMPARE(SiteValidator::isValidHostname(name), hostname);
    QCOMPARE(SiteValidator::isValidDomain(name), domain);
    QCOMPARE(SiteValidator::isValidInterfaceName(name), interface);
}

void TestSiteDocument::validDocuments()
{
    QVERIFY(SiteValidator::validate(Document()).isEmpty());
    QVERIFY(SiteValidator::validate(servingSite()).isEmpty());

    Document proxy;
    proxy.dhcpMode = DhcpMode::Proxy;
    proxy.boot.setFile(BootArch::HttpX64, u"http://boot.example/ipxe.efi"_s);
    // README: "{server}" in a boot value stands for the server's address.
    proxy.boot.setFile(BootArch::HttpArm64, u"http://{server}/boot/grub/arm64-efi/core.efi"_s);
    proxy.hosts.append({mac("52:54:00:00:00:01"), u"vm1"_s, ip("192.0.2.7"), {}, {}, {}});
    QVERIFY(SiteValidator::validate(proxy).isEmpty());
}

void TestSiteDocument::invalidDocuments_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("version") << Mutation([](Document &d) { d.version = 3; }) << u"version"_s
                             << u"unsupported version 3"_s;
    QTest::newRow("interface") << Mutation([](Document &d) {
        d.interfaceName = u"a very long name"_s;
    }) << u"interface"_s << u"is not a network interface name"_s;
    QTest::newRow("IPv6 server") << Mutation([](Document &d) {
        d.serverAddress = QHostAddress(u"fe80::1"_s);
    }) << u"serverAddress"_s << u"\"fe80::1\" is not an IPv4 address"_s;
    QTest::newRow("server in range")
        << Mutation([](Document &d) { d.serverAddress = ip("10.0.0.150"); }) << u"serverAddress"_s
        << u"inside the dynamic range dhcp.ranges[0]"_s;
    QTest::newRow("serve without subnet") << Mutation([](Document &d) { d.subnetAddress = {}; })
                                          << u"dhcp.subnet"_s << u"a subnet is required"_s;
    QTest::newRow("/31") << Mutation([](Document &d) {
        d.subnetPrefix = 31;
        d.ranges.clear();
        d.hosts.clear();
        d.router = {};
        d.serverAddress = {};
    }) << u"dhcp.subnet"_s
                         << u"10.0.0.0/31 leaves no room for DHCP clients"_s;
    QTest::newRow("range without start")
        << Mutation([](Document &d) { d.ranges.first().start = {}; }) << u"dhcp.ranges[0].start"_s
        << u"a start address is required"_s;
    QTest::newRow("lease time") << Mutation([](Document &d) { d.leaseTime = 0; })
                                << u"dhcp.leaseTime"_s
                                << u"0 is out of range (60..31536000 seconds)"_s;
    QTest::newRow("router outside")
        << Mutation([](Document &d) { d.router = ip("10.9.0.1"); }) << u"dhcp.router"_s
        << u"10.9.0.1 is outside the subnet 10.0.0.0/24"_s;
    QTest::newRow("null dns") << Mutation([](Document &d) { d.dns.append(QHostAddress()); })
                              << u"dhcp.dns[1]"_s << u"is not an IPv4 address"_s;
    QTest::newRow("https boot") << Mutation([](Document &d) {
        d.boot.setFile(BootArch::HttpArm64, u"ftp://x/y"_s);
    }) << u"boot.http-arm64"_s << u"\"ftp://x/y\" is not an http:// URL"_s;
    QTest::newRow("absolute path")
        << Mutation([](Document &d) { d.boot.setFile(BootArch::Ipxe, u"/srv/menu.ipxe"_s); })
        << u"boot.ipxe"_s << u"is not a path inside the boot tree"_s;
    QTest::newRow("URL as path") << Mutation([](Document &d) {
        d.boot.setFile(BootArch::Bios, u"tftp://x/pxelinux.0"_s);
    }) << u"boot.bios"_s << u"is not a path inside the boot tree"_s;
    QTest::newRow("host without MAC") << Mutation([](Document &d) { d.hosts[1].mac = {}; })
                                      << u"hosts[1].mac"_s << u"a MAC address is required"_s;
    QTest::newRow("duplicate MAC")
        << Mutation([](Document &d) { d.hosts[1].mac = d.hosts[0].mac; }) << u"hosts[1].mac"_s
        << u"00:23:32:2f:40:3c is already used by hosts[0] (mp)"_s;
    QTest::newRow("duplicate IP") << Mutation([](Document &d) { d.hosts[1].ip = d.hosts[0].ip; })
                                  << u"hosts[1].ip"_s
                                  << u"10.0.0.10 is already used by hosts[0] (mp)"_s;
    QTest::newRow("host on router") << Mutation([](Document &d) {
        d.router = ip("10.0.0.254");
        d.hosts[1].ip = ip("10.0.0.254");
    }) << u"hosts[1].ip"_s << u"10.0.0.254 is the router's address"_s;
    QTest::newRow("host on network address")
        << Mutation([](Document &d) { d.hosts[1].ip = ip("10.0.0.0"); }) << u"hosts[1].ip"_s
        << u"10.0.0.0 is the network address of 10.0.0.0/24"_s;
    QTest::newRow("duplicate name")
        << Mutation([](Document &d) { d.hosts[1].hostname = u"Mp"_s; }) << u"hosts[1].hostname"_s
        << u"\"Mp\" is already used by hosts[0] (mp)"_s;
    QTest::newRow("ranges overlap") << Mutation([](Document &d) {
        d.ranges.append({ip("10.0.0.50"), ip("10.0.0.100")});
    }) << u"dhcp.ranges[1]"_s << u"overlaps dhcp.ranges[0]"_s;
}

void TestSiteDocument::invalidDocuments()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, message);

    Document document = servingSite();
    mutate(document);
    const QList<Problem> problems = SiteValidator::validate(document);
    QVERIFY2(problems.size() == 1, qPrintable(problemsToString(problems)));
    QCOMPARE(problems.first().field, field);
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    QCOMPARE(problems.first().line, 0);
    QVERIFY(problems.first().file.isEmpty());
}

QTEST_GUILESS_MAIN(TestSiteDocument)
#include "tst_sitedocument.moc"
