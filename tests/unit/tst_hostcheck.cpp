// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/document.h"
#include "sitecheck/hostcheck.h"
#include "sitecheck/sitevalidator.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Site;

using Field = HostCheck::Field;
using Status = HostCheck::Status;
using Mutation = std::function<void(Document &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(Site::HostCheck::Field)
Q_DECLARE_METATYPE(Site::HostCheck::Status)

namespace {

QHostAddress ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text));
}

Net::MacAddress mac(const char *text)
{
    return *Net::MacAddress::parse(QString::fromLatin1(text));
}

/// 10.0.0.0/24 with one dynamic range, server and router, two menus and
/// three hosts: one named with an address, one named without, one unnamed.
Document site()
{
    Document d;
    d.serverAddress = ip("10.0.0.1");
    d.dhcpMode = DhcpMode::Serve;
    d.subnetAddress = ip("10.0.0.0");
    d.subnetPrefix = 24;
    d.ranges = {{ip("10.0.0.100"), ip("10.0.0.199")}};
    d.router = ip("10.0.0.254");
    Site::Menu install;
    install.name = u"install"_s;
    install.entries = {{u"debian"_s, u"Install Debian"_s, u"d/linux"_s, {u"d/initrd.gz"_s}, {}},
                       {u"rescue"_s, u"Rescue"_s, u"d/linux"_s, {u"d/initrd.gz"_s}, u"rescue"_s}};
    Site::Menu local;
    local.name = u"local"_s;
    local.entries = {{u"disk"_s, u"Boot from disk"_s, u"tools/chain.c32"_s, {}, {}}};
    d.menus = {install, local};
    d.hosts.append({mac("00:23:32:2f:40:3c"), u"mp"_s, ip("10.0.0.10"), {}, {}, {}});
    d.hosts.append({mac("52:54:00:00:00:01"), u"vm1"_s, {}, u"install/debian"_s, {}, {}});
    d.hosts.append({mac("52:54:00:00:00:02"), {}, ip("10.0.0.12"), {}, {}, {}});
    return d;
}

} // namespace

class TestHostCheck : public QObject
{
    Q_OBJECT

private slots:
    void typed_data();
    void typed();
    void stored_data();
    void stored();
    void siteWithoutSubnetOrMenus();
    void sameMessagesAsSiteValidator();
};

