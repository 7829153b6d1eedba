// SPDX-License-Identifier: GPL-3.0-or-later
// Mac NetBoot through Dhcp::Responder: ACK[LIST] and ACK[SELECT] equal the
// reference dhcpd.conf's hand-written bytes, and every BSDP delivery rule.
#include "bsdp/vendoroptions.h"
#include "dhcp/responder.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Dhcp;
using To = Responder::Reply::To;

namespace {

quint32 ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv4Address();
}

const Net::MacAddress MacA({0x00, 0x23, 0x32, 0x2f, 0x40, 0x3c});
const Net::MacAddress MacB({0xa8, 0x20, 0x66, 0x34, 0xff, 0xe9});
const Bsdp::ImageId TheImage{0x81000089};

/// The option-43 payloads the reference dhcpd.conf hard-codes, in file order:
/// the DISCOVER reply, ACK[LIST], ACK[SELECT].
QList<QByteArray> referencePayloads()
{
    QFile f(QStringLiteral(RACKSIDE_TEST_DATA "/reference-dhcpd.conf"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QList<QByteArray> out;
    static const QRegularExpression block(u"(?<!\\()option vendor-encapsulated-options(.*?);"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(u"#[^\\n]*"_s);
    for (const auto &m : block.globalMatch(text)) {
        QString bytes = m.captured(1);
        bytes.remove(comment);
        bytes.remove(QRegularExpression(u"[\\s:]"_s));
        out.append(QByteArray::fromHex(bytes.toLatin1()));
    }
    return out;
}

struct Mac
{
    Net::MacAddress mac = MacA;
    QByteArray vendor = "AAPLBSDPC/i386/MacBookPro11,1";
    MessageType type = MessageType::Inform;
    quint32 ciaddr = ip("10.0.0.50");
    QByteArray bsdp; // option 43
    int maxSize = -1; // option 57

    Message message() const
    {
        Message m;
        m.xid = 0xb5d90001;
        m.setMac(mac);
        m.ciaddr = ciaddr;
        m.options.setU8(Option::MessageType, quint8(type));
        m.options.set(Option::ParameterList, QByteArray::fromHex("0103112b3c"));
        if (maxSize >= 0)
            m.options.setU16(Option::MaxMessageSize, quint16(maxSize));
        m.options.set(Option::VendorClass, vendor);
        if (!bsdp.isNull())
            m.options.set(Option::VendorSpecific, bsdp);
        return m;
    }
};

QByteArray listRequest(const char *extraHex = "")
{
    return QByteArray::fromHex("010101 02020101") + QByteArray::fromHex(extraHex);
}

QByteArray selectRequest(quint32 server, quint32 image, const char *extraHex = "")
{
    QByteArray b = QByteArray::fromHex("010102 02020101 0304");
    b += QByteArray(4, '\0');
    qToBigEndian(server, b.data() + b.size() - 4);
    b += QByteArray::fromHex("0804") + QByteArray(4, '\0');
    qToBigEndian(image, b.data() + b.size() - 4);
    return b + QByteArray::fromHex(extraHex);
}

BsdpResponder::Image image(quint32 id, const QString &name, QStringList models = {})
{
    return {Bsdp::ImageId{id}, name, models, u"boot/grub/x86_64-efi/mac.efi"_s, QString()};
}

Responder::Settings settings(Responder::Mode mode, QList<BsdpResponder::Image> images = {image(0x81000089, u"The-Image"_s)})
{
    Responder::Settings s;
    s.mode = mode;
    s.serverAddress = ip("10.0.0.1");
    s.subnetMask = ip("255.255.255.0");
    s.bsdp.images = images;
    return s;
}

LeasePool::Config poolConfig()
{
    LeasePool::Config c;
    c.network = ip("10.0.0.0");
    c.mask = ip("255.255.255.0");
    c.ranges = {{ip("10.0.0.100"), ip("10.0.0.120")}};
    return c;
}

Bsdp::VendorOptions bsdpOf(const Message &m)
{
    const auto raw = m.options.value(Option::VendorSpecific);
    if (!raw)
        return {};
    return Bsdp::VendorOptions::decode(*raw).value_or(Bsdp::VendorOptions());
}

} // namespace

class TestBsdpResponder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceBytes_data();
    void referenceBytes();
    void deliveryRules_data();
    void deliveryRules();
    void selectForAnotherServer();
    void failedForUnknownImages();
    void oldClientsGetNoList();
    void attributeFilterAndModels();
    void messageSize_data();
    void messageSize();
    void offerOnLaterBoots();
    void servingModeGivesAddressAndImage();
    void pinnedHost();
    void malformedOption43IsDropped();
    void defaultImageFallsBack();
    void bindingsAreBounded();
    void timeline();
};

void TestBsdpResponder::referenceBytes_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("serve") << int(Responder::Mode::Serve);
    QTest::newRow("proxy") << int(Responder::Mode::Proxy);
    QTest::newRow("BSDP only") << int(Responder::Mode::Bsdp);
}

