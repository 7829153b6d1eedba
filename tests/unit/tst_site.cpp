// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefile/sitefile.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Site;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString dump(const QList<Problem> &problems)
{
    return problemsToString(problems);
}

#ifdef Q_OS_LINUX
/// Sets or clears the immutable attribute, which binds root too; false where
/// the file system has no such attribute.
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}
#endif

} // namespace

class TestSite : public QObject
{
    Q_OBJECT

private:
    QByteArray m_example;

private slots:
    void initTestCase();

    void exampleLoads();
    void goodFiles_data();
    void goodFiles();
    void brokenInputs_data();
    void brokenInputs();
    void everyTruncationFails();
    void allProblemsInFileOrder();
    void problemToString();
    void missingFile();

    void roundTrip_data();
    void roundTrip();
    void roundTripAwkwardStrings();
    void netbootReads();
    void netbootProblems_data();
    void netbootProblems();
    void serializeIsStable();

    void saveOverExistingFile();
    void saveIntoUnwritableDirectoryKeepsOldFile();
    void saveIntoMissingDirectoryFails();
    void saveRefusesInvalidDocument();
};

void TestSite::initTestCase()
{
    const QString path = QFINDTESTDATA("data/site/example.json");
    QVERIFY(!path.isEmpty());
    m_example = readFile(path);
    QVERIFY(!m_example.isEmpty());
}

void TestSite::exampleLoads()
{
    const auto result = SiteFile::load(QFINDTESTDATA("data/site/example.json"));
    QVERIFY2(result.problems.isEmpty(), qPrintable(dump(result.problems)));
    QVERIFY(result.document);
    const Document &d = *result.document;
    QCOMPARE(d.version, 1);
    QCOMPARE(d.interfaceName, u"eth1"_s);
    QCOMPARE(d.serverAddress, QHostAddress(u"10.0.0.1"_s));
    QCOMPARE(d.dhcpMode, DhcpMode::Serve);
    QCOMPARE(d.subnetText(), u"10.0.0.0/24"_s);
    QCOMPARE(d.subnetMask(), QHostAddress(u"255.255.255.0"_s));
    QCOMPARE(d.broadcastAddress(), QHostAddress(u"10.0.0.255"_s));
    QCOMPARE(d.ranges.size(), 1);
    QCOMPARE(d.ranges.first().start, QHostAddress(u"10.0.0.100"_s));
    QCOMPARE(d.ranges.first().size(), 100u);
    QCOMPARE(d.leaseTime, 3600);
    QCOMPARE(d.router, QHostAddress(u"10.0.0.1"_s));
    QCOMPARE(d.dns, QList<QHostAddress> {QHostAddress(u"10.0.0.1"_s)});
    QCOMPARE(d.domain, u"rack.lan"_s);
    QCOMPARE(d.allowOtherServers, false);
    QCOMPARE(d.boot.file(BootArch::Bios), u"boot/grub/i386-pc/core.0"_s);
    QCOMPARE(d.boot.file(BootArch::UefiIa32), QString());
    QCOMPARE(d.boot.file(BootArch::HttpX64), u"http://10.0.0.1/boot/grub/x86_64-efi/core.efi"_s);
    QCOMPARE(d.boot.file(BootArch::Ipxe), u"boot/ipxe/menu.ipxe"_s);
    QCOMPARE(d.hosts.size(), 1);
    const Host *mp = d.hostByMac(*Net::MacAddress::parse(u"00:23:32:2F:40:3C"));
    QVERIFY(mp);
    QCOMPARE(mp->hostname, u"mp"_s);
    QCOMPARE(mp->ip, QHostAddress(u"10.0.0.10"_s));
    QCOMPARE(mp->menu, u"centos7"_s); // read from the older key "profile"
}

void TestSite::goodFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<DhcpMode>("mode");
    QTest::addColumn<int>("ranges");
    QTest::addColumn<int>("hosts");

    QTest::newRow("example") << u"example.json"_s << DhcpMode::Serve << 1 << 1;
    QTest::newRow("proxy, no subnet") << u"proxy.json"_s << DhcpMode::Proxy << 0 << 2;
    QTest::newRow("empty object") << u"minimal.json"_s << DhcpMode::Off << 0 << 0;
    QTest::newRow("serve, two ranges") << u"serve-two-ranges.json"_s << DhcpMode::Serve << 2 << 3;
    QTest::newRow("Mac NetBoot, BSDP only") << u"netboot.json"_s << DhcpMode::Bsdp << 0 << 2;
}