// Text as the operator types it into hosts[row] (-1: a host being added).
void TestHostCheck::typed_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("message"); // a part of it; empty when Ok

    const auto macRow = [](const char *name, const QString &text, Status status, const QString &msg,
                        int row = 1) {
        QTest::addRow("mac: %s", name) << Field::Mac << row << text << status << msg;
    };
    macRow("colons", u"52:54:00:aa:bb:cc"_s, Status::Ok, {});
    macRow("dashes, upper case", u"52-54-00-AA-BB-CC"_s, Status::Ok, {});
    macRow("Cisco dots", u"5254.00aa.bbcc"_s, Status::Ok, {});
    macRow("bare digits", u"525400aabbcc"_s, Status::Ok, {});
    macRow("spaces around", u"  52:54:00:aa:bb:cc\t"_s, Status::Ok, {});
    macRow("its own address", u"52:54:00:00:00:01"_s, Status::Ok, {});
    macRow("empty", QString(), Status::Error, u"a MAC address is required"_s);
    macRow("only spaces", u"   "_s, Status::Error, u"a MAC address is required"_s);
    macRow("truncated", u"52:54:00:aa:bb"_s, Status::Error,
        u"\"52:54:00:aa:bb\" has 10 hex digit"_s);
    macRow("one digit short", u"52:54:00:aa:bb:c"_s, Status::Error, u"has 11 hex digit"_s);
    macRow("one group too many", u"52:54:00:aa:bb:cc:dd"_s, Status::Error, u"has 14 hex digit"_s);
    macRow("not hex", u"52:54:00:zz:bb:cc"_s, Status::Error,
        u"\"z\" at position 10 is not a hex digit or a separator"_s);
    macRow("space inside", u"52:54:00 aa:bb:cc"_s, Status::Error, u"a space at position 9"_s);
    macRow("control character", u"52:54:00:aa:bb:c\x01"_s, Status::Error,
        u"U+0001 at position 17"_s);
    macRow("full-width digit", u"\uff15\uff12:54:00:aa:bb:cc"_s, Status::Error,
        u"\"\uff15\" at position 1"_s);
    macRow("mixed separators", u"52:54-00:aa:bb:cc"_s, Status::Error,
        u"write the digits in pairs with one separator"_s);
    macRow("groups of three", u"525:400:aab:bcc"_s, Status::Error, u"or in fours (aabb.ccdd.eeff)"_s);
    macRow("all zeros", u"00:00:00:00:00:00"_s, Status::Error, u"is not a network card's address"_s);
    macRow("multicast", u"01:00:5e:00:00:01"_s, Status::Warning,
        u"01:00:5e:00:00:01 is a multicast address"_s);
    macRow("broadcast", u"FF:FF:FF:FF:FF:FF"_s, Status::Warning, u"is a multicast address"_s);
    macRow("another host's", u"00:23:32:2F:40:3C"_s, Status::Warning,
        u"00:23:32:2f:40:3c is already used by mp"_s);
    macRow("an unnamed host's", u"52:54:00:00:00:02"_s, Status::Warning,
        u"52:54:00:00:00:02 is already used by the host in row 3"_s, -1);
    macRow("a thousand digits", QString(1000, u'a'), Status::Error, u"has 1000 hex digit"_s);

    const auto address = [](const char *name, const QString &text, Status status,
                            const QString &msg, int row = 1) {
        QTest::addRow("ip: %s", name) << Field::Ip << row << text << status << msg;
    };
    address("fixed", u"10.0.0.20"_s, Status::Ok, {});
    address("none", QString(), Status::Ok, {});
    address("spaces around", u" 10.0.0.20 "_s, Status::Ok, {});
    address("its own address", u"10.0.0.10"_s, Status::Ok, {}, 0);
    address("just below the range", u"10.0.0.99"_s, Status::Ok, {});
    address("three parts", u"10.0.0"_s, Status::Error,
        u"\"10.0.0\" has 3 part"_s);
    address("five parts", u"10.0.0.1.2"_s, Status::Error, u"has 5 part"_s);
    address("a host name", u"pxe-01"_s, Status::Error, u"has 1 part"_s);
    address("empty part", u"10..0.1"_s, Status::Error, u"has an empty part between dots"_s);
    address("trailing dot", u"10.0.0."_s, Status::Error, u"has an empty part"_s);
    address("above 255", u"10.0.0.256"_s, Status::Error, u"\"256\" is above 255"_s);
    address("four digits", u"10.0.0.1000"_s, Status::Error, u"\"1000\" is above 255"_s);
    address("leading zero", u"10.0.0.020"_s, Status::Error,
        u"\"020\" starts with 0, which some tools read as an octal number"_s);
    address("letter", u"10.0.0.x"_s, Status::Error, u"\"x\" is not a number"_s);
    address("with a prefix", u"10.0.0.20/24"_s, Status::Error, u"\"20/24\" is not a number"_s);
    address("IPv6", u"fe80::1"_s, Status::Error, u"looks like an IPv6 address"_s);
    address("outside the subnet", u"10.0.1.20"_s, Status::Error,
        u"10.0.1.20 is outside the subnet 10.0.0.0/24"_s);
    address("network address", u"10.0.0.0"_s, Status::Error,
        u"10.0.0.0 is the network address of 10.0.0.0/24"_s);
    address("broadcast address", u"10.0.0.255"_s, Status::Error,
        u"10.0.0.255 is the broadcast address of 10.0.0.0/24"_s);
    address("inside the range", u"10.0.0.150"_s, Status::Error,
        u"10.0.0.150 is inside the dynamic range dhcp.ranges[0] (10.0.0.100-10.0.0.199)"_s);
    address("first of the range", u"10.0.0.100"_s, Status::Error, u"inside the dynamic range"_s);
    address("last of the range", u"10.0.0.199"_s, Status::Error, u"inside the dynamic range"_s);
    address("the server's", u"10.0.0.1"_s, Status::Error, u"10.0.0.1 is the server's own address"_s);
    address("the router's", u"10.0.0.254"_s, Status::Error, u"10.0.0.254 is the router's address"_s);
    address("another host's", u"10.0.0.10"_s, Status::Warning, u"10.0.0.10 is already used by mp"_s);
    address("an unnamed host's", u"10.0.0.12"_s, Status::Warning,
        u"10.0.0.12 is already used by 52:54:00:00:00:02"_s);
    address("a thousand digits", QString(1000, u'1'), Status::Error, u"has 1 part"_s);

    const auto name = [](const char *rowName, const QString &text, Status status,
                         const QString &msg, int row = 1) {
        QTest::addRow("hostname: %s", rowName) << Field::Hostname << row << text << status << msg;
    };
    name("plain", u"pxe-01"_s, Status::Ok, {});
    name("digits only", u"42"_s, Status::Ok, {});
    name("none", QString(), Status::Ok, {});
    name("63 characters", QString(63, u'a'), Status::Ok, {});
    name("its own name in capitals", u"VM1"_s, Status::Ok, {});
    name("64 characters", QString(64, u'a'), Status::Error,
         u"is 64 characters long; a host name has at most 63"_s);
    name("with the domain", u"pxe.rack.lan"_s, Status::Error,
         u"\"pxe.rack.lan\" contains a dot: enter the name alone"_s);
    name("underscore", u"pxe_01"_s, Status::Error,
         u"\"pxe_01\" contains \"_\"; a host name has only letters a-z, digits and '-'"_s);
    name("space", u"pxe 01"_s, Status::Error, u"contains a space"_s);
    name("non-ASCII", u"gr\u00f6\u00dfe"_s, Status::Error, u"contains \"\u00f6\""_s);
    name("NUL", u"pxe\u0000"_s, Status::Error, u"contains U+0000"_s);
    name("leading hyphen", u"-pxe"_s, Status::Error, u"\"-pxe\" starts or ends with '-'"_s);
    name("trailing hyphen", u"pxe-"_s, Status::Error, u"starts or ends with '-'"_s);
    name("another host's, other case", u"MP"_s, Status::Warning,
         u"\"MP\" is already used by 00:23:32:2f:40:3c"_s);
    name("a new host taking a name", u"vm1"_s, Status::Warning,
         u"\"vm1\" is already used by 52:54:00:00:00:01"_s, -1);
    name("a pasted novel", QString(5000, u'x') + u'.', Status::Error, u"x…\" contains a dot"_s);

    const auto menu = [](const char *rowName, const QString &text, Status status,
                         const QString &msg) {
        QTest::addRow("menu: %s", rowName) << Field::Menu << 1 << text << status << msg;
    };
    menu("default", QString(), Status::Ok, {});
    menu("a menu", u"install"_s, Status::Ok, {});
    menu("an entry", u"install/rescue"_s, Status::Ok, {});
    menu("another menu", u"local"_s, Status::Ok, {});
    menu("unknown", u"windows"_s, Status::Error, u"there is no menu called \"windows\""_s);
    menu("other case", u"Install"_s, Status::Error, u"there is no menu called \"Install\""_s);
    menu("unknown entry", u"install/windows"_s, Status::Error,
         u"menu \"install\" has no entry called \"windows\""_s);
    menu("no entry after the slash", u"install/"_s, Status::Error, u"has no entry called \"\""_s);
    menu("unknown menu and entry", u"nope/x"_s, Status::Error, u"no menu called \"nope\""_s);
}

