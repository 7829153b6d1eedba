// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftp/negotiation.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tftp {

qint64 optionNumber(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 10)
        return -1;
    qint64 n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

Negotiation Negotiation::negotiate(const QList<Option> &requested, qint64 fileSize, const Limits &limits)
{
    Negotiation n;
    for (const Option &o : requested) {
        const qint64 v = optionNumber(o.value);
        if (v < 0)
            continue;
        if (o.name == "blksize") {
            // RFC 2348: 8..65464. Larger asks are served at our largest
            // rather than refused; the client accepts any smaller value.
            if (v < 8)
                continue;
            n.blockSize = int(std::min<qint64>(v, limits.maxBlockSize));
            n.acknowledged.append({o.name, QByteArray::number(n.blockSize)});
        } else if (o.name == "timeout") {
            // RFC 2349: 1..255 seconds, and the OACK must echo the same value.
            if (v < 1 || v > 255)
                continue;
            n.timeoutSecs = int(v);
            n.acknowledged.append({o.name, QByteArray::number(v)});
        } else if (o.name == "tsize") {
            // RFC 2349: in a read request the client sends 0 and learns the size.
            // curl rejects an OACK with tsize 0 ("invalid tsize"), so an empty
            // file is served without the option.
            if (fileSize <= 0)
                continue;
            n.tsize = true;
            n.acknowledged.append({o.name, QByteArray::number(fileSize)});
        } else if (o.name == "windowsize") {
            // RFC 7440: 1..65535; the server may answer a smaller window.
            if (v < 1 || v > 65535)
                continue;
            n.windowSize = int(std::min<qint64>(v, limits.maxWindowSize));
            n.acknowledged.append({o.name, QByteArray::number(n.windowSize)});
        }
    }
    return n;
}

QString Negotiation::describe() const
{
    if (acknowledged.isEmpty())
        return u"no options"_s;
    QStringList parts;
    for (const Option &o : acknowledged)
        parts << QString::fromLatin1(o.name + ' ' + o.value);
    return parts.join(u", "_s);
}

} // namespace Tftp
