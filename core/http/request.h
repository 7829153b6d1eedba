// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace Http {

/// The head of one HTTP/1.x request (RFC 9112), as Request::parse() found
/// it. Plain value: what it means (which file, which machine) is the
/// server's business.
struct Request
{
    /// How much of a request head Rackside reads before it answers 414 or 431.
    struct Limits
    {
        qsizetype requestLine = 8 * 1024;
        qsizetype head = 16 * 1024; ///< request line and every header field
        qsizetype fields = 100;
    };

    /// What parse() made of the bytes so far.
    struct Parsed;

    QByteArray method; ///< "GET", as sent (methods are case-sensitive)
    QByteArray target; ///< the request-target as sent: "/boot/x?y" or "http://host/boot/x"
    QString path;      ///< the target's path, percent-decoded UTF-8: "/boot/x"
    QByteArray query;  ///< after '?', still encoded; empty when none
    int minorVersion = 1; ///< HTTP/1.0 or HTTP/1.1
    /// Header fields in order; names lower-case, values without surrounding whitespace.
    QList<std::pair<QByteArray, QByteArray>> fields;
    qint64 contentLength = 0; ///< of the body that follows the head

    /// The first field called @p name (lower-case); null when there is none.
    QByteArray field(QByteArrayView name) const;
    /// Every field called @p name (X-RHN-Provisioning-MAC-0, -1... are different names).
    QList<QByteArray> fieldValues(QByteArrayView name) const;
    /// Whether the connection stays open after the answer: HTTP/1.1 unless
    /// "Connection: close", HTTP/1.0 only with "Connection: keep-alive".
    bool keepAlive() const;

    /// Parses the request head at the start of @p data. A head is complete
    /// at its empty line (CRLF, or a bare LF as RFC 9112 section 2.2 lets a
    /// server accept). Never reads past @p limits, whatever @p data holds.
    static Parsed parse(QByteArrayView data, const Limits &limits);
    static Parsed parse(QByteArrayView data);
};

struct Request::Parsed
{
    enum class Status { NeedMore, Complete, Error };

    Status status = Status::NeedMore;
    Request request;      ///< when Complete
    qsizetype headSize = 0; ///< bytes of @p data the head took, when Complete
    int errorStatus = 0;  ///< when Error: 400, 414, 431, 501 or 505
    QString error;        ///< when Error: what was wrong, for the log

    bool isComplete() const { return status == Status::Complete; }
    bool isError() const { return status == Status::Error; }
};

} // namespace Http