void TestHostCheck::typed()
{
    QFETCH(Field, field);
    QFETCH(int, row);
    QFETCH(QString, text);
    QFETCH(Status, status);
    QFETCH(QString, message);

    const HostCheck::Result result = HostCheck::check(site(), row, field, text);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(result.status, status);
    QCOMPARE(result.message.isEmpty(), status == Status::Ok);
    // Whatever was typed, the message stays a sentence, not the input.
    QVERIFY2(result.message.size() < 200, qPrintable(result.message.left(300)));
}

// What the table shows for each cell of a site as it is stored.
void TestHostCheck::stored_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("row");
    QTest::addColumn<Field>("field");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("message");

    const Mutation none = [](Document &) {};
    QTest::newRow("fine") << none << 0 << Field::Ip << Status::Ok << QString();
    QTest::newRow("no row") << none << 7 << Field::Mac << Status::Ok << QString();
    QTest::newRow("no MAC") << Mutation([](Document &d) { d.hosts[1].mac = {}; }) << 1
                            << Field::Mac << Status::Error << u"a MAC address is required"_s;
    QTest::newRow("duplicate MAC, first") << Mutation([](Document &d) {
        d.hosts[2].mac = d.hosts[0].mac;
    }) << 0 << Field::Mac << Status::Warning << u"is already used by the host in row 3"_s;
    QTest::newRow("duplicate MAC, second") << Mutation([](Document &d) {
        d.hosts[2].mac = d.hosts[0].mac;
    }) << 2 << Field::Mac << Status::Warning << u"00:23:32:2f:40:3c is already used by mp"_s;
    QTest::newRow("name with spaces around") << Mutation([](Document &d) {
        d.hosts[1].hostname = u" vm1"_s;
    }) << 1 << Field::Hostname << Status::Error << u"contains a space"_s;
    QTest::newRow("IPv6 address") << Mutation([](Document &d) {
        d.hosts[1].ip = QHostAddress(u"fe80::1"_s);
    }) << 1 << Field::Ip << Status::Error << u"\"fe80::1\" is not an IPv4 address"_s;
    QTest::newRow("range moved over a host") << Mutation([](Document &d) {
        d.ranges.first().start = ip("10.0.0.5");
    }) << 0 << Field::Ip << Status::Error << u"inside the dynamic range"_s;
    QTest::newRow("menu removed") << Mutation([](Document &d) { d.menus.removeFirst(); }) << 1
                                  << Field::Menu << Status::Error
                                  << u"there is no menu called \"install\""_s;
}

