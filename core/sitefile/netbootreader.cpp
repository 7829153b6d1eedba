// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefile/netbootreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Site {

NetbootReader::NetbootReader(FieldReader &fields)
    : m_fields(fields)
{
}

Netboot NetbootReader::read(const QJsonValue &value, const QString &path)
{
    Netboot netboot;
    if (!m_fields.expectType(value, QJsonValue::Object, path))
        return netboot;
    const QJsonObject object = value.toObject();
    m_fields.checkKeys(object, path, {"priority"_L1, "defaultImage"_L1, "images"_L1});
    if (object.contains("priority"_L1)) {
        const QString field = path + u".priority"_s;
        if (const auto p = m_fields.readInteger(object.value("priority"_L1), field)) {
            if (*p >= 0 && *p <= 65535)
                netboot.priority = int(*p);
            else
                m_fields.report(field, tr("%1 is not a BSDP priority (0 to 65535; Apple's server uses 32768)").arg(*p));
        }
    }
    netboot.defaultImage = m_fields.readString(object, path + u".defaultImage"_s).value_or(QString());
    const QJsonValue images = object.value("images"_L1);
    const QString imagesPath = path + u".images"_s;
    if (!images.isUndefined() && m_fields.expectType(images, QJsonValue::Array, imagesPath)) {
        const QJsonArray array = images.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = FieldReader::indexPath(imagesPath, i);
            if (m_fields.expectType(array.at(i), QJsonValue::Object, at))
                netboot.images.append(readImage(array.at(i).toObject(), at));
        }
    }
    return netboot;
}

NetbootImage NetbootReader::readImage(const QJsonObject &object, const QString &path)
{
    m_fields.checkKeys(object, path,
                       {"name"_L1, "index"_L1, "kind"_L1, "install"_L1, "models"_L1, "folder"_L1, "booter"_L1,
                        "rootPath"_L1});
    NetbootImage image;
    image.name = m_fields.readString(object, path + u".name"_s).value_or(QString());
    const QString indexPath = path + u".index"_s;
    if (!object.contains("index"_L1)) {
        m_fields.report(path, tr("a NetBoot image needs its \"index\" (1 to 4095 for this server, "
                                 "4096 to 65535 when the same image is on several servers)"),
                        JsonLocator::Part::Key);
    } else if (const auto index = m_fields.readInteger(object.value("index"_L1), indexPath)) {
        if (*index >= 1 && *index <= 65535)
            image.index = int(*index);
        else
            m_fields.report(indexPath, tr("%1 is not an image index (1 to 65535)").arg(*index));
    }
    if (const auto kind = m_fields.readString(object, path + u".kind"_s)) {
        if (const auto k = Bsdp::imageKindFromName(*kind))
            image.kind = *k;
        else
            m_fields.report(path + u".kind"_s,
                            tr("%1 is not an image kind (expected \"macosx\", \"macosx-server\", "
                               "\"macos9\" or \"hardware-test\")")
                                .arg(FieldReader::quoted(*kind)));
    }
    const QJsonValue install = object.value("install"_L1);
    if (!install.isUndefined() && m_fields.expectType(install, QJsonValue::Bool, path + u".install"_s))
        image.install = install.toBool();
    const QJsonValue models = object.value("models"_L1);
    const QString modelsPath = path + u".models"_s;
    if (!models.isUndefined() && m_fields.expectType(models, QJsonValue::Array, modelsPath)) {
        const QJsonArray array = models.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (m_fields.expectType(array.at(i), QJsonValue::String, FieldReader::indexPath(modelsPath, i)))
                image.models.append(array.at(i).toString());
    }
    image.folder = m_fields.readString(object, path + u".folder"_s).value_or(QString());
    image.booter = m_fields.readString(object, path + u".booter"_s).value_or(QString());
    image.rootPath = m_fields.readString(object, path + u".rootPath"_s).value_or(QString());
    return image;
}

} // namespace Site