void TestBsdpResponder::referenceBytes()
{
    QFETCH(int, mode);
    const QList<QByteArray> reference = referencePayloads();
    QCOMPARE(reference.size(), 3);
    QCOMPARE(reference[1].toHex(' '), "01 01 01 04 02 80 00 07 04 81 00 00 89 09 0e 81 00 00 89 09 54 68 65 2d 49 6d 61 67 65");
    LeasePool pool(poolConfig());
    Responder r(settings(Responder::Mode(mode)), &pool);

    Mac list;
    list.bsdp = listRequest();
    auto out = r.handle(list.message(), Responder::Socket::Server, 1000);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->message.options.value(Option::VendorSpecific)->toHex(' '), reference[1].toHex(' '));

    Mac select;
    select.bsdp = selectRequest(ip("10.0.0.1"), TheImage.value);
    out = r.handle(select.message(), Responder::Socket::Server, 2000);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->message.options.value(Option::VendorSpecific)->toHex(' '), reference[2].toHex(' '));
    QCOMPARE(out.reply->message.file, "boot/grub/x86_64-efi/mac.efi");
    QCOMPARE(out.reply->message.siaddr, ip("10.0.0.1"));

    // The next boot's DISCOVER: the reference's "08:04:81:00:00:89".
    Mac discover;
    discover.type = MessageType::Discover;
    discover.ciaddr = 0;
    discover.bsdp = QByteArray::fromHex("02020101");
    out = r.handle(discover.message(), Responder::Socket::Server, 3000);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->message.type(), MessageType::Offer);
    QCOMPARE(out.reply->message.options.value(Option::VendorSpecific)->toHex(' '), reference[0].toHex(' '));
    QCOMPARE(out.reply->message.file, "boot/grub/x86_64-efi/mac.efi");
}

void TestBsdpResponder::deliveryRules_data()
{
    QTest::addColumn<QByteArray>("extra"); // more BSDP sub-options in the LIST
    QTest::addColumn<quint32>("giaddr");
    QTest::addColumn<int>("to");
    QTest::addColumn<quint32>("address");
    QTest::addColumn<int>("port"); // 0: the client port
    QTest::newRow("no reply port: 68") << QByteArray() << 0u << int(To::Unicast) << ip("10.0.0.50") << 0;
    QTest::newRow("reply port 1022") << QByteArray::fromHex("050203fe") << 0u << int(To::Unicast) << ip("10.0.0.50") << 1022;
    QTest::newRow("reply port 993") << QByteArray::fromHex("050203e1") << 0u << int(To::Unicast) << ip("10.0.0.50") << 993;
    QTest::newRow("reply port 1024 refused") << QByteArray::fromHex("05020400") << 0u << int(To::Unicast) << ip("10.0.0.50") << 0;
    QTest::newRow("reply port 0") << QByteArray::fromHex("05020000") << 0u << int(To::Unicast) << ip("10.0.0.50") << 0;
    // RFC 2131 4.3.5: an INFORM is answered to ciaddr even through a relay,
    // which would lose the reply port.
    QTest::newRow("through a relay") << QByteArray::fromHex("050203fe") << ip("10.1.0.1") << int(To::Unicast) << ip("10.0.0.50") << 1022;
}

void TestBsdpResponder::deliveryRules()
{
    QFETCH(QByteArray, extra);
    QFETCH(quint32, giaddr);
    QFETCH(int, to);
    QFETCH(quint32, address);
    QFETCH(int, port);
    Responder r(settings(Responder::Mode::Bsdp), nullptr);
    Mac mac;
    mac.bsdp = listRequest() + extra;
    Message request = mac.message();
    request.giaddr = giaddr;
    const auto out = r.handle(request, Responder::Socket::Server, 1000);
    QVERIFY(out.reply);
    const Message &m = out.reply->message;
    QCOMPARE(int(out.reply->to), to);
    QCOMPARE(out.reply->address, address);
    QCOMPARE(int(out.reply->port), port);
    QCOMPARE(m.type(), MessageType::Ack);
    QCOMPARE(m.ciaddr, ip("10.0.0.50")); // the Mac drops a reply with another ciaddr
    QCOMPARE(m.yiaddr, 0u);
    QCOMPARE(m.xid, 0xb5d90001u);
    QCOMPARE(*m.options.value(Option::VendorClass), "AAPLBSDPC"); // exactly, or the Mac drops it
    QCOMPARE(*m.options.u32(Option::ServerId), ip("10.0.0.1"));
    QVERIFY(m.file.isEmpty());
}

