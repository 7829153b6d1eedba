// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deterministic packet fuzzing for DHCP codecs and engines: a seeded
// generator of random and mutated UDP payloads, and a loop that hands each
// one to a callback. Any consumer of raw DHCP (decode, lease engine,
// responder) can be driven by the same stream:
//
//   PacketMutator mutator(seeds, 0x5eed);
//   mutator.run(100000, [&](QByteArrayView packet, PacketMutator::Kind kind) { ... });
//
// The same seed and seed packets always give the same packets, so a failure
// is reproduced by its iteration number.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <utility>

class PacketMutator
{
public:
    enum class Kind : int {
        Random, ///< random bytes, random length
        RandomDhcp, ///< random bytes behind a plausible header and cookie
        BitFlip,
        ByteSet, ///< a few bytes set to random or boundary values
        Truncate,
        Splice, ///< the head of one seed and the tail of another
        LengthByte, ///< an option's length byte changed
        InsertOption, ///< a random option (maybe long, maybe 52) spliced in
        Overload, ///< option 52 with options or garbage in file/sname
        Stacked, ///< several of the above in a row
    };
    static constexpr int KindCount = int(Kind::Stacked) + 1;

    static const char *kindName(Kind kind)
    {
        static constexpr std::array<const char *, KindCount> names
            = {"random", "random-dhcp", "bit-flip", "byte-set", "truncate", "splice", "length-byte",
                "insert-option", "overload", "stacked"};
        return names[size_t(kind)];
    }

    PacketMutator(QList<QByteArray> seeds, quint32 seed)
        : m_seeds(std::move(seeds))
        , m_rng(seed)
    {
        m_seeds.removeIf([](const QByteArray &s) { return s.isEmpty(); });
    }

    /// The next packet; lastKind() says how it was made.
    QByteArray next()
    {
        const quint32 roll = m_rng.bounded(100u);
        if (m_seeds.isEmpty() || roll < 6)
            return make(Kind::Random);
        if (roll < 14)
            return make(Kind::RandomDhcp);
        if (roll < 26)
            return make(Kind::Stacked);
        return make(Kind(int(Kind::BitFlip)
            + int(m_rng.bounded(quint32(Kind::Overload) - quint32(Kind::BitFlip) + 1))));
    }

    Kind lastKind() const { return m_kind; }

    /// Calls \a callback(QByteArrayView packet, Kind kind) \a count times.
    template<typename Callback> void run(int count, Callback &&callback)
    {
        for (int i = 0; i < count; ++i) {
            const QByteArray packet = next();
            callback(QByteArrayView(packet), m_kind);
        }
    }

private:
    static constexpr int OptionsStart = 240;
    static constexpr int SnameOffset = 44;
    static constexpr int FileOffset = 108;

    quint32 below(qsizetype n) { return n <= 0 ? 0 : m_rng.bounded(quint32(n)); }
    char randomByte() { return char(m_rng.bounded(256u)); }

    char interestingByte()
    {
        static constexpr std::array<quint8, 14> values
            = {0, 1, 2, 3, 4, 6, 16, 17, 52, 53, 127, 128, 254, 255};
        return m_rng.bounded(2u) ? char(values[below(values.size())]) : randomByte();
    }

    QByteArray randomBytes(qsizetype n)
    {
        QByteArray out(n, Qt::Uninitialized);
        for (char &c : out)
            c = randomByte();
        return out;
    }

    const QByteArray &anySeed() { return m_seeds[below(m_seeds.size())]; }

    QByteArray make(Kind kind)
    {
        m_kind = kind;
        switch (kind) {
        case Kind::Random:
            // Mostly around DHCP sizes, sometimes up to a jumbo frame.
            return randomBytes(m_rng.bounded(4u) ? below(700) : below(9000));
        case Kind::RandomDhcp: {
            // A plausible header and cookie, then random options (a few
            // with lying lengths), or just random bytes.
            QByteArray p = randomBytes(OptionsStart);
            p[0] = char(1 + below(2));
            p[1] = 1;
            p[2] = char(m_rng.bounded(8u) ? 6 : below(20));
            const char cookie[4] = {char(99), char(130), char(83), char(99)};
            std::copy_n(cookie, 4, p.begin() + 236);
            const qsizetype size = OptionsStart + below(m_rng.bounded(16u) ? 400 : 2000);
            if (m_rng.bounded(4u) == 0)
                return p + randomBytes(size - OptionsStart);
            while (p.size() < size)
                p += randomOption();
            if (m_rng.bounded(2u))
                p.append(char(255));
            return p;
        }
        case Kind::Stacked: {
            QByteArray p = anySeed();
            const quint32 steps = 2 + below(3);
            for (quint32 i = 0; i < steps; ++i)
                p = mutate(Kind(int(Kind::BitFlip)
                               + int(below(int(Kind::Overload) - int(Kind::BitFlip) + 1))),
                    p);
            m_kind = Kind::Stacked;
            return p;
        }
        default:
            return mutate(kind, anySeed());
        }
    }