void TestSite::goodFiles()
{
    QFETCH(QString, file);
    QFETCH(DhcpMode, mode);
    QFETCH(int, ranges);
    QFETCH(int, hosts);

    const auto result = SiteFile::load(QFINDTESTDATA(u"data/site/"_s + file));
    QVERIFY2(result.problems.isEmpty(), qPrintable(dump(result.problems)));
    QVERIFY(result.document);
    QCOMPARE(result.document->dhcpMode, mode);
    QCOMPARE(result.document->ranges.size(), ranges);
    QCOMPARE(result.document->hosts.size(), hosts);
    QVERIFY(SiteFile::validate(*result.document).isEmpty());
}

// Each row edits the example (replacing `from`, which must occur once, by
// `to`) and expects exactly one problem at a hand-counted line:column.
void TestSite::brokenInputs_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QByteArray host
        = "{ \"mac\": \"00:23:32:2f:40:3c\", \"hostname\": \"mp\", \"ip\": \"10.0.0.10\",\n"
          "      \"profile\": \"centos7\", \"bootFile\": \"\", \"notes\": \"\" }";
    const QByteArray firstHost
        = "{ \"mac\": \"00:23:32:2f:40:3c\", \"hostname\": \"mp\", \"ip\": \"10.0.0.10\" },\n    ";
    const auto withSecondHost = [&](const QByteArray &second) { return firstHost + second; };

    QTest::newRow("bad MAC") << QByteArray("\"00:23:32:2f:40:3c\"") << QByteArray("\"00:23:zz\"")
                             << 25 << 14 << u"hosts[0].mac"_s
                             << u"\"00:23:zz\" is not a MAC address (expected aa:bb:cc:dd:ee:ff)"_s;
    QTest::newRow("all-zero MAC") << QByteArray("\"00:23:32:2f:40:3c\"")
                                  << QByteArray("\"00:00:00:00:00:00\"") << 25 << 14
                                  << u"hosts[0].mac"_s << u"is not a usable MAC address"_s;
    QTest::newRow("host without MAC")
        << QByteArray("\"mac\": \"00:23:32:2f:40:3c\", ") << QByteArray() << 25 << 5
        << u"hosts[0].mac"_s << u"a MAC address is required"_s;
    QTest::newRow("fixed IP outside subnet")
        << QByteArray("\"10.0.0.10\"") << QByteArray("\"10.0.1.10\"") << 25 << 59
        << u"hosts[0].ip"_s << u"10.0.1.10 is outside the subnet 10.0.0.0/24"_s;
    QTest::newRow("fixed IP inside range")
        << QByteArray("\"10.0.0.10\"") << QByteArray("\"10.0.0.150\"") << 25 << 59
        << u"hosts[0].ip"_s
        << u"10.0.0.150 is inside the dynamic range dhcp.ranges[0] (10.0.0.100-10.0.0.199)"_s;
    QTest::newRow("fixed IP is broadcast")
        << QByteArray("\"10.0.0.10\"") << QByteArray("\"10.0.0.255\"") << 25 << 59
        << u"hosts[0].ip"_s << u"is the broadcast address of 10.0.0.0/24"_s;
    QTest::newRow("fixed IP is the server's")
        << QByteArray("\"10.0.0.10\"") << QByteArray("\"10.0.0.1\"") << 25 << 59 << u"hosts[0].ip"_s
        << u"10.0.0.1 is the server's own address"_s;
    QTest::newRow("bad fixed IP") << QByteArray("\"10.0.0.10\"") << QByteArray("\"10.0.0\"") << 25
                                  << 59 << u"hosts[0].ip"_s
                                  << u"\"10.0.0\" is not an IPv4 address"_s;
    QTest::newRow("overlapping ranges")
        << QByteArray("\"end\": \"10.0.0.199\" } ]")
        << QByteArray("\"end\": \"10.0.0.199\" },\n                { \"start\": \"10.0.0.150\", "
                      "\"end\": \"10.0.0.250\" } ]")
        << 9 << 17 << u"dhcp.ranges[1]"_s
        << u"10.0.0.150-10.0.0.250 overlaps dhcp.ranges[0] (10.0.0.100-10.0.0.199)"_s;
    QTest::newRow("range start after end")
        << QByteArray("\"start\": \"10.0.0.100\", \"end\": \"10.0.0.199\"")
        << QByteArray("\"start\": \"10.0.0.199\", \"end\": \"10.0.0.100\"") << 8 << 17
        << u"dhcp.ranges[0]"_s << u"start 10.0.0.199 is after end 10.0.0.100"_s;
    QTest::newRow("range starts at network address")
        << QByteArray("\"start\": \"10.0.0.100\", \"end\": \"10.0.0.199\"")
        << QByteArray("\"start\": \"10.0.0.0\", \"end\": \"10.0.0.0\"") << 8 << 28
        << u"dhcp.ranges[0].start"_s << u"10.0.0.0 is the network address of 10.0.0.0/24"_s;
    QTest::newRow("range ends at broadcast")
        << QByteArray("\"10.0.0.199\"") << QByteArray("\"10.0.0.255\"") << 8 << 49
        << u"dhcp.ranges[0].end"_s << u"10.0.0.255 is the broadcast address of 10.0.0.0/24"_s;
    QTest::newRow("range leaves subnet")
        << QByteArray("\"10.0.0.199\"") << QByteArray("\"10.0.1.199\"") << 8 << 49
        << u"dhcp.ranges[0].end"_s << u"10.0.1.199 is outside the subnet 10.0.0.0/24"_s;
    QTest::newRow("range without end")
        << QByteArray(", \"end\": \"10.0.0.199\"") << QByteArray() << 8 << 17
        << u"dhcp.ranges[0].end"_s << u"an end address is required"_s;
    QTest::newRow("duplicate MAC")
        << host
        << withSecondHost(
               "{ \"mac\": \"00-23-32-2F-40-3C\", \"hostname\": \"mp2\", \"ip\": \"10.0.0.11\" }")
        << 26 << 14 << u"hosts[1].mac"_s << u"00:23:32:2f:40:3c is already used by hosts[0] (mp)"_s;
    QTest::newRow("duplicate IP")
        << host
        << withSecondHost(
               "{ \"mac\": \"00:23:32:2f:40:3d\", \"hostname\": \"mp2\", \"ip\": \"10.0.0.10\" }")
        << 26 << 60 << u"hosts[1].ip"_s << u"10.0.0.10 is already used by hosts[0] (mp)"_s;
    QTest::newRow("duplicate hostname, other case")
        << host << withSecondHost("{ \"mac\": \"00:23:32:2f:40:3d\", \"hostname\": \"MP\" }") << 26
        << 47 << u"hosts[1].hostname"_s << u"\"MP\" is already used by hosts[0] (mp)"_s;
    QTest::newRow("bad hostname") << QByteArray("\"mp\"") << QByteArray("\"mp_1\"") << 25 << 47
                                  << u"hosts[0].hostname"_s << u"\"mp_1\" is not a host name"_s;
    QTest::newRow("unknown boot key")
        << QByteArray("\"uefi-ia32\"") << QByteArray("\"uefi-x86\"") << 18 << 5
        << u"boot.uefi-x86"_s
        << u"unknown key \"uefi-x86\" (expected one of: bios, uefi-x64, uefi-ia32, uefi-arm64, "
           "http-x64, http-arm64, ipxe)"_s;
    QTest::newRow("unknown host key") << QByteArray("\"notes\"") << QByteArray("\"note\"") << 26
                                      << 45 << u"hosts[0].note"_s << u"unknown key \"note\""_s;
    QTest::newRow("unknown top-level key")
        << QByteArray("\"serverAddress\"") << QByteArray("\"server\"") << 4 << 3 << u"server"_s
        << u"unknown key \"server\""_s;
    QTest::newRow("column counts characters")
        << QByteArray("\"eth1\",") << QByteArray("\"\xc3\xa9\", \"bogus\": 1,") << 3 << 21
        << u"bogus"_s << u"unknown key \"bogus\""_s;
    QTest::newRow("duplicate key")
        << QByteArray("\"eth1\",") << QByteArray("\"eth1\", \"interface\": \"eth2\",") << 3 << 24
        << u"interface"_s << u"key \"interface\" is given twice (first at 3:3)"_s;
    QTest::newRow("leaseTime as string")
        << QByteArray("3600") << QByteArray("\"3600\"") << 9 << 18 << u"dhcp.leaseTime"_s
        << u"expected a number, found a string"_s;
    QTest::newRow("leaseTime fraction")
        << QByteArray("3600") << QByteArray("3600.5") << 9 << 18 << u"dhcp.leaseTime"_s
        << u"expected an integer, found 3600.5"_s;
    QTest::newRow("leaseTime too short")
        << QByteArray("3600") << QByteArray("59") << 9 << 18 << u"dhcp.leaseTime"_s
        << u"59 is out of range (60..31536000 seconds)"_s;
    QTest::newRow("leaseTime too long") << QByteArray("3600") << QByteArray("31536001") << 9 << 18
                                        << u"dhcp.leaseTime"_s << u"31536001 is out of range"_s;
    QTest::newRow("leaseTime huge") << QByteArray("3600") << QByteArray("1e12") << 9 << 18
                                    << u"dhcp.leaseTime"_s << u"1000000000000 is out of range"_s;
    QTest::newRow("bool as string")
        << QByteArray("false") << QByteArray("\"no\"") << 13 << 26 << u"dhcp.allowOtherServers"_s
        << u"expected a boolean, found a string"_s;
    QTest::newRow("dns not a list")
        << QByteArray("[ \"10.0.0.1\" ]") << QByteArray("\"10.0.0.1\"") << 11 << 12 << u"dhcp.dns"_s
        << u"expected an array, found a string"_s;
    QTest::newRow("host not an object") << host << QByteArray("\"mp\"") << 25 << 5 << u"hosts[0]"_s
                                        << u"expected an object, found a string"_s;
    QTest::newRow("null string") << QByteArray("\"rack.lan\"") << QByteArray("null") << 12 << 15
                                 << u"dhcp.domain"_s << u"expected a string, found null"_s;
    QTest::newRow("bad mode")
        << QByteArray("\"serve\"") << QByteArray("\"server\"") << 6 << 13 << u"dhcp.mode"_s
        << u"\"server\" is not a DHCP mode (expected \"serve\", \"proxy\", \"bsdp\" or \"off\")"_s;
    QTest::newRow("unsupported version")
        << QByteArray("\"version\": 1") << QByteArray("\"version\": 2") << 2 << 14 << u"version"_s
        << u"unsupported version 2"_s;
    QTest::newRow("serve without subnet")
        << QByteArray("\"subnet\": \"10.0.0.0/24\",\n    ") << QByteArray() << 5 << 11
        << u"dhcp.subnet"_s << u"a subnet is required when mode is \"serve\""_s;
    QTest::newRow("subnet without prefix")
        << QByteArray("\"10.0.0.0/24\"") << QByteArray("\"10.0.0.0\"") << 7 << 15
        << u"dhcp.subnet"_s << u"\"10.0.0.0\" is not a subnet"_s;
    QTest::newRow("subnet with host bits")
        << QByteArray("\"10.0.0.0/24\"") << QByteArray("\"10.0.0.5/24\"") << 7 << 15
        << u"dhcp.subnet"_s << u"10.0.0.5/24 has host bits set (did you mean 10.0.0.0/24?)"_s;
    QTest::newRow("bad router") << QByteArray("\"router\": \"10.0.0.1\"")
                                << QByteArray("\"router\": \"10.0.0.256\"") << 10 << 15
                                << u"dhcp.router"_s << u"\"10.0.0.256\" is not an IPv4 address"_s;
    QTest::newRow("octal-looking address")
        << QByteArray("\"router\": \"10.0.0.1\"") << QByteArray("\"router\": \"10.0.0.01\"") << 10
        << 15 << u"dhcp.router"_s << u"is not an IPv4 address"_s;
    QTest::newRow("bad domain") << QByteArray("\"rack.lan\"") << QByteArray("\"rack..lan\"") << 12
                                << 15 << u"dhcp.domain"_s
                                << u"\"rack..lan\" is not a domain name"_s;
    QTest::newRow("HTTP boot without URL")
        << QByteArray("\"http://10.0.0.1/boot/grub/x86_64-efi/core.efi\"")
        << QByteArray("\"boot/grub/x86_64-efi/core.efi\"") << 20 << 17 << u"boot.http-x64"_s
        << u"is not an http:// URL"_s;
    QTest::newRow("boot path leaves the tree")
        << QByteArray("\"boot/grub/i386-pc/core.0\"") << QByteArray("\"../etc/shadow\"") << 16 << 13
        << u"boot.bios"_s << u"is not a path inside the boot tree"_s;
    QTest::newRow("boot value not a string")
        << QByteArray("\"boot/ipxe/menu.ipxe\"") << QByteArray("true") << 22 << 13 << u"boot.ipxe"_s
        << u"expected a string, found a boolean"_s;
    QTest::newRow("root is an array") << m_example << QByteArray("\n  [ 1, 2 ]\n") << 2 << 3
                                      << QString() << u"expected a JSON object"_s;

    // Syntax errors, found by JsonLocator where it can say more than QJsonParseError.
    QTest::newRow("syntax: missing comma")
        << QByteArray("\"10.0.0.1\",\n    \"dns\"") << QByteArray("\"10.0.0.1\"\n    \"dns\"") << 10
        << 25 << QString() << u"expected ',' or '}' after dhcp.router"_s;
    QTest::newRow("syntax: missing colon")
        << QByteArray("\"leaseTime\": 3600") << QByteArray("\"leaseTime\" 3600") << 9 << 16
        << QString() << u"expected ':' after key \"leaseTime\""_s;
    QTest::newRow("syntax: unquoted key")
        << QByteArray("\"domain\":") << QByteArray("domain:") << 12 << 5 << QString()
        << u"expected a key in double quotes"_s;
    QTest::newRow("syntax: unquoted text") << QByteArray("\"eth1\"") << QByteArray("eth1") << 3
                                           << 16 << QString() << u"eth1 is not a JSON value"_s;
    QTest::newRow("syntax: bad literal") << QByteArray("false") << QByteArray("flase") << 13 << 26
                                         << QString() << u"flase is not a JSON value"_s;
    QTest::newRow("syntax: trailing comma")
        << QByteArray("\"boot/ipxe/menu.ipxe\"") << QByteArray("\"boot/ipxe/menu.ipxe\",") << 22
        << 34 << QString() << u"no member follows this ','"_s;
    QTest::newRow("syntax: trailing comma in list")
        << QByteArray("[ \"10.0.0.1\" ]") << QByteArray("[ \"10.0.0.1\", ]") << 11 << 24
        << QString() << u"no element follows this ','"_s;
    QTest::newRow("syntax: text after the end") << m_example << m_example + "x" << 29 << 1
                                                << QString() << u"unexpected text after the end"_s;
    // What the tokenizer does not check, QJsonParseError reports.
    QTest::newRow("syntax: bad escape") << QByteArray("rack.lan") << QByteArray("rack\\u00zzlan")
                                        << 12 << 24 << QString() << u"invalid escape sequence"_s;
    QTest::newRow("syntax: bad UTF-8") << QByteArray("rack.lan") << QByteArray("rack\xff.lan") << 12
                                       << 20 << QString() << u"invalid UTF8 string"_s;
    QTest::newRow("syntax: leading zero") << QByteArray("3600") << QByteArray("03600") << 9 << 18
                                          << QString() << u"03600 is not a JSON value"_s;
    QTest::newRow("truncated") << m_example << m_example.left(m_example.indexOf("\"leaseTime\""))
                               << 8 << 66 << QString()
                               << u"the file ends inside the object opened at 5:11"_s;
    QTest::newRow("truncated inside a string")
        << m_example << m_example.left(m_example.indexOf("rack.lan")) << 12 << 15 << QString()
        << u"this string is not closed"_s;
    QTest::newRow("empty file") << m_example << QByteArray() << 1 << 1 << QString()
                                << u"the file is empty"_s;
    QTest::newRow("blank file") << m_example << QByteArray(" \n\n") << 1 << 1 << QString()
                                << u"the file is empty"_s;
}

