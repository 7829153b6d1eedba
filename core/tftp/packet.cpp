// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftp/packet.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tftp {

namespace {

quint16 read16(QByteArrayView d, qsizetype at)
{
    return quint16((quint8(d[at]) << 8) | quint8(d[at + 1]));
}

void append16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

void appendString(QByteArray &out, QByteArrayView s)
{
    out.append(s);
    out.append('\0');
}

// RFC 2347: after the request's strings come name/value pairs, each
// NUL-terminated. Some PXE ROMs pad requests with NULs; a run of empty
// strings at the end is padding, not an option.
bool readOptions(QByteArrayView d, qsizetype at, QList<Option> *options, QString *why)
{
    QList<QByteArray> strings;
    while (at < d.size()) {
        const qsizetype end = d.indexOf('\0', at);
        if (end < 0) {
            *why = u"option list not NUL-terminated"_s;
            return false;
        }
        strings.append(d.sliced(at, end - at).toByteArray());
        at = end + 1;
    }
    // The last non-empty string ends the options; if it is a name, the
    // empty string after it is its value.
    qsizetype last = strings.size() - 1;
    while (last >= 0 && strings[last].isEmpty())
        --last;
    strings.resize(last < 0 ? 0 : std::min(strings.size(), last % 2 == 0 ? last + 2 : last + 1));
    if (strings.size() % 2) {
        *why = u"option '%1' without a value"_s.arg(QString::fromLatin1(strings.last().left(40)));
        return false;
    }
    if (strings.size() / 2 > Packet::MaxOptions) {
        *why = u"%1 options (at most %2)"_s.arg(strings.size() / 2).arg(Packet::MaxOptions);
        return false;
    }
    for (qsizetype i = 0; i < strings.size(); i += 2) {
        const QByteArray name = strings[i].toLower();
        if (name.isEmpty()) {
            *why = u"empty option name"_s;
            return false;
        }
        // RFC 2347 does not say what a repeated option means: the first wins.
        const bool seen = std::any_of(options->cbegin(), options->cend(),
                                      [&](const Option &o) { return o.name == name; });
        if (!seen)
            options->append({name, strings[i + 1]});
    }
    return true;
}

} // namespace

std::optional<Packet> Packet::decode(QByteArrayView d, QString *why)
{
    if (d.size() < 2) {
        *why = u"%1 bytes, too short for an opcode"_s.arg(d.size());
        return std::nullopt;
    }
    Packet p;
    const quint16 op = read16(d, 0);
    switch (op) {
    case quint16(Opcode::ReadRequest):
    case quint16(Opcode::WriteRequest): {
        p.opcode = Opcode(op);
        const qsizetype nameEnd = d.indexOf('\0', 2);
        if (nameEnd < 0) {
            *why = u"file name not NUL-terminated"_s;
            return std::nullopt;
        }
        p.fileName = d.sliced(2, nameEnd - 2).toByteArray();
        if (p.fileName.isEmpty()) {
            *why = u"empty file name"_s;
            return std::nullopt;
        }
        const qsizetype modeEnd = d.indexOf('\0', nameEnd + 1);
        if (modeEnd < 0) {
            *why = u"mode not NUL-terminated"_s;
            return std::nullopt;
        }
        p.mode = d.sliced(nameEnd + 1, modeEnd - nameEnd - 1).toByteArray().toLower();
        if (p.mode.isEmpty()) {
            *why = u"empty transfer mode"_s;
            return std::nullopt;
        }
        if (!readOptions(d, modeEnd + 1, &p.options, why))
            return std::nullopt;
        return p;
    }
    case quint16(Opcode::Data):
    case quint16(Opcode::Ack):
        p.opcode = Opcode(op);
        if (d.size() < HeaderSize) {
            *why = u"%1 of %2 bytes, too short for a block number"_s.arg(opcodeName(p.opcode)).arg(d.size());
            return std::nullopt;
        }
        p.block = read16(d, 2);
        if (p.opcode == Opcode::Data)
            p.data = d.sliced(HeaderSize).toByteArray();
        return p;
    case quint16(Opcode::Error): {
        p.opcode = Opcode::Error;
        if (d.size() < HeaderSize) {
            *why = u"ERROR of %1 bytes, too short for an error code"_s.arg(d.size());
            return std::nullopt;
        }
        p.error = ErrorCode(read16(d, 2));
        // Firmware sometimes forgets the message's NUL: take what is there.
        const QByteArrayView text = d.sliced(HeaderSize);
        const qsizetype end = text.indexOf('\0');
        p.message = (end < 0 ? text : text.first(end)).toByteArray();
        return p;
    }
    case quint16(Opcode::OptionAck):
        p.opcode = Opcode::OptionAck;
        if (!readOptions(d, 2, &p.options, why))
            return std::nullopt;
        return p;
    default:
        *why = u"unknown opcode %1"_s.arg(op);
        return std::nullopt;
    }
}

QByteArray Packet::encode() const
{
    QByteArray out;
    append16(out, quint16(opcode));
    switch (opcode) {
    case Opcode::ReadRequest:
    case Opcode::WriteRequest:
        appendString(out, fileName);
        appendString(out, mode);
        [[fallthrough]];
    case Opcode::OptionAck:
        for (const Option &o : options) {
            appendString(out, o.name);
            appendString(out, o.value);
        }
        break;
    case Opcode::Data:
    case Opcode::Ack:
        append16(out, block);
        if (opcode == Opcode::Data)
            out.append(data);
        break;
    case Opcode::Error:
        append16(out, quint16(error));
        appendString(out, message);
        break;
    }
    return out;
}

Packet Packet::readRequest(const QByteArray &fileName, const QByteArray &mode, QList<Option> options)
{
    Packet p;
    p.opcode = Opcode::ReadRequest;
    p.fileName = fileName;
    p.mode = mode;
    p.options = std::move(options);
    return p;
}

Packet Packet::ack(quint16 block)
{
    Packet p;
    p.opcode = Opcode::Ack;
    p.block = block;
    return p;
}

Packet Packet::dataBlock(quint16 block, const QByteArray &data)
{
    Packet p;
    p.opcode = Opcode::Data;
    p.block = block;
    p.data = data;
    return p;
}

Packet Packet::optionAck(QList<Option> options)
{
    Packet p;
    p.opcode = Opcode::OptionAck;
    p.options = std::move(options);
    return p;
}

Packet Packet::errorPacket(ErrorCode code, const QByteArray &message)
{
    Packet p;
    p.opcode = Opcode::Error;
    p.error = code;
    p.message = message;
    return p;
}

std::optional<QByteArray> Packet::option(QByteArrayView name) const
{
    for (const Option &o : options) {
        if (o.name == name)
            return o.value;
    }
    return std::nullopt;
}

void Packet::writeDataHeader(char *out, quint16 block)
{
    out[0] = 0;
    out[1] = char(Opcode::Data);
    out[2] = char(block >> 8);
    out[3] = char(block & 0xff);
}

QString opcodeName(Opcode opcode)
{
    switch (opcode) {
    case Opcode::ReadRequest: return u"RRQ"_s;
    case Opcode::WriteRequest: return u"WRQ"_s;
    case Opcode::Data: return u"DATA"_s;
    case Opcode::Ack: return u"ACK"_s;
    case Opcode::Error: return u"ERROR"_s;
    case Opcode::OptionAck: return u"OACK"_s;
    }
    return u"opcode %1"_s.arg(quint16(opcode));
}

} // namespace Tftp