    // Offsets of the length bytes of the options in the main area.
    QList<qsizetype> lengthBytes(const QByteArray &p) const
    {
        QList<qsizetype> out;
        qsizetype i = OptionsStart;
        while (i + 1 < p.size()) {
            const quint8 code = quint8(p[i]);
            if (code == 255)
                break;
            if (code == 0) {
                ++i;
                continue;
            }
            out.append(i + 1);
            i += 2 + quint8(p[i + 1]);
        }
        return out;
    }

    QByteArray randomOption()
    {
        const quint8 code = m_rng.bounded(5u) ? quint8(1 + below(254)) : quint8(52);
        qsizetype len = below(m_rng.bounded(8u) ? 16 : 256);
        QByteArray out;
        out.append(char(code));
        out.append(char(m_rng.bounded(40u) ? len : below(256))); // sometimes lies
        out.append(randomBytes(len));
        return out;
    }

    QByteArray mutate(Kind kind, QByteArray p)
    {
        if (p.isEmpty())
            return p;
        switch (kind) {
        case Kind::BitFlip: {
            const quint32 flips = 1 + below(8);
            for (quint32 i = 0; i < flips; ++i)
                p[below(p.size())] ^= char(1 << below(8));
            return p;
        }
        case Kind::ByteSet: {
            const quint32 n = 1 + below(8);
            for (quint32 i = 0; i < n; ++i) {
                // Favour the header fields and the first options.
                const qsizetype at = m_rng.bounded(2u) ? below(std::min<qsizetype>(p.size(), 260))
                                                       : below(p.size());
                p[at] = interestingByte();
            }
            return p;
        }
        case Kind::Truncate:
            p.truncate(m_rng.bounded(2u) ? below(p.size())
                                         : OptionsStart + below(p.size() - OptionsStart));
            return p;
        case Kind::Splice: {
            const QByteArray &other = anySeed();
            const qsizetype cut = below(p.size() + 1);
            const qsizetype from = below(other.size() + 1);
            return p.first(cut) + other.sliced(from);
        }
        case Kind::LengthByte: {
            const auto at = lengthBytes(p);
            if (at.isEmpty())
                return mutate(Kind::ByteSet, p);
            const qsizetype i = at[below(at.size())];
            switch (below(5)) {
            case 0:
                p[i] = char(quint8(p[i]) + 1);
                break;
            case 1:
                p[i] = char(quint8(p[i]) - 1);
                break;
            case 2:
                p[i] = 0;
                break;
            case 3:
                p[i] = char(255);
                break;
            default:
                p[i] = randomByte();
                break;
            }
            return p;
        }
        case Kind::InsertOption: {
            const auto at = lengthBytes(p);
            const qsizetype pos = at.isEmpty() ? std::min<qsizetype>(p.size(), OptionsStart)
                                               : at[below(at.size())] - 1;
            p.insert(pos, randomOption());
            // Sometimes many times, to build long and repeated (RFC 3396) options.
            if (!m_rng.bounded(8u))
                for (quint32 i = below(300); i > 0; --i)
                    p.insert(pos, randomOption());
            return p;
        }
        case Kind::Overload: {
            if (p.size() < OptionsStart)
                p.append(QByteArray(OptionsStart - p.size(), '\0'));
            const quint8 value = m_rng.bounded(6u) ? quint8(1 + below(3)) : quint8(below(256));
            const char overload[3] = {52, 1, char(value)};
            p.insert(OptionsStart, QByteArrayView(overload, 3));
            // Fill file and/or sname with options taken from a seed, with
            // random bytes, or leave what is there.
            auto fill = [&](qsizetype offset, qsizetype size) {
                switch (below(3)) {
                case 0: {
                    const QByteArray &src = anySeed();
                    if (src.size() > OptionsStart) {
                        const qsizetype from = OptionsStart + below(src.size() - OptionsStart);
                        const QByteArray chunk
                            = src.sliced(from).first(std::min<qsizetype>(size, src.size() - from));
                        std::copy(chunk.begin(), chunk.end(), p.begin() + offset);
                    }
                    break;
                }
                case 1: {
                    const QByteArray garbage = randomBytes(size);
                    std::copy(garbage.begin(), garbage.end(), p.begin() + offset);
                    break;
                }
                default:
                    break;
                }
            };
            if (value & 1)
                fill(FileOffset, 128);
            if (value & 2)
                fill(SnameOffset, 64);
            return p;
        }
        default:
            return p;
        }
    }

    QList<QByteArray> m_seeds;
    QRandomGenerator m_rng;
    Kind m_kind = Kind::Random;
};