void TestSite::brokenInputs()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QCOMPARE(m_example.count(from), 1);
    QByteArray json = m_example;
    json.replace(from, to);

    const auto result = SiteFile::parse(json, u"site.json"_s);
    QVERIFY(!result.document);
    QVERIFY2(result.problems.size() == 1, qPrintable(dump(result.problems)));
    const Problem &problem = result.problems.first();
    QCOMPARE(problem.file, u"site.json"_s);
    QCOMPARE(problem.field, field);
    QVERIFY2(problem.message.contains(message), qPrintable(problem.toString()));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
}

// Ark-style: every prefix of a real file is a truncated file.
void TestSite::everyTruncationFails()
{
    const qsizetype complete = m_example.lastIndexOf('}') + 1;
    for (qsizetype size = 0; size < complete; ++size) {
        const auto result = SiteFile::parse(m_example.left(size), u"site.json"_s);
        QVERIFY2(!result.document, qPrintable(QString::number(size)));
        QCOMPARE(result.problems.size(), 1);
        const Problem &problem = result.problems.first();
        QVERIFY2(problem.field.isEmpty(), qPrintable(problem.toString()));
        QVERIFY2(problem.line >= 1 && problem.line <= 28 && problem.column >= 1,
            qPrintable(problem.toString()));
    }
    QVERIFY(SiteFile::parse(m_example.left(complete), u"site.json"_s).document);
}

