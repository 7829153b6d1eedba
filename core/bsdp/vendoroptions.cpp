// SPDX-License-Identifier: GPL-3.0-or-later
#include "bsdp/vendoroptions.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Bsdp {

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// Cuts UTF-8 at a character boundary so a name never ends mid-character.
QByteArray clippedName(const QByteArray &name)
{
    if (name.size() <= VendorOptions::MaxNameBytes)
        return name;
    qsizetype n = VendorOptions::MaxNameBytes;
    while (n > 0 && (quint8(name[n]) & 0xc0) == 0x80)
        --n;
    return name.first(n);
}

void put(QList<QByteArray> &subOptions, quint8 code, const QByteArray &data)
{
    QByteArray s;
    s.append(char(code));
    s.append(char(data.size()));
    s.append(data);
    subOptions.append(s);
}

QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

} // namespace

QString messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::List: return u"LIST"_s;
    case MessageType::Select: return u"SELECT"_s;
    case MessageType::Failed: return u"FAILED"_s;
    case MessageType::None: break;
    }
    return {};
}

std::optional<VendorOptions> VendorOptions::decode(QByteArrayView data, QString *error)
{
    VendorOptions o;
    qsizetype pos = 0;
    auto fixed = [&](quint8 code, qsizetype len, qsizetype want) {
        if (len == want)
            return true;
        return fail(error, u"BSDP option %1 is %2 bytes long, not %3"_s.arg(code).arg(len).arg(want));
    };
    while (pos < data.size()) {
        const quint8 code = quint8(data[pos]);
        if (code == Pad) {
            ++pos;
            continue;
        }
        if (code == End)
            break;
        if (pos + 2 > data.size()) {
            fail(error, u"BSDP option %1 at byte %2 has no length"_s.arg(code).arg(pos));
            return std::nullopt;
        }
        const qsizetype len = quint8(data[pos + 1]);
        if (pos + 2 + len > data.size()) {
            fail(error, u"BSDP option %1 at byte %2 says %3 bytes, only %4 follow"_s.arg(code).arg(pos).arg(len).arg(
                            data.size() - pos - 2));
            return std::nullopt;
        }
        const QByteArrayView v = data.sliced(pos + 2, len);
        const auto *p = reinterpret_cast<const uchar *>(v.data());
        pos += 2 + len;
        switch (code) {
        case Type:
            if (!fixed(code, len, 1))
                return std::nullopt;
            if (p[0] < 1 || p[0] > 3) {
                fail(error, u"BSDP message type %1 is not LIST, SELECT or FAILED"_s.arg(p[0]));
                return std::nullopt;
            }
            o.type = MessageType(p[0]);
            break;
        case Version:
        case ServerPriority:
        case ReplyPort:
        case MaxMessageSize: {
            if (!fixed(code, len, 2))
                return std::nullopt;
            const quint16 value = qFromBigEndian<quint16>(p);
            (code == Version ? o.version : code == ServerPriority ? o.priority : code == ReplyPort ? o.replyPort
                                                                                                  : o.maxMessageSize) = value;
            break;
        }
        case ServerId:
        case DefaultImage:
        case SelectedImage: {
            if (!fixed(code, len, 4))
                return std::nullopt;
            const quint32 value = qFromBigEndian<quint32>(p);
            if (code == ServerId)
                o.serverId = value;
            else
                (code == DefaultImage ? o.defaultImage : o.selectedImage) = ImageId{value};
            break;
        }
        case ImageList: {
            o.hasImageList = true;
            qsizetype at = 0;
            while (at < len) {
                if (at + 5 > len) {
                    fail(error, u"BSDP image list entry at byte %1 is cut short"_s.arg(at));
                    return std::nullopt;
                }
                const quint32 id = qFromBigEndian<quint32>(p + at);
                const qsizetype nameLength = p[at + 4];
                if (at + 5 + nameLength > len) {
                    fail(error, u"BSDP image list entry at byte %1 names %2 bytes, only %3 follow"_s.arg(at).arg(
                                    nameLength).arg(len - at - 5));
                    return std::nullopt;
                }
                o.images.append({ImageId{id}, v.sliced(at + 5, nameLength).toByteArray()});
                at += 5 + nameLength;
            }
            break;
        }
        case AttributesFilter:
            if (len % 2) {
                fail(error, u"BSDP attributes filter list has an odd length %1"_s.arg(len));
                return std::nullopt;
            }
            o.hasAttributesFilter = true;
            for (qsizetype i = 0; i < len; i += 2)
                o.attributesFilter.append(qFromBigEndian<quint16>(p + i));
            break;
        case NetBoot10Firmware:
            o.netBoot10 = true;
            break;
        case MachineName:
            o.machineName = v.toByteArray();
            break;
        case ShadowMountPath:
            o.shadowMountPath = v.toByteArray();
            break;
        case ShadowFilePath:
            o.shadowFilePath = v.toByteArray();
            break;
        default:
            break; // unknown sub-options (6, vendor additions) are skipped
        }
    }
    return o;
}

QList<QByteArray> VendorOptions::encode() const
{
    QList<QByteArray> sub;
    if (type != MessageType::None)
        put(sub, Type, QByteArray(1, char(type)));
    if (version)
        put(sub, Version, be16(*version));
    if (serverId)
        put(sub, ServerId, be32(*serverId));
    if (priority)
        put(sub, ServerPriority, be16(*priority));
    if (replyPort)
        put(sub, ReplyPort, be16(*replyPort));
    if (defaultImage)
        put(sub, DefaultImage, be32(defaultImage->value));
    if (selectedImage)
        put(sub, SelectedImage, be32(selectedImage->value));
    if (hasImageList) {
        QByteArray list;
        for (const BootImage &image : images) {
            const QByteArray name = clippedName(image.name);
            QByteArray entry = be32(image.id.value);
            entry.append(char(name.size()));
            entry.append(name);
            if (list.size() + entry.size() > 253) {
                put(sub, ImageList, list);
                list.clear();
            }
            list.append(entry);
        }
        if (!list.isEmpty() || images.isEmpty())
            put(sub, ImageList, list);
    }
    if (hasAttributesFilter) {
        QByteArray filter;
        for (const quint16 a : attributesFilter.first(std::min<qsizetype>(attributesFilter.size(), 126)))
            filter.append(be16(a));
        put(sub, AttributesFilter, filter);
    }
    if (maxMessageSize)
        put(sub, MaxMessageSize, be16(*maxMessageSize));
    if (netBoot10)
        put(sub, NetBoot10Firmware, {});
    if (!machineName.isEmpty())
        put(sub, MachineName, machineName.left(253));
    if (!shadowMountPath.isEmpty())
        put(sub, ShadowMountPath, shadowMountPath.left(253));
    if (!shadowFilePath.isEmpty())
        put(sub, ShadowFilePath, shadowFilePath.left(253));

    QList<QByteArray> instances;
    for (const QByteArray &s : std::as_const(sub)) {
        if (instances.isEmpty() || instances.last().size() + s.size() > 255)
            instances.append(QByteArray());
        instances.last().append(s);
    }
    return instances;
}

qsizetype VendorOptions::wireSize(const QList<QByteArray> &instances)
{
    qsizetype n = 0;
    for (const QByteArray &i : instances)
        n += 2 + i.size();
    return n;
}

} // namespace Bsdp
