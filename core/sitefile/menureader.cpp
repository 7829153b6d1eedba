// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefile/menureader.h"

#include "sitecheck/menuvalidator.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace Site {

MenuReader::MenuReader(FieldReader &fields)
    : m_fields(fields)
{
}

QList<Site::Menu> MenuReader::read(const QJsonValue &value, const QString &path)
{
    QList<Site::Menu> menus;
    if (!m_fields.expectType(value, QJsonValue::Array, path))
        return menus;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString menuPath = FieldReader::indexPath(path, i);
        if (m_fields.expectType(array.at(i), QJsonValue::Object, menuPath))
            menus.append(readMenu(array.at(i).toObject(), menuPath));
        else
            menus.append(Site::Menu());
    }
    return menus;
}

Site::Menu MenuReader::readMenu(const QJsonObject &object, const QString &path)
{
    m_fields.checkKeys(object, path,
                       {"name"_L1, "title"_L1, "default"_L1, "timeout"_L1, "entries"_L1});
    Site::Menu menu;
    menu.name = m_fields.readString(object, path + u".name"_s).value_or(QString());
    menu.title = m_fields.readString(object, path + u".title"_s).value_or(QString());
    menu.defaultEntry = m_fields.readString(object, path + u".default"_s).value_or(QString());
    if (object.contains("timeout"_L1)) {
        const QString field = path + u".timeout"_s;
        if (const auto seconds = m_fields.readInteger(object.value("timeout"_L1), field)) {
            if (*seconds >= std::numeric_limits<int>::min()
                && *seconds <= std::numeric_limits<int>::max())
                menu.timeout = int(*seconds);
            else
                m_fields.report(field, MenuValidator::timeoutMessage(*seconds));
        }
    }
    const QJsonValue entries = object.value("entries"_L1);
    const QString entriesPath = path + u".entries"_s;
    if (!entries.isUndefined() && m_fields.expectType(entries, QJsonValue::Array, entriesPath)) {
        const QJsonArray array = entries.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString entryPath = FieldReader::indexPath(entriesPath, i);
            if (m_fields.expectType(array.at(i), QJsonValue::Object, entryPath))
                menu.entries.append(readEntry(array.at(i).toObject(), entryPath));
            else
                menu.entries.append(Site::MenuEntry());
        }
    }
    return menu;
}

Site::MenuEntry MenuReader::readEntry(const QJsonObject &object, const QString &path)
{
    m_fields.checkKeys(object, path,
                       {"name"_L1, "title"_L1, "kernel"_L1, "initrds"_L1, "args"_L1});
    Site::MenuEntry entry;
    entry.name = m_fields.readString(object, path + u".name"_s).value_or(QString());
    entry.title = m_fields.readString(object, path + u".title"_s).value_or(QString());
    entry.kernel = m_fields.readString(object, path + u".kernel"_s).value_or(QString());
    entry.arguments = m_fields.readString(object, path + u".args"_s).value_or(QString());
    const QJsonValue initrds = object.value("initrds"_L1);
    const QString initrdsPath = path + u".initrds"_s;
    if (!initrds.isUndefined() && m_fields.expectType(initrds, QJsonValue::Array, initrdsPath)) {
        const QJsonArray array = initrds.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = FieldReader::indexPath(initrdsPath, i);
            entry.initrds.append(m_fields.expectType(array.at(i), QJsonValue::String, field)
                                     ? array.at(i).toString()
                                     : QString());
        }
    }
    return entry;
}

} // namespace Site
