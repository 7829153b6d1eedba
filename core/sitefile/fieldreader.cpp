// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefile/fieldreader.h"

#include "site/ipv4.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Site {

FieldReader::FieldReader(const JsonLocator &locator, const QString &fileName)
    : m_locator(locator)
    , m_fileName(fileName)
{
}

QString FieldReader::childPath(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path % u'.' % key;
}

QString FieldReader::indexPath(const QString &path, qsizetype index)
{
    return path % u'[' % QString::number(index) % u']';
}

QString FieldReader::lastKey(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? path : path.mid(dot + 1);
}

QString FieldReader::quoted(const QString &text)
{
    return Site::quoted(text);
}

void FieldReader::checkKeys(const QJsonObject &object, const QString &path,
                           std::initializer_list<QLatin1StringView> allowed)
{
    QStringList names;
    for (QLatin1StringView key : allowed)
        names.append(key);
    for (const QString &key : object.keys()) {
        if (!names.contains(key)) {
            report(childPath(path, key),
                   tr("unknown key %1 (expected one of: %2)").arg(quoted(key), names.join(u", "_s)),
                   JsonLocator::Part::Key);
        }
    }
}

bool FieldReader::expectType(const QJsonValue &value, QJsonValue::Type type, const QString &path)
{
    if (value.type() == type)
        return true;
    const auto name = [](QJsonValue::Type t) {
        switch (t) {
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Bool:
            return tr("a boolean");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("a string");
        case QJsonValue::Array:
            return tr("an array");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return tr("nothing");
    };
    report(path, tr("expected %1, found %2").arg(name(type), name(value.type())));
    return false;
}

std::optional<QString> FieldReader::readString(const QJsonObject &object, const QString &path)
{
    const QJsonValue value = object.value(lastKey(path));
    if (value.isUndefined() || !expectType(value, QJsonValue::String, path))
        return std::nullopt;
    return value.toString();
}

QHostAddress FieldReader::readIpv4(const QJsonValue &value, const QString &path, bool emptyIsNone)
{
    if (!expectType(value, QJsonValue::String, path))
        return {};
    const QString text = value.toString();
    if (text.isEmpty() && emptyIsNone)
        return {};
    const auto address = parseIpv4(text);
    if (!address) {
        report(path, tr("%1 is not an IPv4 address").arg(quoted(text)));
        return {};
    }
    return *address;
}

std::optional<qint64> FieldReader::readInteger(const QJsonValue &value, const QString &path)
{
    if (!expectType(value, QJsonValue::Double, path))
        return std::nullopt;
    const double number = value.toDouble();
    // Beyond 2^53 doubles skip integers; no field here wants numbers that large.
    if (std::trunc(number) != number || std::abs(number) > 9007199254740992.0) {
        report(path, tr("expected an integer, found %1").arg(number));
        return std::nullopt;
    }
    return qint64(number);
}

void FieldReader::report(const QString &field, const QString &message, JsonLocator::Part part)
{
    const JsonLocator::Position position = m_locator.locate(field, part);
    m_problems.append({m_fileName, position.line, position.column, field, message});
}

} // namespace Site
