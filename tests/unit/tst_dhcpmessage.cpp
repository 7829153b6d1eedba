// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/message.h"
#include "dhcpsamples.h"

#include <QHostAddress>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dhcp;

Q_DECLARE_METATYPE(Dhcp::Message)
Q_DECLARE_METATYPE(Dhcp::Options)

namespace {

QString dotted(quint32 address)
{
    return address ? QHostAddress(address).toString() : QString();
}

QMap<int, QByteArray> optionMap(const Options &options)
{
    QMap<int, QByteArray> out;
    for (const auto &[code, data] : options.items())
        out.insert(code, data);
    return out;
}

// Every field, options sorted by code: equal strings mean equal messages,
// and QCOMPARE shows where they differ.
QString describe(const Message &m)
{
    QStringList parts = {
        u"op=%1 htype=%2 hlen=%3 hops=%4"_s.arg(int(m.op))
            .arg(int(m.htype))
            .arg(int(m.hlen))
            .arg(int(m.hops)),
        u"xid=%1 secs=%2 flags=%3"_s.arg(m.xid, 8, 16, QChar(u'0'))
            .arg(int(m.secs))
            .arg(int(m.flags), 4, 16, QChar(u'0')),
        u"ci=%1 yi=%2 si=%3 gi=%4"_s.arg(
            dotted(m.ciaddr), dotted(m.yiaddr), dotted(m.siaddr), dotted(m.giaddr)),
        u"chaddr=%1"_s.arg(QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(m.chaddr.data()), 16).toHex())),
        u"sname=%1 file=%2"_s.arg(
            QString::fromLatin1(m.sname.toHex()), QString::fromLatin1(m.file.toHex())),
    };
    const auto options = optionMap(m.options);
    for (auto it = options.begin(); it != options.end(); ++it)
        parts.append(u"%1=%2"_s.arg(it.key()).arg(QString::fromLatin1(it.value().toHex())));
    return parts.join(u'\n');
}

struct RawOption
{
    int code;
    int length;
    qsizetype offset;
};

// The option instances in one area as written, up to and including End.
QList<RawOption> rawOptions(QByteArrayView area)
{
    QList<RawOption> out;
    qsizetype i = 0;
    while (i < area.size()) {
        const int code = quint8(area[i]);
        if (code == Option::End) {
            out.append({code, 0, i});
            break;
        }
        if (code == Option::Pad) {
            ++i;
            continue;
        }
        const int length = i + 1 < area.size() ? quint8(area[i + 1]) : -1;
        out.append({code, length, i});
        if (length < 0)
            break;
        i += 2 + length;
    }
    return out;
}

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

Message decodeFixture(const QString &name)
{
    const QByteArray bytes = DhcpSamples::fixture(name);
    QString why;
    const auto m = Message::decode(bytes, &why);
    if (!m)
        qWarning("%s: %s", qPrintable(name), qPrintable(why));
    return m.value_or(Message {});
}

// A reply with enough options to overflow a small message.
Options replyOptions(int vendorSize)
{
    Options o;
    o.setU8(Option::MessageType, quint8(MessageType::Offer));
    o.setU32(Option::ServerId, 0x0a630001);
    o.setU32(Option::LeaseTime, 600);
    o.setU32(Option::SubnetMask, 0xffffff00);
    o.setAddresses(Option::Router, {0x0a630001});
    o.setAddresses(Option::DnsServers, {0x0a630001, 0x0a630002});
    o.set(Option::DomainName,
        QByteArrayLiteral("rack.example.test")); // main area ends here at 304 bytes
    o.set(Option::TftpServerName, QByteArrayLiteral("10.99.0.1"));
    o.set(Option::BootFileName, QByteArrayLiteral("boot/grub/x86_64-efi/core.efi"));
    o.set(Option::VendorSpecific, QByteArray(vendorSize, 'v'));
    o.set(Option::HostName, QByteArrayLiteral("node-0042.rack.test"));
    return o;
}

} // namespace

class TestDhcpMessage : public QObject
{
    Q_OBJECT

private slots:
    void fixturesPresent();
    void capturedFields_data();
    void capturedFields();
    void capturedExchanges();
    void capturedReencodeByteExact_data();
    void capturedReencodeByteExact();
    void roundTrip_data();
    void roundTrip();
    void encodeLayout_data();
    void encodeLayout();
    void bootpWithoutMessageType();
    void encodeSkipsPadAndEndCodes();
    void longOptionsSplitAndJoin_data();
    void longOptionsSplitAndJoin();
    void decodeJoinsInstances();
    void decodeJoinsAcrossOverloadedFields();
    void overflow_data();
    void overflow();
    void hostile_data();
    void hostile();
    void everyTruncation_data();
    void everyTruncation();
    void macAddress();
    void messageTypeNames();
};