void TestSite::allProblemsInFileOrder()
{
    QByteArray json = m_example;
    json.replace("\"00:23:32:2f:40:3c\"", "\"00:23:zz\"");
    json.replace("\"uefi-ia32\"", "\"uefi-x86\"");
    json.replace("3600", "30");
    json.replace("\"serve\"", "\"server\"");

    const auto result = SiteFile::parse(json, u"site.json"_s);
    QVERIFY(!result.document);
    QStringList where;
    for (const Problem &problem : result.problems)
        where.append(u"%1:%2 %3"_s.arg(problem.line).arg(problem.column).arg(problem.field));
    QCOMPARE(where,
        QStringList({u"6:13 dhcp.mode"_s, u"9:18 dhcp.leaseTime"_s, u"18:5 boot.uefi-x86"_s,
            u"25:14 hosts[0].mac"_s}));
    QCOMPARE(result.problems.at(3).toString(),
        u"site.json:25:14: hosts[0].mac: \"00:23:zz\" is not a MAC address "
        "(expected aa:bb:cc:dd:ee:ff)"_s);
}

void TestSite::problemToString()
{
    QCOMPARE((Problem {u"site.json"_s, 14, 16, u"hosts[1].mac"_s, u"bad"_s}).toString(),
        u"site.json:14:16: hosts[1].mac: bad"_s);
    QCOMPARE((Problem {u"site.json"_s, 3, 1, QString(), u"illegal value"_s}).toString(),
        u"site.json:3:1: illegal value"_s);
    QCOMPARE((Problem {u"site.json"_s, 0, 0, QString(), u"cannot read"_s}).toString(),
        u"site.json: cannot read"_s);
    QCOMPARE((Problem {QString(), 0, 0, u"dhcp.subnet"_s, u"required"_s}).toString(),
        u"dhcp.subnet: required"_s);
}

