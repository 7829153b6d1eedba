// SPDX-License-Identifier: GPL-3.0-or-later
// BSDP's option-43 codec (Bsdp::VendorOptions), image ids and the Mac's
// vendor class: good, truncated and hostile input, long image lists.
#include "bsdp/clientclass.h"
#include "bsdp/vendoroptions.h"
#include "dhcp/message.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Bsdp;

class TestBsdpCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageIds();
    void decode_data();
    void decode();
    void encodeOrder();
    void longListSplits_data();
    void longListSplits();
    void instancesSurviveTheDhcpCodec();
    void clientClass_data();
    void clientClass();
};

void TestBsdpCodec::imageIds()
{
    const ImageId id = ImageId::make(137, ImageKind::MacOsX, true);
    QCOMPARE(id.value, 0x81000089u);
    QCOMPARE(id.index(), 137);
    QCOMPARE(id.kind(), quint8(ImageKind::MacOsX));
    QVERIFY(id.install());
    QCOMPARE(id.attributes(), 0x8100);
    QCOMPARE(id.toString(), u"0x81000089"_s);
    QCOMPARE(ImageId::make(4096, ImageKind::HardwareTest, false).value, 0x03001000u);
    QCOMPARE(ImageId::make(65535, ImageKind::MacOsXServer, false).value, 0x0200ffffu);
    QVERIFY(ImageId{0x81000000}.isNull());
    for (const auto kind : {ImageKind::MacOs9, ImageKind::MacOsX, ImageKind::MacOsXServer, ImageKind::HardwareTest})
        QCOMPARE(imageKindFromName(imageKindName(kind)), kind);
    QVERIFY(!imageKindFromName(u"windows"_s));
}

void TestBsdpCodec::decode_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error"); // part of the message when not ok
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("images");

    auto row = [](const char *name, const char *hex, bool ok, const QString &error = {}, int type = 0, int images = 0) {
        QTest::newRow(name) << QByteArray::fromHex(hex) << ok << error << type << images;
    };
    // What Macs and Apple's server send.
    row("Mac LIST: type, version, reply port, size", "010101 02020101 050203fe 0c0205dc", true, {}, 1, 0);
    row("Mac SELECT", "010102 02020101 03040a000001 080481000089 050203fe", true, {}, 2, 0);
    row("reference ACK[LIST]", "010101 04028000 070481000089 090e81000089095468652d496d616765", true, {}, 1, 1);
    row("reference ACK[SELECT]", "010102 080481000089 82095468652d496d616765", true, {}, 2, 0);
    row("FAILED", "010103", true, {}, 3, 0);
    row("DISCOVER: version only", "02020101", true, {}, 0, 0);
    row("empty", "", true, {}, 0, 0);
    row("pad and end", "00 00 010101 ff 0101ff", true, {}, 1, 0);
    row("zero-length image list", "010101 0900", true, {}, 1, 0);
    row("two image lists joined", "010101 0906 0100000101 41 0906 0100000201 42", true, {}, 1, 2);
    row("empty name", "010101 0905 0100000100", true, {}, 1, 1);
    row("unknown sub-options skipped", "010101 0603 616263 fe0100", true, {}, 1, 0);
    row("attribute filter", "010101 0b0481000100", true, {}, 1, 0);
    row("netboot 1.0 firmware", "010101 0a00", true, {}, 1, 0);
    // Hostile and broken.
    row("length past the end", "010101 0910 81000089 09", false, u"says 16 bytes, only 5 follow"_s);
    row("no length byte", "010101 09", false, u"has no length"_s);
    row("entry cut short", "010101 0903 810000", false, u"cut short"_s);
    row("name past the entry", "010101 0907 8100008909 4142", false, u"names 9 bytes, only 2 follow"_s);
    row("type too long", "01020101", false, u"is 2 bytes long, not 1"_s);
    row("type 0", "010100", false, u"is not LIST, SELECT or FAILED"_s);
    row("type 4", "010104", false, u"is not LIST, SELECT or FAILED"_s);
    row("version 1 byte", "020101", false, u"not 2"_s);
    row("server id 3 bytes", "03030a0000", false, u"not 4"_s);
    row("selected image 5 bytes", "08058100008900", false, u"not 4"_s);
    row("odd filter", "0b03810001", false, u"odd length"_s);
    row("length 255 of nothing", "09ff", false, u"says 255 bytes, only 0 follow"_s);
}

void TestBsdpCodec::decode()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    QFETCH(int, type);
    QFETCH(int, images);
    QString why;
    const auto o = VendorOptions::decode(data, &why);
    QCOMPARE(bool(o), ok);
    if (!ok) {
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QCOMPARE(int(o->type), type);
    QCOMPARE(o->images.size(), images);
    // Whatever decodes encodes and decodes to the same values.
    QByteArray again;
    for (const QByteArray &i : o->encode()) {
        QVERIFY(i.size() <= 255);
        again += i;
    }
    const auto back = VendorOptions::decode(again, &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(*back, *o);
}

void TestBsdpCodec::encodeOrder()
{
    // The reference dhcpd.conf's order, which Apple's server writes too.
    VendorOptions list;
    list.type = MessageType::List;
    list.priority = 32768;
    list.defaultImage = ImageId{0x81000089};
    list.hasImageList = true;
    list.images = {{ImageId{0x81000089}, "The-Image"}};
    QCOMPARE(list.encode(), QList<QByteArray>{QByteArray::fromHex(
                                "0101010402800007048100008909" "0e81000089095468652d496d616765")});
    VendorOptions select;
    select.type = MessageType::Select;
    select.selectedImage = ImageId{0x81000089};
    select.machineName = "The-Image";
    QCOMPARE(select.encode(), QList<QByteArray>{QByteArray::fromHex("010102080481000089" "82095468652d496d616765")});
    VendorOptions failed;
    failed.type = MessageType::Failed;
    QCOMPARE(failed.encode(), QList<QByteArray>{QByteArray::fromHex("010103")});
    // An image list with no images is still said (zero length), not dropped.
    VendorOptions none;
    none.hasImageList = true;
    QCOMPARE(none.encode(), QList<QByteArray>{QByteArray::fromHex("0900")});
}

void TestBsdpCodec::longListSplits_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("nameLength");
    QTest::newRow("300 images, short names") << 300 << 9;
    QTest::newRow("300 images, 40-byte names") << 300 << 40;
    QTest::newRow("20 images, longest names") << 20 << VendorOptions::MaxNameBytes;
    QTest::newRow("51 images, 0-byte names") << 51 << 0;
}