void TestDhcpMessage::fixturesPresent()
{
    const QStringList expected = {
        u"dhclient-discover.bin"_s,
        u"dhclient-release.bin"_s,
        u"dhclient-request.bin"_s,
        u"dnsmasq-ack-dhclient.bin"_s,
        u"dnsmasq-ack-udhcpc.bin"_s,
        u"dnsmasq-offer-dhclient.bin"_s,
        u"dnsmasq-offer-udhcpc.bin"_s,
        u"udhcpc-discover.bin"_s,
        u"udhcpc-release.bin"_s,
        u"udhcpc-request.bin"_s,
    };
    QCOMPARE(DhcpSamples::fixtureNames(), expected);
}

void TestDhcpMessage::capturedFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("ciaddr");
    QTest::addColumn<QString>("yiaddr");
    QTest::addColumn<QString>("siaddr");
    QTest::addColumn<QString>("requested"); // option 50
    QTest::addColumn<QString>("serverId"); // option 54
    QTest::addColumn<QByteArray>("parameters"); // option 55
    QTest::addColumn<QByteArray>("hostName"); // option 12
    QTest::addColumn<QByteArray>("vendorClass"); // option 60
    QTest::addColumn<QByteArray>("clientId"); // option 61
    QTest::addColumn<int>("maxSize"); // option 57, 0 absent
    QTest::addColumn<int>("leaseTime"); // option 51, -1 absent
    QTest::addColumn<QByteArray>("sname");
    QTest::addColumn<QByteArray>("bootFile");

    const QString udhcpc = u"52:54:00:12:34:56"_s;
    const QString dhclient = u"52:54:00:ab:cd:ef"_s;
    const QString lease = u"10.99.0.111"_s;
    const QString server = u"10.99.0.1"_s;
    const QByteArray udhcpcParams = fromHex("0103060c0f1c2a"); // 1 3 6 12 15 28 42
    const QByteArray dhclientParams = fromHex("011c02030f06770c1a2a"); // 1 28 2 3 15 6 119 12 26 42
    const QByteArray udhcpcName = "rackside-udhcpc";
    const QByteArray dhclientName = "rackside-dhclient";
    const QByteArray udhcpcVendor = "udhcp 1.37.0";
    const QByteArray udhcpcId = fromHex("01525400123456");
    const QByteArray dhclientId = fromHex("01525400abcdef");
    const QByteArray none;
    const QByteArray sname = "rackside";
    const QByteArray file = "pxelinux.0";

    // file type op mac ci yi si requested server params host vendor id max lease sname file
    QTest::newRow("udhcpc DISCOVER")
        << u"udhcpc-discover.bin"_s << 1 << 1 << udhcpc << QString() << QString() << QString()
        << QString() << QString() << udhcpcParams << udhcpcName << udhcpcVendor << udhcpcId << 576
        << -1 << none << none;
    QTest::newRow("udhcpc REQUEST")
        << u"udhcpc-request.bin"_s << 3 << 1 << udhcpc << QString() << QString() << QString()
        << lease << server << udhcpcParams << udhcpcName << udhcpcVendor << udhcpcId << 576 << -1
        << none << none;
    QTest::newRow("udhcpc RELEASE")
        << u"udhcpc-release.bin"_s << 7 << 1 << udhcpc << lease << QString() << QString()
        << QString() << server << none << none << none << udhcpcId << 0 << -1 << none << none;
    QTest::newRow("dnsmasq OFFER to udhcpc")
        << u"dnsmasq-offer-udhcpc.bin"_s << 2 << 2 << udhcpc << QString() << lease << server
        << QString() << server << none << none << none << none << 0 << 43200 << sname << file;
    QTest::newRow("dnsmasq ACK to udhcpc")
        << u"dnsmasq-ack-udhcpc.bin"_s << 5 << 2 << udhcpc << QString() << lease << server
        << QString() << server << none << udhcpcName << none << none << 0 << 43200 << sname << file;
    QTest::newRow("dhclient DISCOVER")
        << u"dhclient-discover.bin"_s << 1 << 1 << dhclient << QString() << QString() << QString()
        << QString() << QString() << dhclientParams << dhclientName << none << dhclientId << 0 << -1
        << none << none;
    QTest::newRow("dhclient REQUEST")
        << u"dhclient-request.bin"_s << 3 << 1 << dhclient << QString() << QString() << QString()
        << lease << server << dhclientParams << dhclientName << none << dhclientId << 0 << -1
        << none << none;
    QTest::newRow("dhclient RELEASE")
        << u"dhclient-release.bin"_s << 7 << 1 << dhclient << lease << QString() << QString()
        << QString() << server << none << dhclientName << none << dhclientId << 0 << -1 << none
        << none;
    QTest::newRow("dnsmasq OFFER to dhclient")
        << u"dnsmasq-offer-dhclient.bin"_s << 2 << 2 << dhclient << QString() << lease << server
        << QString() << server << none << none << none << none << 0 << 43200 << sname << file;
    QTest::newRow("dnsmasq ACK to dhclient")
        << u"dnsmasq-ack-dhclient.bin"_s << 5 << 2 << dhclient << QString() << lease << server
        << QString() << server << none << dhclientName << none << none << 0 << 43200 << sname
        << file;
}

