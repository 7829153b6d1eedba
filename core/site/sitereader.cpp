// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/sitereader.h"

#include "site/ipv4.h"
#include "site/sitevalidator.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

QString childPath(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path % u'.' % key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path % u'[' % QString::number(index) % u']';
}

QString lastKey(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? path : path.mid(dot + 1);
}

QString quoted(const QString &text)
{
    return u'"' % text % u'"';
}

} // namespace

SiteReader::SiteReader(const JsonLocator &locator, const QString &fileName)
    : m_locator(locator)
    , m_fileName(fileName)
{
}

Document SiteReader::read(const QJsonObject &root)
{
    Document document;
    for (const JsonLocator::DuplicateKey &duplicate : m_locator.duplicateKeys()) {
        report(duplicate.path,
               tr("key %1 is given twice (first at %2:%3)")
                   .arg(quoted(lastKey(duplicate.path)))
                   .arg(duplicate.first.line)
                   .arg(duplicate.first.column),
               JsonLocator::Part::Key);
    }
    checkKeys(root, QString(),
              {"version"_L1, "interface"_L1, "serverAddress"_L1, "dhcp"_L1, "boot"_L1, "hosts"_L1});

    if (root.contains("version"_L1)) {
        if (const auto version = readInteger(root.value("version"_L1), u"version"_s)) {
            if (*version >= std::numeric_limits<int>::min()
                && *version <= std::numeric_limits<int>::max())
                document.version = int(*version);
            else
                report(u"version"_s, SiteValidator::unsupportedVersionMessage(*version));
        }
    }
    if (const auto name = readString(root, u"interface"_s))
        document.interfaceName = *name;
    if (root.contains("serverAddress"_L1))
        document.serverAddress = readIpv4(root.value("serverAddress"_L1), u"serverAddress"_s, true);

    const QJsonValue dhcp = root.value("dhcp"_L1);
    if (!dhcp.isUndefined() && expectType(dhcp, QJsonValue::Object, u"dhcp"_s))
        readDhcp(dhcp.toObject(), document);
    const QJsonValue boot = root.value("boot"_L1);
    if (!boot.isUndefined() && expectType(boot, QJsonValue::Object, u"boot"_s))
        readBoot(boot.toObject(), document);
    if (root.contains("hosts"_L1))
        readHosts(root.value("hosts"_L1), document);
    return document;
}

void SiteReader::readDhcp(const QJsonObject &dhcp, Document &document)
{
    checkKeys(dhcp, u"dhcp"_s,
              {"mode"_L1, "subnet"_L1, "ranges"_L1, "leaseTime"_L1, "router"_L1, "dns"_L1,
               "domain"_L1, "allowOtherServers"_L1});

    if (const auto mode = readString(dhcp, u"dhcp.mode"_s)) {
        if (const auto parsed = dhcpModeFromName(*mode))
            document.dhcpMode = *parsed;
        else
            report(u"dhcp.mode"_s,
                   tr("%1 is not a DHCP mode (expected \"serve\", \"proxy\" or \"off\")")
                       .arg(quoted(*mode)));
    }
    if (const auto subnet = readString(dhcp, u"dhcp.subnet"_s); subnet && !subnet->isEmpty()) {
        if (const auto parsed = parseIpv4Subnet(*subnet)) {
            document.subnetAddress = parsed->address;
            document.subnetPrefix = parsed->prefix;
        } else {
            report(u"dhcp.subnet"_s,
                   tr("%1 is not a subnet (expected an IPv4 network such as 10.0.0.0/24)")
                       .arg(quoted(*subnet)));
        }
    }
    if (dhcp.contains("ranges"_L1))
        readRanges(dhcp.value("ranges"_L1), document);
    if (dhcp.contains("leaseTime"_L1)) {
        if (const auto seconds = readInteger(dhcp.value("leaseTime"_L1), u"dhcp.leaseTime"_s)) {
            if (*seconds >= std::numeric_limits<int>::min()
                && *seconds <= std::numeric_limits<int>::max())
                document.leaseTime = int(*seconds);
            else
                report(u"dhcp.leaseTime"_s, SiteValidator::leaseTimeMessage(*seconds));
        }
    }
    if (dhcp.contains("router"_L1))
        document.router = readIpv4(dhcp.value("router"_L1), u"dhcp.router"_s, true);
    const QJsonValue dns = dhcp.value("dns"_L1);
    if (!dns.isUndefined() && expectType(dns, QJsonValue::Array, u"dhcp.dns"_s)) {
        const QJsonArray servers = dns.toArray();
        for (qsizetype i = 0; i < servers.size(); ++i)
            document.dns.append(readIpv4(servers.at(i), indexPath(u"dhcp.dns"_s, i), false));
    }
    if (const auto domain = readString(dhcp, u"dhcp.domain"_s))
        document.domain = *domain;
    const QJsonValue others = dhcp.value("allowOtherServers"_L1);
    if (!others.isUndefined() && expectType(others, QJsonValue::Bool, u"dhcp.allowOtherServers"_s))
        document.allowOtherServers = others.toBool();
}