void TestBsdpResponder::selectForAnotherServer()
{
    Responder r(settings(Responder::Mode::Proxy), nullptr);
    Mac select;
    select.bsdp = selectRequest(ip("10.0.0.1"), TheImage.value);
    QVERIFY(r.handle(select.message(), Responder::Socket::Server, 1000).reply);
    Mac discover;
    discover.type = MessageType::Discover;
    discover.ciaddr = 0;
    QVERIFY(r.handle(discover.message(), Responder::Socket::Server, 2000).reply); // bound here

    // The Mac now chooses another server: silence, and our binding goes.
    select.bsdp = selectRequest(ip("10.0.0.2"), TheImage.value);
    const auto out = r.handle(select.message(), Responder::Socket::Server, 3000);
    QVERIFY(!out.reply);
    QVERIFY(out.events.last().summary.contains(u"chose server 10.0.0.2"_s));
    QVERIFY(!r.handle(discover.message(), Responder::Socket::Server, 4000).reply);
    // A SELECT naming no server is not for us either.
    select.bsdp = QByteArray::fromHex("010102 080481000089");
    QVERIFY(!r.handle(select.message(), Responder::Socket::Server, 5000).reply);
}

void TestBsdpResponder::failedForUnknownImages()
{
    Responder r(settings(Responder::Mode::Bsdp, {image(0x81000089, u"The-Image"_s, {u"Macmini7,1"_s})}), nullptr);
    for (const quint32 id : {0x81000099u, 0x81000089u /* not for a MacBookPro11,1 */}) {
        Mac select;
        select.bsdp = selectRequest(ip("10.0.0.1"), id);
        const auto out = r.handle(select.message(), Responder::Socket::Server, 1000);
        QVERIFY(out.reply);
        QCOMPARE(out.reply->message.options.value(Option::VendorSpecific)->toHex(), "010103");
        QVERIFY(out.reply->message.file.isEmpty());
        QCOMPARE(out.events.last().kind, Timeline::BootEvent::Kind::AckFailed);
        QCOMPARE(out.events.last().severity, Timeline::BootEvent::Severity::Warning);
    }
}

void TestBsdpResponder::oldClientsGetNoList()
{
    Responder r(settings(Responder::Mode::Bsdp), nullptr);
    Mac mac;
    mac.bsdp = QByteArray::fromHex("010101 02020100");
    const auto out = r.handle(mac.message(), Responder::Socket::Server, 1000);
    QVERIFY(out.reply);
    const auto b = bsdpOf(out.reply->message);
    QCOMPARE(b.type, Bsdp::MessageType::List);
    QVERIFY(!b.hasImageList);
    QCOMPARE(b.defaultImage, TheImage);
}

void TestBsdpResponder::attributeFilterAndModels()
{
    const QList<BsdpResponder::Image> images = {
        image(0x81000001, u"Install 10.13"_s),                              // install, macOS X
        image(0x01000002, u"NetBoot 10.13"_s),                              // not install
        image(0x03000003, u"Hardware Test"_s, {u"MacBookPro11,1"_s}),       // diagnostics for one model
        image(0x81000004, u"Install for minis"_s, {u"Macmini7,1"_s}),
    };
    Responder r(settings(Responder::Mode::Bsdp, images), nullptr);
    auto names = [&](const QByteArray &extra, const QByteArray &vendor = "AAPLBSDPC/i386/MacBookPro11,1") {
        Mac mac;
        mac.vendor = vendor;
        mac.bsdp = listRequest() + extra;
        const auto out = r.handle(mac.message(), Responder::Socket::Server, 1000);
        QStringList list;
        if (!out.reply)
            return QStringList{u"(silent)"_s};
        for (const auto &i : bsdpOf(out.reply->message).images)
            list << QString::fromUtf8(i.name);
        return list;
    };
    QCOMPARE(names({}), (QStringList{u"Install 10.13"_s, u"NetBoot 10.13"_s, u"Hardware Test"_s}));
    QCOMPARE(names({}, "AAPLBSDPC/i386/Macmini7,1"),
             (QStringList{u"Install 10.13"_s, u"NetBoot 10.13"_s, u"Install for minis"_s}));
    QCOMPARE(names(QByteArray::fromHex("0b028100")), (QStringList{u"Install 10.13"_s}));
    QCOMPARE(names(QByteArray::fromHex("0b0401000300")), (QStringList{u"NetBoot 10.13"_s, u"Hardware Test"_s}));
    // No image matches the filter: a server with nothing to offer stays silent.
    QCOMPARE(names(QByteArray::fromHex("0b020200")), (QStringList{u"(silent)"_s}));
    // An empty filter list filters nothing.
    QCOMPARE(names(QByteArray::fromHex("0b00")).size(), 3);
}

