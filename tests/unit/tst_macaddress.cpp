// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/macaddress.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Net::MacAddress;

Q_DECLARE_METATYPE(Net::MacAddress)

class TestMacAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void toString_data();
    void toString();
    void valueSemantics();
};

void TestMacAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    const QString qemu = u"52:54:00:12:34:56"_s;
    QTest::newRow("colons") << u"52:54:00:12:34:56"_s << qemu;
    QTest::newRow("dashes (Windows)") << u"52-54-00-12-34-56"_s << qemu;
    QTest::newRow("Cisco dots") << u"5254.0012.3456"_s << qemu;
    QTest::newRow("bare digits") << u"525400123456"_s << qemu;
    QTest::newRow("upper case") << u"DC:A6:32:AB:CD:EF"_s << u"dc:a6:32:ab:cd:ef"_s;
    QTest::newRow("mixed case dashes") << u"dc-A6-32-aB-Cd-EF"_s << u"dc:a6:32:ab:cd:ef"_s;
    QTest::newRow("Cisco upper case") << u"DCA6.32AB.CDEF"_s << u"dc:a6:32:ab:cd:ef"_s;
    QTest::newRow("surrounding blanks") << u"  52:54:00:12:34:56\t\n"_s << qemu;
    QTest::newRow("all zero") << u"00:00:00:00:00:00"_s << u"00:00:00:00:00:00"_s;
    QTest::newRow("broadcast") << u"ff:ff:ff:ff:ff:ff"_s << u"ff:ff:ff:ff:ff:ff"_s;
    QTest::newRow("leading zeros kept") << u"01:02:03:0a:0b:0c"_s << u"01:02:03:0a:0b:0c"_s;
}

void TestMacAddress::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto mac = MacAddress::parse(text);
    QVERIFY2(mac, qPrintable(text));
    QCOMPARE(mac->toString(), canonical);
    // The canonical form parses back to the same address.
    QCOMPARE(MacAddress::parse(canonical), mac);
}

void TestMacAddress::rejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("5 bytes") << u"52:54:00:12:34"_s;
    QTest::newRow("7 bytes") << u"52:54:00:12:34:56:78"_s;
    QTest::newRow("5 bytes bare") << u"5254001234"_s;
    QTest::newRow("7 bytes bare") << u"52540012345678"_s;
    QTest::newRow("8 bytes (EUI-64)") << u"52:54:00:ff:fe:12:34:56"_s;
    QTest::newRow("odd digit count") << u"52:54:00:12:34:5"_s;
    QTest::newRow("non-hex letter") << u"52:54:00:12:34:5g"_s;
    QTest::newRow("all non-hex") << u"zz:zz:zz:zz:zz:zz"_s;
    QTest::newRow("hex prefix") << u"0x5254:00123456"_s;
    QTest::newRow("hex prefixes everywhere") << u"0x0x0x0x0x0x"_s;
    QTest::newRow("sign") << u"+52:54:00:12:34:56"_s;
    QTest::newRow("mixed separators") << u"52:54-00:12-34:56"_s;
    QTest::newRow("separators in wrong places") << u"5:254:00:12:34:56"_s;
    QTest::newRow("single digit groups") << u"5:2:5:4:0:0:1:2:3:4:5:6"_s;
    QTest::newRow("Cisco groups with colons") << u"5254:0012:3456"_s;
    QTest::newRow("Cisco dots misplaced") << u"52540.012.3456"_s;
    QTest::newRow("dots between pairs") << u"52.54.00.12.34.56"_s;
    QTest::newRow("trailing separator") << u"52:54:00:12:34:56:"_s;
    QTest::newRow("leading separator") << u":52:54:00:12:34:56"_s;
    QTest::newRow("doubled separator") << u"52::54:00:12:34:56"_s;
    QTest::newRow("spaces as separators") << u"52 54 00 12 34 56"_s;
    QTest::newRow("full-width digits") << u"５２:５４:００:１２:３４:５６"_s;
    QTest::newRow("Arabic-Indic digits") << u"٥٢:٥٤:٠٠:١٢:٣٤:٥٦"_s;
    QTest::newRow("Greek letters") << u"αβ:54:00:12:34:56"_s;
    QTest::newRow("garbage") << u"hello, world!"_s;
    QTest::newRow("IPv4 address") << u"192.168.100.200"_s;
    QTest::newRow("NUL inside") << QString(u"52:54:00:12:34:56\0"_s);
}

void TestMacAddress::rejects()
{
    QFETCH(QString, text);
    const auto mac = MacAddress::parse(text);
    QVERIFY2(!mac, qPrintable(u"accepted as %1"_s.arg(mac ? mac->toString() : QString())));
}

void TestMacAddress::toString_data()
{
    QTest::addColumn<MacAddress>("mac");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("text");

    const MacAddress mac({0x52, 0x54, 0x00, 0xab, 0x0c, 0xef});
    QTest::newRow("colons") << mac << QChar(u':') << u"52:54:00:ab:0c:ef"_s;
    QTest::newRow("dashes for GRUB and PXELINUX files")
        << mac << QChar(u'-') << u"52-54-00-ab-0c-ef"_s;
    QTest::newRow("null") << MacAddress() << QChar(u':') << u"00:00:00:00:00:00"_s;
    QTest::newRow("broadcast") << MacAddress({0xff, 0xff, 0xff, 0xff, 0xff, 0xff}) << QChar(u':')
                               << u"ff:ff:ff:ff:ff:ff"_s;
}

void TestMacAddress::toString()
{
    QFETCH(MacAddress, mac);
    QFETCH(QChar, separator);
    QFETCH(QString, text);
    QCOMPARE(mac.toString(separator), text);
    QCOMPARE(MacAddress::parse(text), std::optional<MacAddress>(mac));
}

void TestMacAddress::valueSemantics()
{
    const quint8 raw[8] = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 0x99, 0x99};
    const MacAddress a = MacAddress::fromBytes(raw);
    QCOMPARE(a.toString(), u"52:54:00:12:34:56"_s);
    QVERIFY(!a.isNull());
    QVERIFY(MacAddress().isNull());

    const auto b = MacAddress::parse(u"5254.0012.3456"_s);
    const auto c = MacAddress::parse(u"52-54-00-12-34-56"_s);
    QVERIFY(b && c);
    QCOMPARE(*b, a);
    QCOMPARE(*c, a);
    QCOMPARE(qHash(*b), qHash(a));
    QSet<MacAddress> set = {a, *b, *c, MacAddress()};
    QCOMPARE(set.size(), qsizetype(2));

    const MacAddress lower({0x52, 0x54, 0x00, 0x12, 0x34, 0x55});
    QVERIFY(lower < a);
    QVERIFY(MacAddress() < lower);
}

QTEST_GUILESS_MAIN(TestMacAddress)
#include "tst_macaddress.moc"
