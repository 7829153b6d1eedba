// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/message.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Dhcp {

namespace {

constexpr quint8 Cookie[4] = {99, 130, 83, 99};
constexpr int SnameOffset = 44;
constexpr int SnameSize = 64;
constexpr int FileOffset = 108;
constexpr int FileSize = 128;

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// Reads the options in one area; stops at End or at the end of the area.
bool readOptions(QByteArrayView area, Options &out, QString *error, const char *where)
{
    qsizetype i = 0;
    while (i < area.size()) {
        const quint8 code = quint8(area[i]);
        if (code == Option::End)
            return true;
        if (code == Option::Pad) {
            ++i;
            continue;
        }
        if (i + 1 >= area.size())
            return fail(error, u"option %1 in %2 has no length byte"_s.arg(code).arg(QLatin1StringView(where)));
        const quint8 len = quint8(area[i + 1]);
        if (i + 2 + len > area.size())
            return fail(error, u"option %1 in %2 claims %3 bytes, %4 remain"_s.arg(code)
                                   .arg(QLatin1StringView(where))
                                   .arg(len)
                                   .arg(area.size() - i - 2));
        out.append(code, area.sliced(i + 2, len));
        i += 2 + len;
    }
    return true;
}

QByteArray cString(QByteArrayView field)
{
    const auto nul = field.indexOf('\0');
    return (nul < 0 ? field : field.first(nul)).toByteArray();
}

} // namespace

MessageType Message::type() const
{
    const auto t = options.u8(Option::MessageType);
    if (!t || *t < 1 || *t > 8)
        return MessageType::None;
    return MessageType(*t);
}

Net::MacAddress Message::mac() const
{
    if (htype != 1 || hlen != 6)
        return {};
    return Net::MacAddress::fromBytes(chaddr.data());
}

void Message::setMac(const Net::MacAddress &mac)
{
    htype = 1;
    hlen = 6;
    chaddr.fill(0);
    std::copy(mac.bytes().begin(), mac.bytes().end(), chaddr.begin());
}

std::optional<Message> Message::decode(QByteArrayView data, QString *error)
{
    if (data.size() < MinimumSize) {
        fail(error, u"%1 bytes is shorter than a DHCP message (240)"_s.arg(data.size()));
        return std::nullopt;
    }
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    if (std::memcmp(p + HeaderSize, Cookie, 4) != 0) {
        fail(error, u"no DHCP magic cookie (plain BOOTP is not served)"_s);
        return std::nullopt;
    }
    Message m;
    m.op = p[0];
    m.htype = p[1];
    m.hlen = p[2];
    m.hops = p[3];
    if (m.op != 1 && m.op != 2) {
        fail(error, u"op %1 is neither BOOTREQUEST nor BOOTREPLY"_s.arg(m.op));
        return std::nullopt;
    }
    if (m.hlen > 16) {
        fail(error, u"hardware address length %1 exceeds 16"_s.arg(m.hlen));
        return std::nullopt;
    }
    m.xid = qFromBigEndian<quint32>(p + 4);
    m.secs = qFromBigEndian<quint16>(p + 8);
    m.flags = qFromBigEndian<quint16>(p + 10);
    m.ciaddr = qFromBigEndian<quint32>(p + 12);
    m.yiaddr = qFromBigEndian<quint32>(p + 16);
    m.siaddr = qFromBigEndian<quint32>(p + 20);
    m.giaddr = qFromBigEndian<quint32>(p + 24);
    std::copy_n(p + 28, 16, m.chaddr.begin());

    const QByteArrayView sname = data.sliced(SnameOffset, SnameSize);
    const QByteArrayView file = data.sliced(FileOffset, FileSize);
    if (!readOptions(data.sliced(MinimumSize), m.options, error, "options"))
        return std::nullopt;

    // RFC 2131 4.1: with option 52, 'file' then 'sname' carry more options.
    const quint8 overload = m.options.u8(Option::Overload).value_or(0);
    if (overload > 3) {
        fail(error, u"option overload value %1 is not 1, 2 or 3"_s.arg(overload));
        return std::nullopt;
    }
    if ((overload & 1) && !readOptions(file, m.options, error, "file field"))
        return std::nullopt;
    if ((overload & 2) && !readOptions(sname, m.options, error, "sname field"))
        return std::nullopt;
    if (!(overload & 1))
        m.file = cString(file);
    if (!(overload & 2))
        m.sname = cString(sname);
    m.options.remove(Option::Overload);
    return m;
}