void TestDhcpMessage::capturedFields()
{
    QFETCH(QString, file);
    QFETCH(int, type);
    QFETCH(int, op);
    QFETCH(QString, mac);
    QFETCH(QString, ciaddr);
    QFETCH(QString, yiaddr);
    QFETCH(QString, siaddr);
    QFETCH(QString, requested);
    QFETCH(QString, serverId);
    QFETCH(QByteArray, parameters);
    QFETCH(QByteArray, hostName);
    QFETCH(QByteArray, vendorClass);
    QFETCH(QByteArray, clientId);
    QFETCH(int, maxSize);
    QFETCH(int, leaseTime);
    QFETCH(QByteArray, sname);
    QFETCH(QByteArray, bootFile);

    const QByteArray bytes = DhcpSamples::fixture(file);
    QVERIFY2(!bytes.isEmpty(),
        qPrintable(u"missing fixture %1 (tests/data/dhcp/capture.sh)"_s.arg(file)));
    QString why;
    const auto m = Message::decode(bytes, &why);
    QVERIFY2(m, qPrintable(why));

    QCOMPARE(int(m->type()), type);
    QCOMPARE(int(m->op), op);
    QCOMPARE(int(m->htype), 1);
    QCOMPARE(int(m->hlen), 6);
    QCOMPARE(int(m->hops), 0);
    QVERIFY(m->xid != 0);
    QCOMPARE(m->mac().toString(), mac);
    QCOMPARE(dotted(m->ciaddr), ciaddr);
    QCOMPARE(dotted(m->yiaddr), yiaddr);
    QCOMPARE(dotted(m->siaddr), siaddr);
    QCOMPARE(dotted(m->giaddr), QString());
    QCOMPARE(dotted(m->options.u32(Option::RequestedAddress).value_or(0)), requested);
    QCOMPARE(dotted(m->options.u32(Option::ServerId).value_or(0)), serverId);
    QCOMPARE(m->options.value(Option::ParameterList).value_or(QByteArray()), parameters);
    QCOMPARE(m->options.value(Option::HostName).value_or(QByteArray()), hostName);
    QCOMPARE(m->options.value(Option::VendorClass).value_or(QByteArray()), vendorClass);
    QCOMPARE(m->options.value(Option::ClientId).value_or(QByteArray()), clientId);
    QCOMPARE(int(m->options.u16(Option::MaxMessageSize).value_or(0)), maxSize);
    QCOMPARE(m->options.u32(Option::LeaseTime).has_value() ? int(*m->options.u32(Option::LeaseTime))
                                                           : -1,
        leaseTime);
    QCOMPARE(m->sname, sname);
    QCOMPARE(m->file, bootFile);
    QVERIFY(!m->options.contains(Option::Overload));
    // The first option on the wire is the message type, also after decoding.
    QCOMPARE(m->options.items().first().first, quint8(Option::MessageType));

    if (op == 2) {
        // dnsmasq's --dhcp-range ...,255.255.255.0,12h and its defaults.
        QCOMPARE(m->options.u32(Option::SubnetMask), std::optional<quint32>(0xffffff00));
        QCOMPARE(m->options.u32(Option::Router), std::optional<quint32>(0x0a630001));
        QCOMPARE(m->options.u32(Option::BroadcastAddress), std::optional<quint32>(0x0a6300ff));
        QCOMPARE(m->options.u32(Option::RenewalTime), std::optional<quint32>(21600));
        QCOMPARE(m->options.u32(Option::RebindingTime), std::optional<quint32>(37800));
    }
}

void TestDhcpMessage::capturedExchanges()
{
    // Each client's DISCOVER, the OFFER, its REQUEST and the ACK share one xid,
    // and the REQUEST asks for the offered address from the offering server.
    for (const QString &client : {u"udhcpc"_s, u"dhclient"_s}) {
        const Message discover = decodeFixture(client + u"-discover.bin"_s);
        const Message offer = decodeFixture(u"dnsmasq-offer-"_s + client + u".bin"_s);
        const Message request = decodeFixture(client + u"-request.bin"_s);
        const Message ack = decodeFixture(u"dnsmasq-ack-"_s + client + u".bin"_s);
        const Message release = decodeFixture(client + u"-release.bin"_s);
        QVERIFY(discover.xid != 0);
        QCOMPARE(offer.xid, discover.xid);
        QCOMPARE(request.xid, discover.xid);
        QCOMPARE(ack.xid, discover.xid);
        QCOMPARE(offer.mac(), discover.mac());
        QCOMPARE(
            request.options.u32(Option::RequestedAddress), std::optional<quint32>(offer.yiaddr));
        QCOMPARE(request.options.u32(Option::ServerId), offer.options.u32(Option::ServerId));
        QCOMPARE(ack.yiaddr, offer.yiaddr);
        QCOMPARE(release.ciaddr, ack.yiaddr);
        QCOMPARE(release.mac(), discover.mac());
    }
}