void TestSite::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nope.json"_s);
    const auto result = SiteFile::load(path);
    QVERIFY(!result.document);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().file, path);
    QVERIFY(result.problems.first().message.startsWith(u"cannot read"_s));
}

void TestSite::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << u"example.json"_s;
    QTest::newRow("proxy") << u"proxy.json"_s;
    QTest::newRow("minimal") << u"minimal.json"_s;
    QTest::newRow("serve, two ranges") << u"serve-two-ranges.json"_s;
    QTest::newRow("Mac NetBoot") << u"netboot.json"_s;
}

void TestSite::netbootReads()
{
    const auto result = SiteFile::load(QFINDTESTDATA("data/site/netboot.json"));
    QVERIFY2(result.document, qPrintable(dump(result.problems)));
    const Netboot &n = result.document->netboot;
    QCOMPARE(n.priority, 40000);
    QCOMPARE(n.defaultImage, u"The-Image"_s);
    QCOMPARE(n.images.size(), 3);
    QCOMPARE(n.images[0].id().value, 0x81000089u);
    QCOMPARE(n.images[0].models, (QStringList{u"MacBookPro11,1"_s, u"Macmini7,1"_s}));
    QCOMPARE(n.images[0].booterPath(), u"boot/grub/x86_64-efi/mac.efi"_s);
    QCOMPARE(n.images[1].id().value, 0x81001068u);
    QCOMPARE(n.images[1].servedFolder(), u"nbi/4200"_s);
    QCOMPARE(n.images[1].booterPath(), u"nbi/4200/i386/booter"_s);
    QCOMPARE(n.images[2].id().value, 0x03000003u);
    QCOMPARE(n.images[2].booterPath(), u"aht/booter.efi"_s);
    QCOMPARE(result.document->hosts[0].netbootImage, u"The-Image"_s);
}

