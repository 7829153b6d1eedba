// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Tftp {

/// TFTP opcodes: RFC 1350 section 5, OACK from RFC 2347.
enum class Opcode : quint16 { ReadRequest = 1, WriteRequest = 2, Data = 3, Ack = 4, Error = 5, OptionAck = 6 };

/// TFTP error codes: RFC 1350 appendix, 8 from RFC 2347.
enum class ErrorCode : quint16 {
    NotDefined = 0, ///< see the message ("server busy: too many transfers")
    FileNotFound = 1,
    AccessViolation = 2,
    DiskFull = 3,
    IllegalOperation = 4,
    UnknownTransferId = 5,
    FileExists = 6,
    NoSuchUser = 7,
    OptionRefused = 8,
};

/// One requested or acknowledged option (RFC 2347). Names are compared
/// without case; decode() lower-cases them.
struct Option
{
    QByteArray name;
    QByteArray value;
    friend bool operator==(const Option &, const Option &) = default;
};

/// One TFTP packet, any opcode. Plain value; the fields that matter depend
/// on the opcode.
struct Packet
{
    static constexpr qsizetype HeaderSize = 4; ///< opcode and block (DATA, ACK) or error code
    static constexpr int MaxOptions = 32; ///< more in one request is hostile, not a client

    Opcode opcode = Opcode::Ack;
    QByteArray fileName; ///< RRQ/WRQ: as sent (no NUL)
    QByteArray mode; ///< RRQ/WRQ: lower-cased ("octet", "netascii")
    QList<Option> options; ///< RRQ/WRQ/OACK: in order, duplicates removed (the first wins)
    quint16 block = 0; ///< DATA/ACK
    QByteArray data; ///< DATA payload
    ErrorCode error = ErrorCode::NotDefined; ///< ERROR
    QByteArray message; ///< ERROR text

    /// Decodes a datagram; on failure returns nothing and says why.
    static std::optional<Packet> decode(QByteArrayView datagram, QString *why);
    QByteArray encode() const;

    static Packet readRequest(const QByteArray &fileName, const QByteArray &mode, QList<Option> options = {});
    static Packet ack(quint16 block);
    static Packet dataBlock(quint16 block, const QByteArray &data);
    static Packet optionAck(QList<Option> options);
    static Packet errorPacket(ErrorCode code, const QByteArray &message);

    /// The value of option \a name (lower case), or nothing.
    std::optional<QByteArray> option(QByteArrayView name) const;
    /// Writes the 4-byte DATA header for \a block to \a out.
    static void writeDataHeader(char *out, quint16 block);
};

/// "RRQ", "DATA", ... for logs and events.
QString opcodeName(Opcode opcode);

} // namespace Tftp