void TestDhcpMessage::capturedReencodeByteExact_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : DhcpSamples::fixtureNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestDhcpMessage::capturedReencodeByteExact()
{
    // udhcpc, dhclient and dnsmasq all write 53 first, zero the unused bytes
    // and pad to 300: our encoder reproduces their packets bit for bit.
    QFETCH(QString, file);
    const QByteArray bytes = DhcpSamples::fixture(file);
    const auto m = Message::decode(bytes);
    QVERIFY(m);
    QCOMPARE(m->encode().toHex(), bytes.toHex());
}

void TestDhcpMessage::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // describe() of the source message, or empty
    for (const QString &name : DhcpSamples::fixtureNames())
        QTest::newRow(qPrintable(name)) << DhcpSamples::fixture(name) << QString();
    for (const auto &[name, message] : DhcpSamples::handBuilt()) {
        QTest::newRow(qPrintable(name)) << message.encode() << describe(message);
        QTest::newRow(qPrintable(name + u" max 1500"_s))
            << message.encode(1500) << describe(message);
    }
}

void TestDhcpMessage::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString why;
    const auto first = Message::decode(bytes, &why);
    QVERIFY2(first, qPrintable(why));
    if (!expected.isEmpty())
        QCOMPARE(describe(*first), expected);

    const QByteArray encoded = first->encode();
    const auto second = Message::decode(encoded, &why);
    QVERIFY2(second, qPrintable(why));
    QCOMPARE(describe(*second), describe(*first));
    QCOMPARE(second->encode(), encoded);
}

void TestDhcpMessage::encodeLayout_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<bool>("overloaded");

    for (const QString &name : DhcpSamples::fixtureNames())
        QTest::newRow(qPrintable(name)) << decodeFixture(name) << 548 << false;
    for (const auto &[name, message] : DhcpSamples::handBuilt())
        QTest::newRow(qPrintable(name)) << message << 548 << false;
    QTest::newRow("edk2 max 304") << DhcpSamples::edk2Discover() << 304 << true;
    QTest::newRow("seabios-ipxe max 304") << DhcpSamples::seabiosIpxeDiscover() << 304 << true;
    QTest::newRow("edk2 max 576") << DhcpSamples::edk2Discover() << 576 << false;

    // Message type added last still goes first.
    Message late;
    late.setMac(Net::MacAddress({0x52, 0x54, 0, 1, 2, 3}));
    late.options.set(Option::HostName, QByteArrayLiteral("late"));
    late.options.setU16(Option::MaxMessageSize, 1500);
    late.options.setU8(Option::MessageType, quint8(MessageType::Request));
    QTest::newRow("type added last") << late << 548 << false;

    Message offer;
    offer.op = 2;
    offer.options = replyOptions(40);
    QTest::newRow("offer max 304") << offer << 304 << true;
    QTest::newRow("offer max 1500") << offer << 1500 << false;
}

void TestDhcpMessage::encodeLayout()
{
    QFETCH(Message, message);
    QFETCH(int, maxSize);
    QFETCH(bool, overloaded);

    const QByteArray out = message.encode(maxSize);
    QVERIFY(out.size() >= Message::BootpMinimumSize);
    QVERIFY(out.size() <= std::max(maxSize, Message::BootpMinimumSize + 4));
    QCOMPARE(out.sliced(Message::HeaderSize, 4), QByteArray("\x63\x82\x53\x63", 4));

    const auto raw = rawOptions(QByteArrayView(out).sliced(Message::MinimumSize));
    QVERIFY(raw.size() >= 2);
    // Option 53 first: some PXE ROMs look only there.
    QCOMPARE(raw.first().code, int(Option::MessageType));
    QCOMPARE(raw.first().offset, qsizetype(0));
    QCOMPARE(raw.first().length, 1);
    QCOMPARE(int(quint8(out[Message::MinimumSize + 2])), int(message.type()));
    // Then option 52 when the fields carry options.
    QCOMPARE(raw[1].code == Option::Overload, overloaded);
    // End closes the options and only padding follows.
    QCOMPARE(raw.last().code, int(Option::End));
    const qsizetype end = Message::MinimumSize + raw.last().offset;
    for (qsizetype i = end + 1; i < out.size(); ++i)
        QCOMPARE(out[i], '\0');
    for (const RawOption &o : raw)
        QVERIFY(o.code != Option::Pad);
}

void TestDhcpMessage::bootpWithoutMessageType()
{
    Message m;
    m.setMac(Net::MacAddress({0x52, 0x54, 0, 1, 2, 3}));
    m.file = "pxelinux.0";
    QCOMPARE(m.type(), MessageType::None);
    const QByteArray out = m.encode();
    QCOMPARE(out.size(), qsizetype(Message::BootpMinimumSize));
    QCOMPARE(quint8(out[Message::MinimumSize]), quint8(Option::End));
    const auto back = Message::decode(out);
    QVERIFY(back);
    QCOMPARE(back->type(), MessageType::None);
    QCOMPARE(back->file, QByteArray("pxelinux.0"));
    QVERIFY(back->options.items().isEmpty());
}