QByteArray Message::encode(int maxSize) const
{
    maxSize = std::max(maxSize, MinimumSize + 64);
    QByteArray out(MinimumSize, '\0');
    auto *p = reinterpret_cast<uchar *>(out.data());
    p[0] = op;
    p[1] = htype;
    p[2] = hlen;
    p[3] = hops;
    qToBigEndian(xid, p + 4);
    qToBigEndian(secs, p + 8);
    qToBigEndian(flags, p + 10);
    qToBigEndian(ciaddr, p + 12);
    qToBigEndian(yiaddr, p + 16);
    qToBigEndian(siaddr, p + 20);
    qToBigEndian(giaddr, p + 24);
    std::copy(chaddr.begin(), chaddr.end(), p + 28);
    std::memcpy(p + HeaderSize, Cookie, 4);

    // Message type first: some PXE ROMs only look there.
    QList<std::pair<quint8, QByteArray>> pending;
    if (auto t = options.value(Option::MessageType))
        pending.append({quint8(Option::MessageType), *t});
    for (const auto &item : options.items())
        if (item.first != Option::MessageType && item.first != Option::Overload
            && item.first != Option::Pad && item.first != Option::End) // 0 and 255 take no data
            pending.append(item);

    // Main area: leave room for option 52 (3 bytes) and End.
    const qsizetype mainRoom = maxSize - MinimumSize - 1 - 3;
    QByteArray main, inFile, inSname;
    const bool fileFree = file.isEmpty();
    const bool snameFree = sname.isEmpty();
    for (const auto &[code, data] : pending) {
        const auto sizes = options.instanceSizes(code);
        const qsizetype need = Options::encodedSize(data, sizes);
        if (main.size() + need <= mainRoom)
            Options::write(main, code, data, sizes);
        else if (fileFree && inFile.size() + need <= FileSize - 1)
            Options::write(inFile, code, data, sizes);
        else if (snameFree && inSname.size() + need <= SnameSize - 1)
            Options::write(inSname, code, data, sizes);
        // else: does not fit this client; dropped whole rather than cut.
    }
    // Option 52 goes right after the message type, which stays first.
    const quint8 overload = (inFile.isEmpty() ? 0 : 1) | (inSname.isEmpty() ? 0 : 2);
    const bool typeFirst = !main.isEmpty() && quint8(main[0]) == Option::MessageType;
    const qsizetype typeSize = typeFirst ? 2 + quint8(main[1]) : 0;
    out.append(main.first(typeSize));
    if (overload)
        Options::write(out, Option::Overload, QByteArray(1, char(overload)));
    out.append(main.sliced(typeSize));
    out.append(char(Option::End));

    auto fill = [&](int offset, int size, const QByteArray &opts, const QByteArray &text) {
        if (!opts.isEmpty()) {
            std::memcpy(out.data() + offset, opts.constData(), opts.size());
            out[offset + opts.size()] = char(Option::End);
        } else {
            std::memcpy(out.data() + offset, text.constData(), std::min<qsizetype>(text.size(), size - 1));
        }
    };
    fill(SnameOffset, SnameSize, inSname, sname);
    fill(FileOffset, FileSize, inFile, file);

    if (out.size() < BootpMinimumSize)
        out.append(QByteArray(BootpMinimumSize - out.size(), '\0'));
    return out;
}

Message Message::replyTo(const Message &request, MessageType type, quint32 serverId)
{
    Message reply;
    reply.op = 2;
    reply.htype = request.htype;
    reply.hlen = request.hlen;
    reply.xid = request.xid;
    reply.flags = request.flags;
    reply.giaddr = request.giaddr;
    reply.chaddr = request.chaddr;
    reply.options.setU8(Option::MessageType, quint8(type));
    reply.options.setU32(Option::ServerId, serverId);
    if (auto relay = request.options.value(Option::RelayAgent))
        reply.options.set(Option::RelayAgent, *relay); // RFC 3046 2.2: echo it
    return reply;
}

QString messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::Discover: return u"DISCOVER"_s;
    case MessageType::Offer: return u"OFFER"_s;
    case MessageType::Request: return u"REQUEST"_s;
    case MessageType::Decline: return u"DECLINE"_s;
    case MessageType::Ack: return u"ACK"_s;
    case MessageType::Nak: return u"NAK"_s;
    case MessageType::Release: return u"RELEASE"_s;
    case MessageType::Inform: return u"INFORM"_s;
    case MessageType::None: break;
    }
    return u"BOOTP"_s;
}

} // namespace Dhcp