void TestSite::netbootProblems_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no index") << QByteArray("\"index\": 137,") << QByteArray() << u"netboot.images[0]"_s
                              << u"needs its \"index\""_s;
    QTest::newRow("index 0") << QByteArray("\"index\": 137") << QByteArray("\"index\": 0")
                             << u"netboot.images[0].index"_s << u"0 is not an image index"_s;
    QTest::newRow("index too big") << QByteArray("\"index\": 137") << QByteArray("\"index\": 65536")
                                   << u"netboot.images[0].index"_s << u"65536 is not an image index"_s;
    QTest::newRow("index twice") << QByteArray("\"index\": 3,") << QByteArray("\"index\": 137,")
                                 << u"netboot.images[2].index"_s << u"index 137 is already netboot.images[0]'s"_s;
    QTest::newRow("name twice") << QByteArray("\"Apple Hardware Test\"") << QByteArray("\"The-Image\"")
                                << u"netboot.images[2].name"_s << u"is already the name of netboot.images[0]"_s;
    QTest::newRow("name too long") << QByteArray("\"Apple Hardware Test\"") << "\"" + QByteArray(249, 'x') + "\""
                                   << u"netboot.images[2].name"_s << u"BSDP carries at most 248"_s;
    QTest::newRow("bad kind") << QByteArray("\"hardware-test\"") << QByteArray("\"windows\"")
                              << u"netboot.images[2].kind"_s << u"\"windows\" is not an image kind"_s;
    QTest::newRow("install not a bool") << QByteArray("\"install\": false") << QByteArray("\"install\": \"no\"")
                                        << u"netboot.images[2].install"_s << u"expected a boolean"_s;
    QTest::newRow("model with a slash") << QByteArray("\"Macmini7,1\"") << QByteArray("\"i386/Macmini7,1\"")
                                        << u"netboot.images[0].models[1]"_s << u"is not a Mac model"_s;
    QTest::newRow("booter leaves the tree") << QByteArray("\"aht/booter.efi\"") << QByteArray("\"../booter.efi\"")
                                            << u"netboot.images[2].booter"_s << u"is not a path in what Rackside serves"_s;
    QTest::newRow("booter too long") << QByteArray("\"aht/booter.efi\"") << "\"aht/" + QByteArray(130, 'b') + "\""
                                     << u"netboot.images[2].booter"_s << u"the Mac's firmware reads at most 127"_s;
    QTest::newRow("unknown default") << QByteArray("\"defaultImage\": \"The-Image\"")
                                     << QByteArray("\"defaultImage\": \"Nope\"") << u"netboot.defaultImage"_s
                                     << u"no NetBoot image is called \"Nope\""_s;
    QTest::newRow("host pinned to nothing") << QByteArray("\"netbootImage\": \"The-Image\"")
                                            << QByteArray("\"netbootImage\": \"Gone\"")
                                            << u"hosts[0].netbootImage"_s << u"no NetBoot image is called \"Gone\""_s;
    QTest::newRow("priority") << QByteArray("40000") << QByteArray("70000") << u"netboot.priority"_s
                              << u"70000 is not a BSDP priority"_s;
    QTest::newRow("unknown key") << QByteArray("\"booter\":") << QByteArray("\"bootr\":")
                                 << u"netboot.images[2].bootr"_s << u"unknown key \"bootr\""_s;
}