void TestBsdpResponder::messageSize_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("option57");
    QTest::addColumn<int>("maxSize");
    QTest::newRow("default 576") << QByteArray() << -1 << 548;
    QTest::newRow("option 57 = 1500") << QByteArray() << 1500 << 1472;
    QTest::newRow("option 57 = 9000: one Ethernet frame") << QByteArray() << 9000 << 1472;
    QTest::newRow("BSDP option 12 = 1200 over 57") << QByteArray::fromHex("0c0204b0") << 1500 << 1172;
    QTest::newRow("option 12 below 576") << QByteArray::fromHex("0c020100") << -1 << 548;
}

void TestBsdpResponder::messageSize()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, option57);
    QFETCH(int, maxSize);
    QList<BsdpResponder::Image> images;
    for (int i = 1; i <= 300; ++i)
        images.append(image(0x81000000u | quint32(i), u"Install macOS image number %1"_s.arg(i)));
    Responder r(settings(Responder::Mode::Bsdp, images), nullptr);
    Mac mac;
    mac.bsdp = listRequest() + extra;
    mac.maxSize = option57;
    const auto out = r.handle(mac.message(), Responder::Socket::Server, 1000);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->maxSize, maxSize);
    const QByteArray wire = out.reply->message.encode(out.reply->maxSize);
    QVERIFY(wire.size() <= std::max(maxSize, 300));
    // The list is as long as fits, whole entries only, and what was sent is
    // what the Mac reads back after joining the option-43 instances.
    const auto back = Message::decode(wire);
    QVERIFY(back);
    const auto sent = bsdpOf(*back);
    const qsizetype n = sent.images.size();
    QVERIFY2(n > 0 && n < 300, qPrintable(QString::number(n)));
    for (qsizetype i = 0; i < n; ++i)
        QCOMPARE(sent.images[i].name, images[i].name.toUtf8());
    for (const qsizetype size : back->options.instanceSizes(Option::VendorSpecific))
        QVERIFY(size <= 255);
    // One more image would not have fit.
    const int entry = 5 + int(images[n].name.toUtf8().size());
    // The next entry needs a new sub-option 9 and option-43 instance at worst
    // (2 + 2 bytes), and 3 bytes stay free for option 52.
    QVERIFY2(wire.size() + entry + 2 + 2 + 3 > maxSize || wire.size() <= 300,
             qPrintable(u"%1 bytes, %2 images, next entry %3"_s.arg(wire.size()).arg(n).arg(entry)));
    QVERIFY(out.events.last().summary.contains(u"of 300 images"_s));
}

void TestBsdpResponder::offerOnLaterBoots()
{
    Responder r(settings(Responder::Mode::Bsdp), nullptr);
    Mac discover;
    discover.type = MessageType::Discover;
    discover.ciaddr = 0;
    discover.bsdp = QByteArray::fromHex("02020101");
    // Not bound yet: another server's business.
    QVERIFY(!r.handle(discover.message(), Responder::Socket::Server, 1000).reply);
    Mac select;
    select.bsdp = selectRequest(ip("10.0.0.1"), TheImage.value);
    QVERIFY(r.handle(select.message(), Responder::Socket::Server, 2000).reply);
    const auto out = r.handle(discover.message(), Responder::Socket::Server, 3000);
    QVERIFY(out.reply);
    const Message &m = out.reply->message;
    QCOMPARE(m.type(), MessageType::Offer);
    QCOMPARE(m.yiaddr, 0u);
    QCOMPARE(m.ciaddr, 0u);
    QCOMPARE(int(out.reply->to), int(To::Broadcast));
    QCOMPARE(bsdpOf(m).selectedImage, TheImage);
    QCOMPARE(*m.options.value(Option::VendorClass), "AAPLBSDPC");
    // "It sends nothing for DHCPREQUEST."
    Mac request = discover;
    request.type = MessageType::Request;
    QVERIFY(!r.handle(request.message(), Responder::Socket::Server, 4000).reply);
    // Another Mac is not bound.
    discover.mac = MacB;
    QVERIFY(!r.handle(discover.message(), Responder::Socket::Server, 5000).reply);
}

