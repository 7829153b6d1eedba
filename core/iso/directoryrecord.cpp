// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryrecord.h"

#include <QTimeZone>
#include <QtEndian>

namespace Iso {

namespace {

constexpr int FixedPart = 33; // 9.1: everything before the file identifier

quint32 le32(QByteArrayView b, int at) { return qFromLittleEndian<quint32>(b.data() + at); }

} // namespace

QString DirectoryRecord::name(bool joliet) const
{
    QString text;
    if (joliet) {
        const qsizetype units = identifier.size() / 2;
        text.resize(units);
        for (qsizetype i = 0; i < units; ++i)
            text[i] = QChar(qFromBigEndian<quint16>(identifier.constData() + 2 * i));
    } else {
        text = QString::fromLatin1(identifier);
    }
    const qsizetype semicolon = text.lastIndexOf(u';');
    if (semicolon > 0) {
        bool digits = true;
        for (qsizetype i = semicolon + 1; i < text.size(); ++i)
            digits = digits && text.at(i).isDigit();
        if (digits)
            text.truncate(semicolon);
    }
    if (!isDirectory() && text.size() > 1 && text.endsWith(u'.'))
        text.chop(1);
    return text;
}

std::optional<DirectoryRecord> DirectoryRecord::parse(QByteArrayView bytes, QString *error)
{
    if (bytes.size() < FixedPart) {
        *error = QStringLiteral("directory record cut short (%1 bytes)").arg(bytes.size());
        return std::nullopt;
    }
    const int length = quint8(bytes.at(0));
    const int nameLength = quint8(bytes.at(32));
    if (length < FixedPart + nameLength || length > bytes.size()) {
        *error = QStringLiteral("directory record of %1 bytes cannot hold a name of %2 bytes")
                     .arg(length).arg(nameLength);
        return std::nullopt;
    }
    if (nameLength == 0) {
        *error = QStringLiteral("directory record without a name");
        return std::nullopt;
    }
    DirectoryRecord r;
    r.length = length;
    const quint32 start = le32(bytes, 2);
    const quint8 attributeBlocks = quint8(bytes.at(1));
    r.block = start + attributeBlocks;
    r.dataLength = le32(bytes, 10);
    r.recordedDate = bytes.sliced(18, 7).toByteArray();
    r.flags = quint8(bytes.at(25));
    r.identifier = bytes.sliced(FixedPart, nameLength).toByteArray();
    const int systemUseAt = FixedPart + nameLength + (nameLength % 2 == 0 ? 1 : 0);
    if (systemUseAt < length)
        r.systemUse = bytes.sliced(systemUseAt, length - systemUseAt).toByteArray();
    return r;
}

std::optional<QList<DirectoryRecord>> DirectoryRecord::parseDirectory(QByteArrayView data, QString *error)
{
    QList<DirectoryRecord> records;
    qsizetype at = 0;
    while (at < data.size()) {
        const int length = quint8(data.at(at));
        if (length == 0) {
            at = (at / BlockSize + 1) * BlockSize;
            continue;
        }
        const qsizetype blockEnd = (at / BlockSize + 1) * BlockSize;
        if (at + length > blockEnd || at + length > data.size()) {
            *error = QStringLiteral("directory record at byte %1 crosses a block boundary").arg(at);
            return std::nullopt;
        }
        auto record = parse(data.sliced(at, length), error);
        if (!record)
            return std::nullopt;
        records.append(*record);
        at += length;
    }
    return records;
}

QDateTime DirectoryRecord::parseDate(QByteArrayView b)
{
    int year, month, day, hour, minute, second, offset;
    if (b.size() == 7) {
        year = 1900 + quint8(b.at(0));
        month = b.at(1), day = b.at(2), hour = b.at(3), minute = b.at(4), second = b.at(5);
        offset = qint8(b.at(6));
    } else if (b.size() == 17) {
        const auto digits = [&](int at, int count) {
            bool ok = false;
            const int v = QByteArrayView(b.data() + at, count).toInt(&ok);
            return ok ? v : -1;
        };
        year = digits(0, 4), month = digits(4, 2), day = digits(6, 2);
        hour = digits(8, 2), minute = digits(10, 2), second = digits(12, 2);
        offset = qint8(b.at(16));
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid() || year <= 1900 || offset < -48 || offset > 52)
        return {};
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(offset * 15 * 60));
}

} // namespace Iso