void TestSite::netbootProblems()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QByteArray json = readFile(QFINDTESTDATA("data/site/netboot.json"));
    QCOMPARE(json.count(from), 1);
    json.replace(from, to);
    const auto result = SiteFile::parse(json, u"netboot.json"_s);
    QVERIFY(!result.document);
    QCOMPARE(result.problems.size(), 1);
    const auto &p = result.problems.first();
    QCOMPARE(p.field, field);
    QVERIFY2(p.message.contains(message), qPrintable(p.message));
    // Every problem names the file and a line inside it.
    QCOMPARE(p.file, u"netboot.json"_s);
    QVERIFY(p.line > 0);
}

void TestSite::roundTrip()
{
    QFETCH(QString, file);
    const auto loaded = SiteFile::load(QFINDTESTDATA(u"data/site/"_s + file));
    QVERIFY2(loaded.document, qPrintable(dump(loaded.problems)));

    const QByteArray json = SiteFile::serialize(*loaded.document);
    const auto again = SiteFile::parse(json, u"serialized.json"_s);
    QVERIFY2(again.document, qPrintable(dump(again.problems) + u'\n' + QString::fromUtf8(json)));
    QCOMPARE(*again.document, *loaded.document);
    QCOMPARE(SiteFile::serialize(*again.document), json);
}