void TestDhcpMessage::encodeSkipsPadAndEndCodes()
{
    // Codes 0 and 255 have no length byte on the wire: writing them as
    // options would end the options early or desynchronise the parse.
    Message m = DhcpSamples::request(MessageType::Discover, 1, 7);
    m.options.set(Option::Pad, QByteArrayLiteral("xx"));
    m.options.set(Option::End, QByteArrayLiteral("yy"));
    m.options.set(Option::HostName, QByteArrayLiteral("after"));
    const auto back = Message::decode(m.encode());
    QVERIFY(back);
    QCOMPARE(back->options.value(Option::HostName), std::optional<QByteArray>("after"));
    QVERIFY(!back->options.contains(Option::Pad));
    QVERIFY(!back->options.contains(Option::End));
    QCOMPARE(back->options.items().size(), qsizetype(2));
}

void TestDhcpMessage::longOptionsSplitAndJoin_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 254, 255, 256, 300, 509, 510, 511, 765, 766, 1000})
        QTest::addRow("%d bytes", size) << size;
}

void TestDhcpMessage::longOptionsSplitAndJoin()
{
    // RFC 3396: a value over 255 bytes goes out as consecutive instances
    // of the same code, every one full but the last, and is joined back.
    QFETCH(int, size);
    QByteArray value(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        value[i] = char(i * 7 + 1);

    Message m = DhcpSamples::request(MessageType::Offer, 1, 42);
    m.op = 2;
    m.options.set(Option::HostName, QByteArrayLiteral("before"));
    m.options.set(Option::VendorSpecific, value);
    m.options.set(Option::DomainName, QByteArrayLiteral("after"));
    const QByteArray out = m.encode(2000);

    const auto raw = rawOptions(QByteArrayView(out).sliced(Message::MinimumSize));
    QList<RawOption> instances;
    for (const RawOption &o : raw)
        if (o.code == Option::VendorSpecific)
            instances.append(o);
    const int expectedInstances = std::max(1, (size + 254) / 255);
    QCOMPARE(int(instances.size()), expectedInstances);
    for (qsizetype i = 0; i < instances.size(); ++i) {
        QCOMPARE(instances[i].length,
            i + 1 < instances.size() ? 255 : size - 255 * (expectedInstances - 1));
        if (i > 0)
            QCOMPARE(instances[i].offset, instances[i - 1].offset + 2 + 255);
    }

    const auto back = Message::decode(out);
    QVERIFY(back);
    QCOMPARE(back->options.value(Option::VendorSpecific), std::optional<QByteArray>(value));
    QCOMPARE(back->options.value(Option::HostName), std::optional<QByteArray>("before"));
    QCOMPARE(back->options.value(Option::DomainName), std::optional<QByteArray>("after"));
    QCOMPARE(back->options, m.options);
}

void TestDhcpMessage::decodeJoinsInstances()
{
    // Instances need not be adjacent; the joined option keeps the place of
    // the first.
    const QByteArray bytes = DhcpSamples::rawRequest(fromHex("350101"
                                                             "0c04"
                                                             "7261636b" // "rack"
                                                             "3c03"
                                                             "505845" // "PXE"
                                                             "0c04"
                                                             "73696465" // "side"
                                                             "3c06"
                                                             "436c69656e74" // "Client"
                                                             "ff"));
    const auto m = Message::decode(bytes);
    QVERIFY(m);
    QCOMPARE(m->options.value(Option::HostName), std::optional<QByteArray>("rackside"));
    QCOMPARE(m->options.value(Option::VendorClass), std::optional<QByteArray>("PXEClient"));
    QCOMPARE(m->options.items().size(), qsizetype(3));
    QCOMPARE(m->options.items()[1].first, quint8(Option::HostName));
    QCOMPARE(m->options.items()[2].first, quint8(Option::VendorClass));
}

void TestDhcpMessage::decodeJoinsAcrossOverloadedFields()
{
    // RFC 3396 section 7: options field first, then file, then sname.
    QByteArray bytes = DhcpSamples::rawRequest(fromHex("340103"
                                                       "350101"
                                                       "0c026162"
                                                       "ff"));
    const QByteArray inFile = fromHex("0c026364"
                                      "4304"
                                      "2f62"
                                      "6f6f"
                                      "ff");
    const QByteArray inSname = fromHex("0c026566"
                                       "ff");
    std::copy(inFile.begin(), inFile.end(), bytes.begin() + 108);
    std::copy(inSname.begin(), inSname.end(), bytes.begin() + 44);
    QString why;
    const auto m = Message::decode(bytes, &why);
    QVERIFY2(m, qPrintable(why));
    QCOMPARE(m->options.value(Option::HostName), std::optional<QByteArray>("abcdef"));
    QCOMPARE(m->options.value(Option::BootFileName), std::optional<QByteArray>("/boo"));
    QVERIFY(!m->options.contains(Option::Overload));
    QVERIFY(m->file.isEmpty());
    QVERIFY(m->sname.isEmpty());
}

void TestDhcpMessage::overflow_data()
{
    QTest::addColumn<Options>("options");
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<QByteArray>("fileText");
    QTest::addColumn<QByteArray>("snameText");
    QTest::addColumn<int>("overload"); // expected option 52, 0 for none
    QTest::addColumn<QList<int>>("dropped");

    const QByteArray none;
    // replyOptions(n): 56 bytes that fit the main area at 304, then 66 (11
    // bytes), 67 (31), 43 (n + 2) and 12 (21), in that order.
    QTest::newRow("fits") << replyOptions(40) << 548 << none << none << 0 << QList<int>();
    QTest::newRow("file") << replyOptions(40) << 304 << none << none << 1 << QList<int>();
    QTest::newRow("maxSize under minimum")
        << replyOptions(40) << 0 << none << none << 1 << QList<int>();

    // 66, 67 and 43 fill file to 114 bytes, 12 (21) goes to sname.
    QTest::newRow("file and sname") << replyOptions(70) << 304 << none << none << 3 << QList<int>();

    QTest::newRow("file in use: sname only") << replyOptions(40) << 304 << QByteArray("pxelinux.0")
                                             << none << 2 << QList<int> {Option::VendorSpecific};
    QTest::newRow("file and sname in use: dropped")
        << replyOptions(40) << 304 << QByteArray("pxelinux.0") << QByteArray("rackside") << 0
        << QList<int> {Option::TftpServerName, Option::BootFileName, Option::VendorSpecific,
               Option::HostName};
    QTest::newRow("too long for any area")
        << replyOptions(130) << 304 << none << none << 1 << QList<int> {Option::VendorSpecific};
    QTest::newRow("long option fits a big message")
        << replyOptions(1000) << 1500 << none << none << 0 << QList<int>();
    QTest::newRow("long option dropped at 576")
        << replyOptions(1000) << 576 << none << none << 0 << QList<int> {Option::VendorSpecific};
}

void TestDhcpMessage::overflow()
{
    QFETCH(Options, options);
    QFETCH(int, maxSize);
    QFETCH(QByteArray, fileText);
    QFETCH(QByteArray, snameText);
    QFETCH(int, overload);
    QFETCH(QList<int>, dropped);

    Message m;
    m.op = 2;
    m.setMac(Net::MacAddress({0x52, 0x54, 0, 1, 2, 3}));
    m.yiaddr = 0x0a630064;
    m.file = fileText;
    m.sname = snameText;
    m.options = options;
    const QByteArray out = m.encode(maxSize);
    QVERIFY(out.size() <= std::max(maxSize, Message::BootpMinimumSize + 4));

    const auto raw = rawOptions(QByteArrayView(out).sliced(Message::MinimumSize));
    QCOMPARE(raw.first().code, int(Option::MessageType));
    int wireOverload = 0;
    for (const RawOption &o : raw)
        if (o.code == Option::Overload)
            wireOverload = quint8(out[Message::MinimumSize + o.offset + 2]);
    QCOMPARE(wireOverload, overload);

    QString why;
    const auto back = Message::decode(out, &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(back->yiaddr, m.yiaddr);
    QCOMPARE(back->file, (overload & 1) ? QByteArray() : fileText);
    QCOMPARE(back->sname, (overload & 2) ? QByteArray() : snameText);
    // Every option arrives whole or not at all.
    for (const auto &[code, data] : options.items()) {
        if (dropped.contains(code))
            QVERIFY2(!back->options.contains(code),
                qPrintable(u"option %1 should be dropped"_s.arg(code)));
        else
            QCOMPARE(back->options.value(code), std::optional<QByteArray>(data));
    }
    QCOMPARE(back->options.items().size(), options.items().size() - dropped.size());
}

void TestDhcpMessage::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("errorMentions");

    using DhcpSamples::rawRequest;
    const QByteArray discover = DhcpSamples::fixture(u"udhcpc-discover.bin"_s);
    auto patched = [](QByteArray bytes, qsizetype at, QByteArrayView with) {
        std::copy(with.begin(), with.end(), bytes.begin() + at);
        return bytes;
    };

    QTest::newRow("empty") << QByteArray() << false << u"shorter"_s;
    QTest::newRow("header only") << discover.first(236) << false << u"shorter"_s;
    QTest::newRow("one short of a cookie") << discover.first(239) << false << u"shorter"_s;
    QTest::newRow("cookie, no options") << rawRequest({}) << true << QString();
    QTest::newRow("no magic cookie")
        << patched(discover, 236, QByteArrayView("\0\0\0\0", 4)) << false << u"cookie"_s;
    QTest::newRow("cookie one bit off")
        << patched(discover, 239, QByteArrayView("\x62", 1)) << false << u"cookie"_s;
    QTest::newRow("op 0") << patched(discover, 0, QByteArrayView("\0", 1)) << false << u"op 0"_s;
    QTest::newRow("op 3") << patched(discover, 0, QByteArrayView("\x03", 1)) << false << u"op 3"_s;
    QTest::newRow("op 255") << patched(discover, 0, QByteArrayView("\xff", 1)) << false
                            << u"op 255"_s;
    QTest::newRow("hlen 16") << patched(discover, 2, QByteArrayView("\x10", 1)) << true
                             << QString();
    QTest::newRow("hlen 17") << patched(discover, 2, QByteArrayView("\x11", 1)) << false << u"17"_s;
    QTest::newRow("hlen 255") << patched(discover, 2, QByteArrayView("\xff", 1)) << false
                              << u"255"_s;
    QTest::newRow("length byte past end") << rawRequest(fromHex("350101"
                                                                "0c0a6162"))
                                          << false << u"claims"_s;
    QTest::newRow("length 255 at the end") << rawRequest(fromHex("350101"
                                                                 "0cff"))
                                           << false << u"claims"_s;
    QTest::newRow("no length byte") << rawRequest(fromHex("350101"
                                                          "0c"))
                                    << false << u"no length"_s;
    QTest::newRow("option 52 value 4") << rawRequest(fromHex("340104"
                                                             "350101"
                                                             "ff"))
                                       << false << u"overload"_s;
    QTest::newRow("option 52 value 255") << rawRequest(fromHex("3401ff"
                                                               "350101"
                                                               "ff"))
                                         << false << u"overload"_s;
    QTest::newRow("option 52 value 0") << rawRequest(fromHex("340100"
                                                             "350101"
                                                             "ff"))
                                       << true << QString();
    QTest::newRow("option 52 empty") << rawRequest(fromHex("3400"
                                                           "350101"
                                                           "ff"))
                                     << true << QString();
    QTest::newRow("option 52 twice") << rawRequest(fromHex("340101"
                                                           "340102"
                                                           "350101"
                                                           "ff"))
                                     << true << QString();

    const QByteArray overloadFile = rawRequest(fromHex("340101"
                                                       "350101"
                                                       "ff"));
    QTest::newRow("overload, garbage in file")
        << patched(overloadFile, 108, fromHex("0cc8414243")) << false << u"file field"_s;
    QTest::newRow("overload, file field of random bytes") << patched(overloadFile, 108,
        fromHex("9b12c4f0077e3d5aa18c0e66f2e14b3bd8902ac7e6551f0b83a9"
                "4d27b6e10c95f83ed2a47c1b68053ef9d2c6b07a4e1138d5"
                "fc62a09e7b14c3d8857f2e6a0b93c1d4f7382ea6b5c9410d"
                "e87b2f36a19c54d0fe1b8c72a34596e0d1f87c2b3a4e5d6f"
                "708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7"))
                                                          << false << u"file field"_s;
    QTest::newRow("overload, file all pads, no End") << overloadFile << true << QString();
    QTest::newRow("overload, file all End")
        << patched(overloadFile, 108, QByteArray(128, '\xff')) << true << QString();
    QTest::newRow("overload, 52 inside file") << patched(overloadFile, 108,
        fromHex("340103"
                "0c0161"
                "ff")) << true << QString();
    const QByteArray overloadSname = rawRequest(fromHex("340102"
                                                        "350101"
                                                        "ff"));
    QTest::newRow("overload, garbage in sname")
        << patched(overloadSname, 44, fromHex("0c41")) << false << u"sname field"_s;
    QTest::newRow("overload, sname option to the last byte")
        << patched(overloadSname, 44, QByteArray(fromHex("0c3e") + QByteArray(62, 'x'))) << true
        << QString();

    QByteArray huge;
    while (huge.size() < 64 * 1024 - 257)
        huge += fromHex("2bff") + QByteArray(255, '\x5a');
    huge.append(QByteArray(64 * 1024 - huge.size() - 1, '\0'));
    huge.append('\xff');
    QTest::newRow("64 KiB of option data") << rawRequest(huge) << true << QString();
    QTest::newRow("64 KiB of pads") << rawRequest(QByteArray(64 * 1024, '\0')) << true << QString();

    QTest::newRow("zero-length options") << rawRequest(fromHex("350101"
                                                               "0c00"
                                                               "3c00"
                                                               "4d00"
                                                               "ff"))
                                         << true << QString();
    QTest::newRow("pad only") << rawRequest(QByteArray(60, '\0')) << true << QString();
    QTest::newRow("missing End") << rawRequest(fromHex("350101"
                                                       "0c0161"))
                                 << true << QString();
    QTest::newRow("bytes after End") << rawRequest(fromHex("350101"
                                                           "ff"
                                                           "0cff0102"))
                                     << true << QString();
    QTest::newRow("End byte inside a value") << rawRequest(fromHex("350101"
                                                                   "0c03ffffff"
                                                                   "ff"))
                                             << true << QString();
    QTest::newRow("option 53 twice") << rawRequest(fromHex("350101"
                                                           "350103"
                                                           "ff"))
                                     << true << QString();
    QTest::newRow("option 53 out of range") << rawRequest(fromHex("350109"
                                                                  "ff"))
                                            << true << QString();
}

void TestDhcpMessage::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, accepted);
    QFETCH(QString, errorMentions);

    QString why;
    const auto m = Message::decode(bytes, &why);
    QCOMPARE(m.has_value(), accepted);
    if (!m) {
        QVERIFY(!why.isEmpty());
        QVERIFY2(why.contains(errorMentions), qPrintable(why));
        QVERIFY(!Message::decode(bytes)); // no error pointer: still no crash
        return;
    }
    // Whatever decodes encodes to something that decodes again, within size.
    const QByteArray out = m->encode();
    QVERIFY(out.size() <= 548);
    const auto again = Message::decode(out, &why);
    QVERIFY2(again, qPrintable(why));
    QCOMPARE(again->encode(), out);
}

