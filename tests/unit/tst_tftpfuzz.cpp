// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic fuzzing of the TFTP codec: random packets and mutations of
// requests real clients send (iPXE, GRUB, EDK2, tftp-hpa, curl, atftp) go
// through Packet::decode; whatever decodes is encoded again and must be a
// fixed point, requests are negotiated and their names normalised as the
// server would. Nothing may crash or trip ASan/UBSan.
//
// RACKSIDE_FUZZ_ITERATIONS and RACKSIDE_FUZZ_SEED override the defaults.
#include "boot/treefiles.h"
#include "tftp/negotiation.h"
#include "tftp/packet.h"
#include "tftp/sendwindow.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tftp;

namespace {

constexpr int DefaultIterations = 200'000;
constexpr quint32 DefaultSeed = 0x7f7f2025;

QList<QByteArray> seedPackets()
{
    return {
        Packet::readRequest("undionly.kpxe", "octet", {{"blksize", "1432"}, {"tsize", "0"}}).encode(),
        Packet::readRequest("/boot/grub/i386-pc/normal.mod", "octet", {{"tsize", "0"}, {"blksize", "1024"}}).encode(),
        Packet::readRequest("grubx64.efi", "octet", {{"tsize", "0"}, {"blksize", "1468"}, {"windowsize", "4"}}).encode(),
        Packet::readRequest("pxelinux.cfg\\01-52-54-00-12-34-56", "netascii").encode(),
        Packet::readRequest("f", "octet", {{"timeout", "3"}, {"tsize", "0"}, {"blksize", "65464"}}).encode(),
        Packet::readRequest("../../etc/passwd", "octet").encode(),
        Packet::ack(0).encode(),
        Packet::ack(65535).encode(),
        Packet::dataBlock(7, QByteArray(512, 'd')).encode(),
        Packet::errorPacket(ErrorCode::OptionRefused, "tsize probe").encode(),
        Packet::optionAck({{"blksize", "1468"}, {"windowsize", "16"}}).encode(),
    };
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

class Mutator
{
public:
    enum Kind { Random, BitFlip, ByteSet, Truncate, Splice, NulShuffle, OptionSpam, Stacked, KindCount };

    Mutator(QList<QByteArray> seeds, quint32 seed) : m_seeds(std::move(seeds)), m_rng(seed) {}

    QByteArray next(Kind *kind)
    {
        *kind = Kind(m_rng.bounded(quint32(KindCount)));
        if (*kind == Stacked) {
            QByteArray p = seed();
            for (quint32 i = 0, n = 2 + m_rng.bounded(3u); i < n; ++i)
                p = mutate(Kind(1 + m_rng.bounded(quint32(OptionSpam))), p);
            return p;
        }
        return *kind == Random ? random(m_rng.bounded(8u) ? m_rng.bounded(600u) : m_rng.bounded(70000u))
                               : mutate(*kind, seed());
    }

private:
    const QByteArray &seed() { return m_seeds[m_rng.bounded(quint32(m_seeds.size()))]; }
    QByteArray random(quint32 n)
    {
        QByteArray out(n, Qt::Uninitialized);
        for (char &c : out)
            c = char(m_rng.bounded(256u));
        // Mostly a valid opcode in front, so the body parsers are reached.
        if (n >= 2 && m_rng.bounded(4u)) {
            out[0] = 0;
            out[1] = char(1 + m_rng.bounded(6u));
        }
        return out;
    }
    char interesting()
    {
        static constexpr char values[] = {0, 0, 0, '0', '1', '9', '.', '/', '\\', '-', char(0xff), 'a'};
        return values[m_rng.bounded(quint32(sizeof values))];
    }
    QByteArray mutate(Kind kind, QByteArray p)
    {
        if (p.isEmpty())
            return random(10);
        const auto at = [&] { return qsizetype(m_rng.bounded(quint32(p.size()))); };
        switch (kind) {
        case BitFlip:
            for (quint32 i = 0, n = 1 + m_rng.bounded(6u); i < n; ++i)
                p[at()] = char(p[at()] ^ (1 << m_rng.bounded(8u)));
            return p;
        case ByteSet:
            for (quint32 i = 0, n = 1 + m_rng.bounded(6u); i < n; ++i)
                p[at()] = interesting();
            return p;
        case Truncate:
            p.truncate(at());
            return p;
        case Splice: {
            const QByteArray &other = seed();
            return p.first(at()) + other.sliced(m_rng.bounded(quint32(other.size())));
        }
        case NulShuffle: {
            // Remove or insert terminators: strings run into each other.
            const qsizetype nul = p.indexOf('\0', 2 + (p.size() > 3 ? at() % (p.size() - 2) : 0));
            if (nul >= 0 && m_rng.bounded(2u))
                p.remove(nul, 1);
            else
                p.insert(at(), '\0');
            return p;
        }
        case OptionSpam: {
            static const QByteArrayList names = {"blksize", "tsize", "timeout", "windowsize", "BLKSIZE", "x", ""};
            for (quint32 i = 0, n = 1 + m_rng.bounded(m_rng.bounded(8u) ? 4u : 60u); i < n; ++i) {
                p += names[m_rng.bounded(quint32(names.size()))] + '\0';
                p += QByteArray::number(qint64(m_rng.bounded(200000u)) - 100) + '\0';
            }
            return p;
        }
        default:
            return p;
        }
    }

    QList<QByteArray> m_seeds;
    QRandomGenerator m_rng;
};

} // namespace

class TestTftpFuzz : public QObject
{
    Q_OBJECT

private slots:
    void seedsDecode();
    void decodeEncodeNegotiate();
    void windowUnderRandomAcks();
};

void TestTftpFuzz::seedsDecode()
{
    for (const QByteArray &seed : seedPackets()) {
        QString why;
        QVERIFY2(Packet::decode(seed, &why), qPrintable(why));
    }
}

void TestTftpFuzz::decodeEncodeNegotiate()
{
    const int iterations = envInt("RACKSIDE_FUZZ_ITERATIONS", DefaultIterations);
    const quint32 seed = quint32(envInt("RACKSIDE_FUZZ_SEED", int(DefaultSeed)));
    Mutator mutator(seedPackets(), seed);
    QRandomGenerator sizes(seed ^ 0x512);
    qint64 decoded = 0, rejected = 0, requests = 0, negotiatedOptions = 0, refusedNames = 0;
    int failures = 0;
    QString firstFailure;
    int iteration = 0;
    auto fail = [&](const QByteArray &packet, const QString &what) {
        if (failures++ == 0)
            firstFailure = u"iteration %1 (seed %2): %3\npacket: %4"_s.arg(iteration).arg(seed).arg(
                what, QString::fromLatin1(packet.left(200).toHex()));
    };
    QElapsedTimer timer;
    timer.start();
    for (iteration = 0; iteration < iterations; ++iteration) {
        Mutator::Kind kind;
        const QByteArray packet = mutator.next(&kind);
        QString why;
        const auto p = Packet::decode(packet, &why);
        if (!p) {
            ++rejected;
            if (why.isEmpty())
                fail(packet, u"rejected without a reason"_s);
            continue;
        }
        ++decoded;
        if (p->options.size() > Packet::MaxOptions)
            fail(packet, u"%1 options accepted"_s.arg(p->options.size()));
        const QByteArray encoded = p->encode();
        const auto again = Packet::decode(encoded, &why);
        if (!again) {
            fail(packet, u"own encoding rejected: %1"_s.arg(why));
            continue;
        }
        if (again->encode() != encoded)
            fail(packet, u"encode(decode(encode(p))) differs"_s);
        if (p->opcode != Opcode::ReadRequest)
            continue;
        ++requests;
        const qint64 size = sizes.bounded(4u) ? qint64(sizes.bounded(100000000u)) : -1;
        const Negotiation n = Negotiation::negotiate(p->options, size, Limits{});
        if (n.blockSize < 8 || n.blockSize > 65464 || n.windowSize < 1 || n.windowSize > 64 || n.timeoutSecs < 0
            || n.timeoutSecs > 255)
            fail(packet, u"negotiated out of range: %1"_s.arg(n.describe()));
        if (n.acknowledged.size() > p->options.size())
            fail(packet, u"acknowledged options nobody asked for"_s);
        negotiatedOptions += n.acknowledged.size();
        const auto name = Boot::TreeFiles::normalise(QString::fromUtf8(p->fileName), &why);
        if (!name) {
            ++refusedNames;
            continue;
        }
        if (name->startsWith(u'/') || name->contains(u'\\') || name->split(u'/').contains(u".."_s)
            || name->contains(QChar(0)) || name->isEmpty())
            fail(packet, u"normalised name can leave the tree: %1"_s.arg(*name));
    }
    qInfo("%d packets in %lld ms: %lld decoded, %lld rejected; %lld requests, %lld options acknowledged, %lld names refused",
          iterations, timer.elapsed(), decoded, rejected, requests, negotiatedOptions, refusedNames);
    QVERIFY2(failures == 0, qPrintable(u"%1 failures; first: %2"_s.arg(failures).arg(firstFailure)));
    QVERIFY(decoded > iterations / 10);
    QVERIFY(rejected > iterations / 10);
    QVERIFY(requests > iterations / 20);
    QVERIFY(negotiatedOptions > 0);
    QVERIFY(refusedNames > 0);
}

void TestTftpFuzz::windowUnderRandomAcks()
{
    // Whatever ACKs arrive, the window only moves forward, never past what
    // was sent, and never offers more than one window.
    QRandomGenerator rng(DefaultSeed);
    for (int run = 0; run < 200; ++run) {
        const int window = 1 + int(rng.bounded(64u));
        const qint64 last = 1 + qint64(rng.bounded(200000u));
        SendWindow w(window, last);
        qint64 acked = 0;
        for (int step = 0; step < 2000 && !w.complete(); ++step) {
            int sent = 0;
            while (w.canSend()) {
                w.markSent();
                ++sent;
            }
            QVERIFY(sent <= window);
            QVERIFY(w.next() - 1 <= w.acked() + window);
            const qint64 top = w.next() - 1;
            if (top == w.acked())
                break;
            const quint16 ack = rng.bounded(3u) ? SendWindow::wire(w.acked() + 1 + rng.bounded(quint32(top - w.acked())))
                                                : quint16(rng.bounded(65536u));
            const auto r = w.acknowledge(ack);
            QVERIFY(w.acked() >= acked);
            QVERIFY(w.acked() <= top);
            QCOMPARE(r == SendWindow::Ack::Ignored, w.acked() == acked);
            acked = w.acked();
            if (rng.bounded(10u) == 0)
                w.rewind();
        }
    }
}

QTEST_GUILESS_MAIN(TestTftpFuzz)
#include "tst_tftpfuzz.moc"