void TestHostCheck::stored()
{
    QFETCH(Mutation, mutate);
    QFETCH(int, row);
    QFETCH(Field, field);
    QFETCH(Status, status);
    QFETCH(QString, message);

    Document d = site();
    mutate(d);
    const HostCheck::Result result = HostCheck::check(d, row, field);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(result.status, status);
}

void TestHostCheck::siteWithoutSubnetOrMenus()
{
    Document d;
    d.hosts.append({mac("52:54:00:00:00:01"), u"vm1"_s, {}, u"legacy"_s, {}, {}});
    // Any IPv4 address will do without a subnet; only the syntax is checked.
    QVERIFY(HostCheck::check(d, 0, Field::Ip, u"192.168.7.7"_s).isOk());
    QVERIFY(HostCheck::check(d, 0, Field::Ip, u"192.168.7"_s).isError());
    // Older sites name a profile and have no menus: a warning, not an error.
    const HostCheck::Result menu = HostCheck::check(d, 0, Field::Menu);
    QCOMPARE(menu.status, Status::Warning);
    QVERIFY(menu.message.contains(u"the site has no menus, so \"legacy\" boots"_s));
}

// SiteValidator and HostCheck share their address rules: the editor says
// what loading the site would say.
void TestHostCheck::sameMessagesAsSiteValidator()
{
    QCOMPARE(SiteValidator::validate(site()), QList<Problem>());
    for (const char *address : {"10.0.0.150", "10.0.1.20", "10.0.0.0", "10.0.0.255", "10.0.0.1",
                                "10.0.0.254"}) {
        Document d = site();
        d.hosts[1].ip = ip(address);
        const QList<Problem> problems = SiteValidator::validate(d);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"hosts[1].ip"_s);
        const HostCheck::Result result = HostCheck::check(d, 1, Field::Ip);
        QCOMPARE(result.status, Status::Error);
        QCOMPARE(result.message, problems.first().message);
    }
    Document d = site();
    d.router = ip("10.0.0.120");
    const QList<Problem> problems = SiteValidator::validate(d);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().message, HostCheck::fixedAddressProblem(d, d.router));
}

QTEST_GUILESS_MAIN(TestHostCheck)
#include "tst_hostcheck.moc"