void TestBsdpResponder::servingModeGivesAddressAndImage()
{
    LeasePool pool(poolConfig());
    Responder r(settings(Responder::Mode::Serve), &pool);
    Mac discover;
    discover.type = MessageType::Discover;
    discover.ciaddr = 0;
    discover.bsdp = QByteArray::fromHex("02020101");
    // A first boot: an address, no boot file and no complaint about one.
    auto out = r.handle(discover.message(), Responder::Socket::Server, 1000);
    QVERIFY(out.reply);
    QVERIFY(out.reply->message.yiaddr);
    QVERIFY(out.reply->message.file.isEmpty());
    for (const auto &e : out.events)
        QVERIFY2(e.kind != Timeline::BootEvent::Kind::NoBootFile, qPrintable(e.summary));
    // An INFORM without a BSDP type is a plain DHCP INFORM.
    Mac inform;
    inform.bsdp = QByteArray::fromHex("02020101");
    out = r.handle(inform.message(), Responder::Socket::Server, 1500);
    QVERIFY(out.reply);
    QVERIFY(!out.reply->message.options.contains(Option::VendorSpecific));
    // After a SELECT, the OFFER carries both the address and the image.
    Mac select;
    select.bsdp = selectRequest(ip("10.0.0.1"), TheImage.value);
    QVERIFY(r.handle(select.message(), Responder::Socket::Server, 2000).reply);
    out = r.handle(discover.message(), Responder::Socket::Server, 3000);
    QVERIFY(out.reply);
    QVERIFY(out.reply->message.yiaddr);
    QCOMPARE(out.reply->message.file, "boot/grub/x86_64-efi/mac.efi");
    QCOMPARE(bsdpOf(out.reply->message).selectedImage, TheImage);
}

void TestBsdpResponder::pinnedHost()
{
    auto s = settings(Responder::Mode::Bsdp, {image(0x81000001, u"First"_s), image(0x81000002, u"Pinned"_s)});
    s.bsdp.pinned.insert(MacA, Bsdp::ImageId{0x81000002});
    s.bsdp.machineNames.insert(MacA, u"studio-7"_s);
    Responder r(s, nullptr);
    Mac list;
    list.bsdp = listRequest();
    auto out = r.handle(list.message(), Responder::Socket::Server, 1000);
    QVERIFY(out.reply);
    auto b = bsdpOf(out.reply->message);
    QCOMPARE(b.defaultImage, Bsdp::ImageId{0x81000002});
    QCOMPARE(b.selectedImage, Bsdp::ImageId{0x81000002});
    // Another Mac gets the first image as its default and nothing selected.
    list.mac = MacB;
    b = bsdpOf(r.handle(list.message(), Responder::Socket::Server, 1000).reply->message);
    QCOMPARE(b.defaultImage, Bsdp::ImageId{0x81000001});
    QVERIFY(!b.selectedImage);
    // A pinned Mac boots its image on a plain DISCOVER, and its SELECT names it.
    Mac discover;
    discover.type = MessageType::Discover;
    discover.ciaddr = 0;
    out = r.handle(discover.message(), Responder::Socket::Server, 2000);
    QVERIFY(out.reply);
    QCOMPARE(bsdpOf(out.reply->message).selectedImage, Bsdp::ImageId{0x81000002});
    Mac select;
    select.bsdp = selectRequest(ip("10.0.0.1"), 0x81000002);
    QCOMPARE(bsdpOf(r.handle(select.message(), Responder::Socket::Server, 3000).reply->message).machineName, "studio-7");
}