void TestDhcpMessage::everyTruncation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const QString &name : DhcpSamples::fixtureNames())
        QTest::newRow(qPrintable(name)) << DhcpSamples::fixture(name);
    for (const auto &[name, message] : DhcpSamples::handBuilt())
        QTest::newRow(qPrintable(name)) << message.encode();
    QTest::newRow("edk2 overloaded") << DhcpSamples::edk2Discover().encode(304);
}

void TestDhcpMessage::everyTruncation()
{
    QFETCH(QByteArray, bytes);
    const auto full = Message::decode(bytes);
    QVERIFY(full);
    const auto raw = rawOptions(QByteArrayView(bytes).sliced(Message::MinimumSize));
    QCOMPARE(raw.last().code, int(Option::End));
    const qsizetype end = Message::MinimumSize + raw.last().offset;

    int decoded = 0;
    int rejected = 0;
    for (qsizetype size = 0; size < bytes.size(); ++size) {
        // A copy of exactly this size, so ASan sees any read past it.
        const QByteArray cut = bytes.first(size);
        QString why;
        const auto m = Message::decode(cut, &why);
        if (!m) {
            ++rejected;
            QVERIFY2(!why.isEmpty(), qPrintable(u"no reason for %1 bytes"_s.arg(size)));
            continue;
        }
        ++decoded;
        QVERIFY2(size >= Message::MinimumSize, qPrintable(u"%1 bytes accepted"_s.arg(size)));
        if (size > end)
            QCOMPARE(describe(*m), describe(*full));
        else
            QVERIFY(m->options.items().size() <= full->options.items().size());
    }
    QVERIFY(rejected >= Message::MinimumSize);
    QVERIFY(decoded > 0);
}

