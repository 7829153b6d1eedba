// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/responsehead.h"

namespace Http {

ResponseHead &ResponseHead::add(QByteArrayView name, QByteArrayView value)
{
    QByteArray clean = value.toByteArray();
    clean.removeIf([](char c) { return c == '\r' || c == '\n'; }); // no header injection
    fields.append({name.toByteArray(), clean});
    return *this;
}

QByteArray ResponseHead::toBytes() const
{
    QByteArray out;
    out.reserve(256);
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(reason(status)).append("\r\n");
    for (const auto &[name, value] : fields)
        out.append(name).append(": ").append(value).append("\r\n");
    if (contentLength >= 0)
        out.append("Content-Length: ").append(QByteArray::number(contentLength)).append("\r\n");
    out.append(keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
    out.append("\r\n");
    return out;
}

QByteArrayView ResponseHead::reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 206: return "Partial Content";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    }
    return "Unknown";
}

} // namespace Http