void TestBsdpResponder::malformedOption43IsDropped()
{
    LeasePool pool(poolConfig());
    Responder r(settings(Responder::Mode::Serve), &pool);
    Mac mac;
    mac.bsdp = QByteArray::fromHex("010101 0910 81000089");
    auto out = r.handle(mac.message(), Responder::Socket::Server, 1000);
    QVERIFY(!out.reply);
    QCOMPARE(out.events.last().kind, Timeline::BootEvent::Kind::Dropped);
    QVERIFY(out.events.last().summary.contains(u"malformed option 43"_s));
    // A DISCOVER needs nothing from option 43: the Mac still gets an address.
    mac.type = MessageType::Discover;
    mac.ciaddr = 0;
    mac.bsdp = QByteArray::fromHex("010104");
    out = r.handle(mac.message(), Responder::Socket::Server, 2000);
    QVERIFY(out.reply);
    QCOMPARE(out.reply->message.type(), MessageType::Offer);
    QVERIFY(out.reply->message.yiaddr);
    QCOMPARE(out.events.first().protocol, Timeline::BootEvent::Protocol::Dhcp);
}

void TestBsdpResponder::defaultImageFallsBack()
{
    // Pinned to an image this model may not see: the site's default, not just the first.
    auto s = settings(Responder::Mode::Bsdp, {image(0x81000001, u"First"_s), image(0x81000002, u"Site default"_s),
                                              image(0x81000003, u"Minis"_s, {u"Macmini7,1"_s})});
    s.bsdp.defaultImage = Bsdp::ImageId{0x81000002};
    s.bsdp.pinned.insert(MacA, Bsdp::ImageId{0x81000003});
    Responder r(s, nullptr);
    Mac list;
    list.bsdp = listRequest();
    const auto out = r.handle(list.message(), Responder::Socket::Server, 1000);
    QVERIFY(out.reply);
    QCOMPARE(bsdpOf(out.reply->message).defaultImage, Bsdp::ImageId{0x81000002});
    QVERIFY(!bsdpOf(out.reply->message).selectedImage);
}

void TestBsdpResponder::bindingsAreBounded()
{
    Responder r(settings(Responder::Mode::Bsdp), nullptr);
    Mac select;
    select.bsdp = selectRequest(ip("10.0.0.1"), TheImage.value);
    for (int i = 0; i < BsdpResponder::MaxBindings + 50; ++i) {
        select.mac = Net::MacAddress({0x02, 0, 0, quint8(i >> 16), quint8(i >> 8), quint8(i)});
        QVERIFY(r.handle(select.message(), Responder::Socket::Server, 1000 + i).reply);
    }
    // The newest Mac is remembered; how many are is capped (not observable
    // from outside but for the DISCOVER answers).
    Mac discover;
    discover.type = MessageType::Discover;
    discover.ciaddr = 0;
    discover.mac = select.mac;
    QVERIFY(r.handle(discover.message(), Responder::Socket::Server, 999'999).reply);
    int answered = 0;
    for (int i = 0; i < BsdpResponder::MaxBindings + 50; ++i) {
        discover.mac = Net::MacAddress({0x02, 0, 0, quint8(i >> 16), quint8(i >> 8), quint8(i)});
        answered += r.handle(discover.message(), Responder::Socket::Server, 1'000'000 + i).reply ? 1 : 0;
    }
    QCOMPARE(answered, int(BsdpResponder::MaxBindings));
}

void TestBsdpResponder::timeline()
{
    Responder r(settings(Responder::Mode::Bsdp), nullptr);
    Mac list;
    list.bsdp = listRequest("050203fe");
    auto out = r.handle(list.message(), Responder::Socket::Server, 1000);
    QCOMPARE(out.events.size(), 2);
    QCOMPARE(out.events[0].protocol, Timeline::BootEvent::Protocol::Bsdp);
    QCOMPARE(out.events[0].kind, Timeline::BootEvent::Kind::InformList);
    QCOMPARE(out.events[0].arch, u"Intel Mac MacBookPro11,1"_s);
    QCOMPARE(out.events[1].kind, Timeline::BootEvent::Kind::AckList);
    QCOMPARE(out.events[1].summary, u"1 image, default The-Image (0x81000089), to 10.0.0.50:1022"_s);
    Mac select;
    select.bsdp = selectRequest(ip("10.0.0.1"), TheImage.value);
    out = r.handle(select.message(), Responder::Socket::Server, 2000);
    QCOMPARE(out.events[0].kind, Timeline::BootEvent::Kind::InformSelect);
    QCOMPARE(out.events[1].kind, Timeline::BootEvent::Kind::AckSelect);
    QCOMPARE(out.events[1].summary,
             u"The-Image (0x81000089): boot file boot/grub/x86_64-efi/mac.efi from 10.0.0.1"_s);
}

QTEST_GUILESS_MAIN(TestBsdpResponder)
#include "tst_bsdpresponder.moc"
