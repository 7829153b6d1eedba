// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/request.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Http {

namespace {

using Parsed = Request::Parsed;

Parsed failure(int status, const QString &why)
{
    Parsed p;
    p.status = Parsed::Status::Error;
    p.errorStatus = status;
    p.error = why;
    return p;
}

// RFC 9110 section 5.6.2: tchar.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// %XX decoded; nullopt for a broken escape or a NUL byte.
std::optional<QByteArray> percentDecoded(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text.at(i);
        if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text.at(i + 1)), low = hexValue(text.at(i + 2));
            if (high < 0 || low < 0)
                return std::nullopt;
            c = char(high * 16 + low);
            i += 2;
        }
        if (c == '\0')
            return std::nullopt;
        out.append(c);
    }
    return out;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

/// The lines of a head, without their CRLF or LF, up to the empty line.
struct Lines
{
    QList<QByteArrayView> lines;
    qsizetype headSize = -1; ///< -1: the empty line has not come yet
};

Lines splitHead(QByteArrayView data, qsizetype limit)
{
    Lines out;
    qsizetype start = 0;
    const qsizetype end = std::min(data.size(), limit + 2); // the final CRLF may pass the limit
    while (start < end) {
        const qsizetype lf = data.sliced(start, end - start).indexOf('\n');
        if (lf < 0)
            break;
        QByteArrayView line = data.sliced(start, lf);
        if (line.endsWith('\r'))
            line.chop(1);
        start += lf + 1;
        if (line.isEmpty() && !out.lines.isEmpty()) {
            out.headSize = start;
            return out;
        }
        if (!line.isEmpty() || !out.lines.isEmpty())
            out.lines.append(line);
        // RFC 9112 section 2.2: empty lines before the request line are skipped.
    }
    return out;
}

} // namespace

QByteArray Request::field(QByteArrayView name) const
{
    for (const auto &[key, value] : fields)
        if (key == name)
            return value;
    return {};
}

QList<QByteArray> Request::fieldValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : fields)
        if (key == name)
            values.append(value);
    return values;
}

bool Request::keepAlive() const
{
    const QByteArray connection = field("connection").toLower();
    const auto has = [&connection](QByteArrayView option) {
        for (const QByteArray &part : connection.split(','))
            if (trimmed(part) == option)
                return true;
        return false;
    };
    return minorVersion >= 1 ? !has("close") : has("keep-alive");
}

Request::Parsed Request::parse(QByteArrayView data)
{
    return parse(data, Limits());
}

Request::Parsed Request::parse(QByteArrayView data, const Limits &limits)
{
    // The request line alone may not be longer than its limit.
    const qsizetype firstLf = data.indexOf('\n');
    const qsizetype lineEnd = firstLf < 0 ? data.size() : firstLf;
    if (lineEnd > limits.requestLine + 1)
        return failure(414, u"the request line is longer than %1 bytes"_s.arg(limits.requestLine));

    const Lines head = splitHead(data, limits.head);
    if (head.headSize < 0) {
        if (data.size() > limits.head)
            return failure(431, u"the request head is longer than %1 bytes"_s.arg(limits.head));
        return {};
    }

    Request r;
    const QByteArrayView requestLine = head.lines.first();
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> out;
        for (QByteArrayView rest = requestLine; !rest.isEmpty();) {
            const qsizetype space = rest.indexOf(' ');
            out.append(space < 0 ? rest : rest.first(space));
            rest = space < 0 ? QByteArrayView() : rest.sliced(space + 1);
        }
        return out;
    }();
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return failure(400, u"the request line is not METHOD TARGET HTTP/1.x"_s);
    r.method = parts.at(0).toByteArray();
    r.target = parts.at(1).toByteArray();
    const QByteArrayView version = parts.at(2);
    if (!version.startsWith("HTTP/") || version.size() != 8 || version.at(6) != '.'
        || !QChar::isDigit(uchar(version.at(5))) || !QChar::isDigit(uchar(version.at(7))))
        return failure(400, u"%1 is not an HTTP version"_s.arg(QString::fromLatin1(version.left(16))));
    if (version.at(5) != '1')
        return failure(505, u"only HTTP/1.0 and HTTP/1.1 are spoken here"_s);
    r.minorVersion = version.at(7) - '0';

    // origin-form, or absolute-form from proxies and some firmware.
    QByteArrayView target = r.target;
    if (target.startsWith("http://") || target.startsWith("HTTP://")) {
        const qsizetype slash = target.sliced(7).indexOf('/');
        target = slash < 0 ? QByteArrayView("/") : target.sliced(7 + slash);
    }
    if (!target.startsWith('/'))
        return failure(400, u"the target %1 is not a path"_s.arg(QString::fromLatin1(target.left(64))));
    const qsizetype question = target.indexOf('?');
    if (question >= 0) {
        r.query = target.sliced(question + 1).toByteArray();
        target = target.first(question);
    }
    const std::optional<QByteArray> path = percentDecoded(target);
    if (!path)
        return failure(400, u"the path has a broken %-escape or a NUL byte"_s);
    r.path = QString::fromUtf8(*path);

    if (head.lines.size() - 1 > limits.fields)
        return failure(431, u"more than %1 header fields"_s.arg(limits.fields));
    bool sawLength = false;
    for (qsizetype i = 1; i < head.lines.size(); ++i) {
        const QByteArrayView line = head.lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return failure(400, u"a header field is folded over two lines"_s); // RFC 9112 section 5.2
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return failure(400, u"line %1 of the head is not a header field"_s.arg(i + 1));
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (value.contains('\r') || value.contains('\0'))
            return failure(400, u"the %1 field holds a control character"_s.arg(QString::fromLatin1(name)));
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })
                || (sawLength && length != r.contentLength))
                return failure(400, u"Content-Length is not one number"_s);
            r.contentLength = length;
            sawLength = true;
        } else if (name == "transfer-encoding") {
            return failure(501, u"request bodies in Transfer-Encoding are not accepted"_s);
        }
        r.fields.append({name, value.toByteArray()});
    }
    // RFC 9112 section 3.2: an HTTP/1.1 request without Host gets 400.
    if (r.minorVersion >= 1 && r.fieldValues("host").size() != 1)
        return failure(400, u"an HTTP/1.1 request needs exactly one Host field"_s);

    Parsed done;
    done.status = Parsed::Status::Complete;
    done.request = std::move(r);
    done.headSize = head.headSize;
    return done;
}

} // namespace Http