void TestSite::roundTripAwkwardStrings()
{
    Document d;
    d.interfaceName = u"enp0s31f6"_s;
    Host host;
    host.mac = *Net::MacAddress::parse(u"52:54:00:ab:cd:ef");
    host.notes = u"rack 4 \"top\" \\ slot\n\tsecond line \u00e9\u2603 \x01"_s;
    host.menu = u"/slashes/ok"_s;
    d.hosts.append(host);

    const QByteArray json = SiteFile::serialize(d);
    const auto result = SiteFile::parse(json, u"awkward.json"_s);
    QVERIFY2(result.document, qPrintable(dump(result.problems)));
    QCOMPARE(result.document->hosts.first().notes, host.notes);
    QCOMPARE(*result.document, d);
}

void TestSite::serializeIsStable()
{
    const auto loaded = SiteFile::parse(m_example, u"example.json"_s);
    QVERIFY(loaded.document);
    const QByteArray expected = m_example;
    // The writer keeps the example's layout except that a host takes one line.
    QByteArray oneLineHost = expected;
    oneLineHost.replace("\"10.0.0.10\",\n      \"profile\"", "\"10.0.0.10\", \"menu\"");
    // A site from before menus gains the menu fields, empty, and "profile" is written as "menu".
    oneLineHost.replace("  },\n  \"hosts\"",
                        "  },\n  \"bootTree\": \"\",\n  \"menus\": [],\n  \"defaultMenu\": \"\",\n  \"hosts\"");
    QCOMPARE(SiteFile::serialize(*loaded.document), oneLineHost);
}

void TestSite::saveOverExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"site.json"_s);
    QVERIFY(writeFile(path, "old contents"));

    auto document = SiteFile::parse(m_example, u"example.json"_s).document;
    QVERIFY(document);
    document->hosts.first().notes = u"saved"_s;
    QString error;
    QVERIFY2(SiteFile::save(*document, path, &error), qPrintable(error));
    QCOMPARE(readFile(path), SiteFile::serialize(*document));
    const auto reloaded = SiteFile::load(path);
    QVERIFY(reloaded.document);
    QCOMPARE(*reloaded.document, *document);
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"site.json"_s});
}

void TestSite::saveIntoUnwritableDirectoryKeepsOldFile()
{
#ifndef Q_OS_LINUX
    QSKIP("uses Linux file attributes");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString locked = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkdir(locked));
    const QString path = locked + u"/site.json"_s;
    QVERIFY(writeFile(path, "old contents"));

    // Permissions do not stop root (CI runs as root); the immutable attribute does.
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    const bool immutable = ::geteuid() == 0 && setImmutable(locked, true);
    const auto restore = qScopeGuard([&] {
        if (immutable)
            setImmutable(locked, false);
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    {
        QFile probe(locked + u"/probe"_s);
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QSKIP("cannot make a directory unwritable here (root on a file system without chattr "
                  "+i)");
        }
    }

    const auto document = SiteFile::parse(m_example, u"example.json"_s).document;
    QVERIFY(document);
    QString error;
    QVERIFY(!SiteFile::save(*document, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readFile(path), QByteArray("old contents"));
#endif
}

void TestSite::saveIntoMissingDirectoryFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/dir/site.json"_s);
    QString error;
    QVERIFY(!SiteFile::save(Document(), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestSite::saveRefusesInvalidDocument()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"site.json"_s);
    QVERIFY(writeFile(path, "old contents"));

    Document document;
    document.dhcpMode = DhcpMode::Serve; // without a subnet
    document.leaseTime = 5;
    QString error;
    QVERIFY(!SiteFile::save(document, path, &error));
    QVERIFY2(error.contains(u"dhcp.subnet: a subnet is required"_s), qPrintable(error));
    QVERIFY2(error.contains(u"dhcp.leaseTime: 5 is out of range"_s), qPrintable(error));
    QCOMPARE(readFile(path), QByteArray("old contents"));
}

QTEST_GUILESS_MAIN(TestSite)
#include "tst_site.moc"
