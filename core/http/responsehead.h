// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Http {

/// The status line and header fields of one answer, written the way the
/// strictest boot loader reads them (GRUB: "HTTP/1.1 " exactly, an exact
/// "Content-Length: ", CRLF after every line). Plain value.
struct ResponseHead
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> fields; ///< in the order written
    qint64 contentLength = -1; ///< -1: no Content-Length field (an answer without a body)
    bool keepAlive = true;     ///< false: "Connection: close"

    /// Adds a field; @p value must not hold CR or LF (those are dropped).
    ResponseHead &add(QByteArrayView name, QByteArrayView value);
    /// The bytes to send before the body.
    QByteArray toBytes() const;

    /// "OK", "Partial Content", "Range Not Satisfiable"...; "Unknown" for others.
    static QByteArrayView reason(int status);
};

} // namespace Http