void TestBsdpCodec::longListSplits()
{
    QFETCH(int, count);
    QFETCH(int, nameLength);
    VendorOptions o;
    o.type = MessageType::List;
    o.priority = 32768;
    o.defaultImage = ImageId::make(1, ImageKind::MacOsX, true);
    o.hasImageList = true;
    for (int i = 1; i <= count; ++i) {
        QByteArray name = u"Image-%1-"_s.arg(i).toUtf8();
        name = name.leftJustified(nameLength, 'x', true);
        o.images.append({ImageId::make(quint16(i), ImageKind::MacOsX, i % 2), name});
    }
    const QList<QByteArray> instances = o.encode();
    QByteArray joined;
    for (const QByteArray &instance : instances) {
        QVERIFY(instance.size() <= 255);
        // Every instance holds whole sub-options, and every image list
        // sub-option whole entries: each instance decodes on its own.
        QString why;
        const auto alone = VendorOptions::decode(instance, &why);
        QVERIFY2(alone, qPrintable(why));
        joined += instance;
    }
    QVERIFY(instances.size() > 1 || count * (5 + nameLength) < 240);
    const auto back = VendorOptions::decode(joined);
    QVERIFY(back);
    QCOMPARE(back->images, o.images);
    QCOMPARE(VendorOptions::wireSize(instances), joined.size() + 2 * instances.size());
}

void TestBsdpCodec::instancesSurviveTheDhcpCodec()
{
    // The DHCP codec keeps the cuts BSDP chose, and a receiver joins them.
    VendorOptions o;
    o.type = MessageType::List;
    o.hasImageList = true;
    for (int i = 1; i <= 60; ++i)
        o.images.append({ImageId::make(quint16(i), ImageKind::MacOsX, true), u"Image %1"_s.arg(i).toUtf8()});
    const QList<QByteArray> instances = o.encode();
    QVERIFY(instances.size() >= 3);
    Dhcp::Message m;
    m.op = 2;
    m.options.setU8(Dhcp::Option::MessageType, 5);
    m.options.setInstances(Dhcp::Option::VendorSpecific, instances);
    const auto back = Dhcp::Message::decode(m.encode(1472));
    QVERIFY(back);
    QList<qsizetype> sizes;
    for (const QByteArray &i : instances)
        sizes.append(i.size());
    QCOMPARE(back->options.instanceSizes(Dhcp::Option::VendorSpecific), sizes);
    QCOMPARE(VendorOptions::decode(*back->options.value(Dhcp::Option::VendorSpecific))->images, o.images);
}

void TestBsdpCodec::clientClass_data()
{
    QTest::addColumn<QByteArray>("vendor");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QString>("model");
    QTest::newRow("Intel MacBook Pro") << "AAPLBSDPC/i386/MacBookPro11,1"_ba << true << u"i386"_s << u"MacBookPro11,1"_s;
    QTest::newRow("PowerPC") << "AAPLBSDPC/ppc/PowerMac7,2"_ba << true << u"ppc"_s << u"PowerMac7,2"_s;
    QTest::newRow("class alone") << "AAPLBSDPC"_ba << true << QString() << QString();
    QTest::newRow("arch only") << "AAPLBSDPC/i386"_ba << true << u"i386"_s << QString();
    QTest::newRow("NUL inside") << QByteArray("AAPLBSDPC/i386/Mac\0Pro", 22) << false << QString() << QString();
    QTest::newRow("line feed") << "AAPLBSDPC/i386/Mac\nPro"_ba << false << QString() << QString();
    QTest::newRow("escape sequence in the model") << "AAPLBSDPC/i386/Mac\x1b[2JPro\r"_ba << true << u"i386"_s
                                                  << u"Mac?[2JPro?"_s;
    QTest::newRow("C1 control") << "AAPLBSDPC/i386/Mac\xc2\x9bX"_ba << true << u"i386"_s << u"Mac?X"_s;
    QTest::newRow("another class") << "AAPLBSDPCX/i386/Mac"_ba << false << QString() << QString();
    QTest::newRow("PXE") << "PXEClient:Arch:00007"_ba << false << QString() << QString();
}

void TestBsdpCodec::clientClass()
{
    QFETCH(QByteArray, vendor);
    QFETCH(bool, ok);
    QFETCH(QString, arch);
    QFETCH(QString, model);
    const auto c = ClientClass::parse(vendor);
    QCOMPARE(bool(c), ok);
    if (!c)
        return;
    QCOMPARE(c->arch, arch);
    QCOMPARE(c->model, model);
}

QTEST_GUILESS_MAIN(TestBsdpCodec)
#include "tst_bsdpcodec.moc"