void TestDhcpMessage::macAddress()
{
    Message m;
    const Net::MacAddress mac({0x52, 0x54, 0x00, 0xab, 0xcd, 0xef});
    std::fill(m.chaddr.begin(), m.chaddr.end(), 0xee);
    m.htype = 6;
    m.hlen = 16;
    m.setMac(mac);
    QCOMPARE(int(m.htype), 1);
    QCOMPARE(int(m.hlen), 6);
    QCOMPARE(m.mac(), mac);
    QVERIFY(std::all_of(m.chaddr.begin() + 6, m.chaddr.end(), [](quint8 b) { return b == 0; }));

    m.htype = 6; // IEEE 802: not Ethernet
    QVERIFY(m.mac().isNull());
    m.htype = 1;
    m.hlen = 16; // InfiniBand-style
    QVERIFY(m.mac().isNull());
}

void TestDhcpMessage::messageTypeNames()
{
    QCOMPARE(messageTypeName(MessageType::Discover), u"DISCOVER"_s);
    QCOMPARE(messageTypeName(MessageType::Offer), u"OFFER"_s);
    QCOMPARE(messageTypeName(MessageType::Request), u"REQUEST"_s);
    QCOMPARE(messageTypeName(MessageType::Decline), u"DECLINE"_s);
    QCOMPARE(messageTypeName(MessageType::Ack), u"ACK"_s);
    QCOMPARE(messageTypeName(MessageType::Nak), u"NAK"_s);
    QCOMPARE(messageTypeName(MessageType::Release), u"RELEASE"_s);
    QCOMPARE(messageTypeName(MessageType::Inform), u"INFORM"_s);
    QCOMPARE(messageTypeName(MessageType::None), u"BOOTP"_s);
    QCOMPARE(messageTypeName(MessageType(42)), u"BOOTP"_s);
}

QTEST_GUILESS_MAIN(TestDhcpMessage)
#include "tst_dhcpmessage.moc"
