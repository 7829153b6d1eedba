// SPDX-License-Identifier: GPL-3.0-or-later
// Random and mutated packets through the whole DHCP engine (decode, lease
// pool, responder in serve and proxy mode, lease file lines, encode), with
// invariants checked along the way: no crash, no two clients bound to one
// address, every reply encodable, no address from a proxy.
#include "dhcp/leasestore.h"
#include "dhcp/responder.h"
#include "dhcpsamples.h"
#include "packetmutator.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dhcp;

namespace {

quint32 ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv4Address();
}

QList<QByteArray> seeds()
{
    QList<QByteArray> out;
    for (const QString &name : DhcpSamples::fixtureNames())
        out.append(DhcpSamples::fixture(name));
    for (const auto &[name, message] : DhcpSamples::handBuilt())
        out.append(message.encode());
    // Requests that name our server and an address in the range, so the
    // mutations reach the ACK, DECLINE and RELEASE paths.
    for (const MessageType type : {MessageType::Request, MessageType::Decline, MessageType::Release,
                                   MessageType::Inform}) {
        Message m = DhcpSamples::edk2Discover();
        m.options.setU8(Option::MessageType, quint8(type));
        m.options.setU32(Option::ServerId, ip("10.0.0.1"));
        m.options.setU32(Option::RequestedAddress, ip("10.0.0.105"));
        m.ciaddr = type == MessageType::Release || type == MessageType::Inform ? ip("10.0.0.105") : 0;
        out.append(m.encode());
    }
    return out;
}

Responder::Settings settings(Responder::Mode mode)
{
    Responder::Settings s;
    s.mode = mode;
    s.serverAddress = ip("10.0.0.1");
    s.subnetMask = ip("255.255.255.0");
    s.router = ip("10.0.0.1");
    s.leaseTime = 120;
    s.boot.setFile(BootClient::Arch::X86Bios, u"boot/grub/i386-pc/core.0"_s);
    s.boot.setFile(BootClient::Arch::UefiX64, u"boot/grub/x86_64-efi/core.efi"_s);
    s.boot.setFile(BootClient::Arch::HttpX64, u"http://{server}/x.efi"_s);
    s.boot.setIpxeFile(u"boot/ipxe/menu.ipxe"_s);
    return s;
}

} // namespace

class TestDhcpEngineFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void engineSurvivesHostilePackets()
    {
        const int iterations = qEnvironmentVariableIntValue("RACKSIDE_FUZZ_ITERATIONS") > 0
            ? qEnvironmentVariableIntValue("RACKSIDE_FUZZ_ITERATIONS")
            : 300000;
        LeasePool::Config config;
        config.network = ip("10.0.0.0");
        config.mask = ip("255.255.255.0");
        config.ranges = {{ip("10.0.0.100"), ip("10.0.0.115")}}; // small: exhaustion is reached
        config.leaseTime = 120;
        config.reservations.insert(Net::MacAddress({0x52, 0x54, 0, 0x12, 0x34, 0x01}), {ip("10.0.0.20"), u"r"_s});
        LeasePool pool(config);
        Responder serve(settings(Responder::Mode::Serve), &pool);
        Responder proxy(settings(Responder::Mode::Proxy), nullptr);

        PacketMutator mutator(seeds(), 0xf022);
        qint64 now = 1'700'000'000'000;
        qint64 decoded = 0, replies = 0, acks = 0, proxyReplies = 0, changed = 0;
        int i = 0;
        QElapsedTimer timer;
        timer.start();
        QRandomGenerator clients(0xc11e);
        mutator.run(iterations, [&](QByteArrayView mutated, PacketMutator::Kind) {
            ++i;
            now += 37; // leases and offer holds expire during the run
            // Interleave well-formed requests from 64 clients competing for
            // 16 addresses, so hostile packets hit a pool with real state.
            QByteArray packet = mutated.toByteArray();
            if (i % 7 == 0) {
                Message m = DhcpSamples::edk2Discover();
                m.setMac(Net::MacAddress({0x02, 0, 0, 0, 0, quint8(clients.bounded(64))}));
                m.options.remove(Option::ClientId);
                const bool request = clients.bounded(2);
                m.options.setU8(Option::MessageType, quint8(request ? MessageType::Request : MessageType::Discover));
                if (request) {
                    m.options.setU32(Option::ServerId, ip("10.0.0.1"));
                    m.options.setU32(Option::RequestedAddress, ip("10.0.0.100") + clients.bounded(16));
                }
                packet = m.encode();
            }
            const auto message = Message::decode(packet);
            if (!message)
                return;
            ++decoded;
            const auto port = (i % 5 == 0) ? Responder::Socket::Proxy : Responder::Socket::Server;
            const auto out = serve.handle(*message, port, now);
            for (const Lease &lease : out.changed) {
                ++changed;
                const auto back = LeaseStore::decodeLine(LeaseStore::encodeLine(lease));
                QVERIFY2(back && *back == lease, "lease line does not round-trip");
            }
            if (out.reply) {
                ++replies;
                const QByteArray wire = out.reply->message.encode(out.reply->maxSize);
                QVERIFY2(wire.size() <= std::max(out.reply->maxSize, 300), "reply larger than the client takes");
                QVERIFY2(Message::decode(wire), "our own reply does not decode");
                if (out.reply->message.type() == MessageType::Ack && out.reply->message.yiaddr) {
                    ++acks;
                    const quint32 a = out.reply->message.yiaddr;
                    QVERIFY2(a == ip("10.0.0.20") || (a >= ip("10.0.0.100") && a <= ip("10.0.0.115")),
                             qPrintable(QHostAddress(a).toString()));
                }
            }
            const auto p = proxy.handle(*message, port, now);
            if (p.reply) {
                ++proxyReplies;
                QCOMPARE(p.reply->message.yiaddr, 0u);
                QVERIFY(p.changed.isEmpty());
            }
            if (i % 1000 == 0) {
                QSet<QByteArray> owners;
                for (const Lease &lease : pool.leases()) {
                    if (lease.state == Lease::State::Bound && lease.expires > now / 1000)
                        QVERIFY2(!owners.contains(lease.clientKey) || lease.clientKey.isEmpty(),
                                 "one client holds two bound leases");
                    owners.insert(lease.clientKey);
                }
            }
        });
        qInfo("%d packets in %lld ms: %lld decoded, %lld replies (%lld ACKs with an address), "
              "%lld proxy replies, %lld lease changes",
              iterations, timer.elapsed(), decoded, replies, acks, proxyReplies, changed);
        // Each path must have been exercised, or this test proves nothing.
        QVERIFY(decoded > iterations / 4);
        QVERIFY(acks > 100);
        QVERIFY(proxyReplies > 100);
        QVERIFY(changed > 100);
    }
};

QTEST_GUILESS_MAIN(TestDhcpEngineFuzz)
#include "tst_dhcpenginefuzz.moc"