void SiteReader::readRanges(const QJsonValue &value, Document &document)
{
    if (!expectType(value, QJsonValue::Array, u"dhcp.ranges"_s))
        return;
    const QJsonArray ranges = value.toArray();
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const QString path = indexPath(u"dhcp.ranges"_s, i);
        AddressRange range;
        if (expectType(ranges.at(i), QJsonValue::Object, path)) {
            const QJsonObject object = ranges.at(i).toObject();
            checkKeys(object, path, {"start"_L1, "end"_L1});
            if (object.contains("start"_L1))
                range.start = readIpv4(object.value("start"_L1), path + u".start"_s, false);
            if (object.contains("end"_L1))
                range.end = readIpv4(object.value("end"_L1), path + u".end"_s, false);
        }
        document.ranges.append(range);
    }
}

void SiteReader::readBoot(const QJsonObject &boot, Document &document)
{
    QStringList keys;
    for (BootArch arch : allBootArchs())
        keys.append(bootArchKey(arch));
    for (auto it = boot.begin(); it != boot.end(); ++it) {
        const QString path = childPath(u"boot"_s, it.key());
        const auto arch = bootArchFromKey(it.key());
        if (!arch) {
            report(path,
                   tr("unknown key %1 (expected one of: %2)")
                       .arg(quoted(it.key()), keys.join(u", "_s)),
                   JsonLocator::Part::Key);
        } else if (expectType(it.value(), QJsonValue::String, path)) {
            document.boot.setFile(*arch, it.value().toString());
        }
    }
}

void SiteReader::readHosts(const QJsonValue &value, Document &document)
{
    if (!expectType(value, QJsonValue::Array, u"hosts"_s))
        return;
    const QJsonArray hosts = value.toArray();
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const QString path = indexPath(u"hosts"_s, i);
        if (expectType(hosts.at(i), QJsonValue::Object, path))
            document.hosts.append(readHost(hosts.at(i).toObject(), path));
        else
            document.hosts.append(Host());
    }
}

Host SiteReader::readHost(const QJsonObject &object, const QString &path)
{
    checkKeys(object, path,
              {"mac"_L1, "hostname"_L1, "ip"_L1, "profile"_L1, "bootFile"_L1, "notes"_L1});
    Host host;
    const QString macPath = path + u".mac"_s;
    if (const auto mac = readString(object, macPath)) {
        const auto parsed = Net::MacAddress::parse(*mac);
        if (!parsed)
            report(macPath, tr("%1 is not a MAC address (expected aa:bb:cc:dd:ee:ff)")
                                .arg(quoted(*mac)));
        else if (parsed->isNull())
            report(macPath, tr("%1 is not a usable MAC address").arg(quoted(*mac)));
        else
            host.mac = *parsed;
    }
    host.hostname = readString(object, path + u".hostname"_s).value_or(QString());
    if (object.contains("ip"_L1))
        host.ip = readIpv4(object.value("ip"_L1), path + u".ip"_s, true);
    host.profile = readString(object, path + u".profile"_s).value_or(QString());
    host.bootFile = readString(object, path + u".bootFile"_s).value_or(QString());
    host.notes = readString(object, path + u".notes"_s).value_or(QString());
    return host;
}

void SiteReader::checkKeys(const QJsonObject &object, const QString &path,
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

bool SiteReader::expectType(const QJsonValue &value, QJsonValue::Type type, const QString &path)
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

std::optional<QString> SiteReader::readString(const QJsonObject &object, const QString &path)
{
    const QJsonValue value = object.value(lastKey(path));
    if (value.isUndefined() || !expectType(value, QJsonValue::String, path))
        return std::nullopt;
    return value.toString();
}

QHostAddress SiteReader::readIpv4(const QJsonValue &value, const QString &path, bool emptyIsNone)
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

std::optional<qint64> SiteReader::readInteger(const QJsonValue &value, const QString &path)
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

void SiteReader::report(const QString &field, const QString &message, JsonLocator::Part part)
{
    const JsonLocator::Position position = m_locator.locate(field, part);
    m_problems.append({m_fileName, position.line, position.column, field, message});
}

} // namespace Site
