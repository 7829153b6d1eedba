// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic fuzzing of the DHCP codec: random packets and mutations of
// the captured and hand-built ones go through Message::decode; whatever
// decodes is encoded again (at a random client size limit), decoded again
// and classified with BootClient. Nothing may crash or trip ASan/UBSan,
// and the codec must keep its promises on every input.
//
// RACKSIDE_FUZZ_ITERATIONS and RACKSIDE_FUZZ_SEED override the defaults,
// for longer runs or another stream.
#include "dhcp/bootclient.h"
#include "dhcp/message.h"
#include "dhcpsamples.h"
#include "packetmutator.h"

#include <QElapsedTimer>
#include <QTest>
#include <array>

using namespace Qt::StringLiterals;
using namespace Dhcp;

namespace {

constexpr int DefaultIterations = 300'000;
constexpr quint32 DefaultSeed = 0x5eed2025;

QList<QByteArray> seedPackets()
{
    QList<QByteArray> seeds;
    for (const QString &name : DhcpSamples::fixtureNames())
        seeds.append(DhcpSamples::fixture(name));
    for (const auto &[name, message] : DhcpSamples::handBuilt()) {
        seeds.append(message.encode());
        seeds.append(message.encode(304)); // options overflowing into file (option 52)
    }
    // A long option split in three (RFC 3396).
    Message big = DhcpSamples::edk2Discover();
    big.options.set(Option::VendorSpecific, QByteArray(600, '\x2b'));
    seeds.append(big.encode(1500));
    return seeds;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestDhcpFuzz : public QObject
{
    Q_OBJECT

private slots:
    void seedsDecode();
    void mutatorIsDeterministic();
    void decodeEncodeClassify();
};

void TestDhcpFuzz::seedsDecode()
{
    const auto seeds = seedPackets();
    QVERIFY(seeds.size() >= 20);
    for (const QByteArray &seed : seeds) {
        QString why;
        QVERIFY2(Message::decode(seed, &why), qPrintable(why));
    }
}

void TestDhcpFuzz::mutatorIsDeterministic()
{
    const auto seeds = seedPackets();
    PacketMutator a(seeds, 7);
    PacketMutator b(seeds, 7);
    PacketMutator c(seeds, 8);
    int differ = 0;
    std::array<int, PacketMutator::KindCount> kinds{};
    for (int i = 0; i < 2000; ++i) {
        const QByteArray pa = a.next();
        QCOMPARE(b.next(), pa);
        QCOMPARE(b.lastKind(), a.lastKind());
        ++kinds[size_t(a.lastKind())];
        if (c.next() != pa)
            ++differ;
    }
    QVERIFY(differ > 1900);
    for (int k = 0; k < PacketMutator::KindCount; ++k)
        QVERIFY2(kinds[k] > 0, PacketMutator::kindName(PacketMutator::Kind(k)));
}

void TestDhcpFuzz::decodeEncodeClassify()
{
    const int iterations = envInt("RACKSIDE_FUZZ_ITERATIONS", DefaultIterations);
    const quint32 seed = quint32(envInt("RACKSIDE_FUZZ_SEED", int(DefaultSeed)));
    PacketMutator mutator(seedPackets(), seed);
    QRandomGenerator sizes(seed ^ 0xc0dec);

    std::array<qint64, PacketMutator::KindCount> decoded{};
    std::array<qint64, PacketMutator::KindCount> rejected{};
    qint64 networkBoot = 0;
    qint64 overloaded = 0;
    qint64 bytes = 0;
    int failures = 0;
    QString firstFailure;
    int iteration = 0;

    auto fail = [&](QByteArrayView packet, const QString &what) {
        if (failures++ == 0)
            firstFailure = u"iteration %1 (seed %2): %3\npacket: %4"_s.arg(iteration).arg(seed).arg(
                what, QString::fromLatin1(packet.toByteArray().toHex()));
    };

    QElapsedTimer timer;
    timer.start();
    mutator.run(iterations, [&](QByteArrayView packet, PacketMutator::Kind kind) {
        ++iteration;
        bytes += packet.size();
        QString why;
        const auto m = Message::decode(packet, &why);
        if (!m) {
            ++rejected[size_t(kind)];
            if (why.isEmpty())
                fail(packet, u"rejected without a reason"_s);
            return;
        }
        ++decoded[size_t(kind)];

        // What the responder does with a request: classify it and look at it.
        const BootClient client = BootClient::fromMessage(*m);
        if (client.archName().isEmpty())
            fail(packet, u"empty architecture name"_s);
        if (client.isNetworkBoot())
            ++networkBoot;
        (void)m->mac();
        (void)messageTypeName(m->type());

        // Encoding whatever decoded gives a valid packet within the limit,
        // and re-encoding that is a fixed point.
        static constexpr std::array<int, 7> limits = {548, 300, 304, 400, 576, 1472, 1500};
        const int maxSize = sizes.bounded(4u) ? limits[sizes.bounded(quint32(limits.size()))]
                                              : 200 + int(sizes.bounded(2000u));
        const QByteArray encoded = m->encode(maxSize);
        if (encoded.size() < Message::BootpMinimumSize || encoded.size() > std::max(maxSize, 304))
            fail(packet, u"encoded %1 bytes for a limit of %2"_s.arg(encoded.size()).arg(maxSize));
        const auto type = m->options.value(Option::MessageType);
        const bool typeFirst = quint8(encoded[Message::MinimumSize]) == Option::MessageType;
        if (type && type->size() <= 50 && !typeFirst)
            fail(packet, u"option 53 is not the first option"_s);
        const auto again = Message::decode(encoded, &why);
        if (!again) {
            fail(packet, u"own encoding rejected: %1"_s.arg(why));
            return;
        }
        if (again->xid != m->xid || again->chaddr != m->chaddr || again->op != m->op)
            fail(packet, u"header changed in a round trip"_s);
        if (again->encode(maxSize) != encoded)
            fail(packet, u"encode(decode(encode(m))) differs from encode(m)"_s);
        const qsizetype second = typeFirst
            ? Message::MinimumSize + 2 + quint8(encoded[Message::MinimumSize + 1])
            : Message::MinimumSize;
        if (second < encoded.size() && quint8(encoded[second]) == Option::Overload)
            ++overloaded;
        (void)BootClient::fromMessage(*again);
    });
    const qint64 ms = timer.elapsed();

    qint64 totalDecoded = 0;
    qint64 totalRejected = 0;
    for (int k = 0; k < PacketMutator::KindCount; ++k) {
        totalDecoded += decoded[k];
        totalRejected += rejected[k];
        qInfo("  %-14s decoded %7lld  rejected %7lld",
            PacketMutator::kindName(PacketMutator::Kind(k)), decoded[k], rejected[k]);
    }
    qInfo(
        "%d packets (%lld KiB) in %lld ms: %lld decoded, %lld rejected; %lld network-boot clients, "
        "%lld re-encoded with option 52",
        iterations, bytes / 1024, ms, totalDecoded, totalRejected, networkBoot, overloaded);

    QVERIFY2(
        failures == 0, qPrintable(u"%1 failures; first: %2"_s.arg(failures).arg(firstFailure)));
    QCOMPARE(totalDecoded + totalRejected, qint64(iterations));
    // Both outcomes must be common, or the fuzzer tests nothing.
    QVERIFY(totalDecoded > iterations / 10);
    QVERIFY(totalRejected > iterations / 10);
    QVERIFY(networkBoot > 0);
    QVERIFY(overloaded > 0);
}

QTEST_GUILESS_MAIN(TestDhcpFuzz)
#include "tst_dhcpfuzz.moc"
