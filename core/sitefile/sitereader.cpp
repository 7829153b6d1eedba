// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefile/sitereader.h"

#include "site/ipv4.h"
#include "sitefile/menureader.h"
#include "sitefile/netbootreader.h"
#include "sitecheck/sitevalidator.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

QString childPath(const QString &path, QStringView key)
{
    return FieldReader::childPath(path, key);
}

QString indexPath(const QString &path, qsizetype index)
{
    return FieldReader::indexPath(path, index);
}

} // namespace

SiteReader::SiteReader(const JsonLocator &locator, const QString &fileName)
    : m_locator(locator)
    , m_fields(locator, fileName)
{
}

Document SiteReader::read(const QJsonObject &root)
{
    Document document;
    for (const JsonLocator::DuplicateKey &duplicate : m_locator.duplicateKeys()) {
        m_fields.report(duplicate.path,
               tr("key %1 is given twice (first at %2:%3)")
                   .arg(quoted(FieldReader::lastKey(duplicate.path)))
                   .arg(duplicate.first.line)
                   .arg(duplicate.first.column),
               JsonLocator::Part::Key);
    }
    m_fields.checkKeys(root, QString(),
              {"version"_L1, "interface"_L1, "serverAddress"_L1, "dhcp"_L1, "boot"_L1, "bootTree"_L1,
               "menus"_L1, "defaultMenu"_L1, "archMenus"_L1, "hosts"_L1, "answerFiles"_L1, "variables"_L1, "kernelsOver"_L1, "httpFolders"_L1, "images"_L1, "netboot"_L1});

    if (root.contains("version"_L1)) {
        if (const auto version = m_fields.readInteger(root.value("version"_L1), u"version"_s)) {
            if (*version >= std::numeric_limits<int>::min()
                && *version <= std::numeric_limits<int>::max())
                document.version = int(*version);
            else
                m_fields.report(u"version"_s, SiteValidator::unsupportedVersionMessage(*version));
        }
    }
    if (const auto name = m_fields.readString(root, u"interface"_s))
        document.interfaceName = *name;
    if (root.contains("serverAddress"_L1))
        document.serverAddress = m_fields.readIpv4(root.value("serverAddress"_L1), u"serverAddress"_s, true);

    const QJsonValue dhcp = root.value("dhcp"_L1);
    if (!dhcp.isUndefined() && m_fields.expectType(dhcp, QJsonValue::Object, u"dhcp"_s))
        readDhcp(dhcp.toObject(), document);
    const QJsonValue boot = root.value("boot"_L1);
    if (!boot.isUndefined() && m_fields.expectType(boot, QJsonValue::Object, u"boot"_s))
        readBoot(boot.toObject(), document);
    if (const auto tree = m_fields.readString(root, u"bootTree"_s))
        document.bootTree = *tree;
    if (const auto over = m_fields.readString(root, u"kernelsOver"_s)) {
        if (*over == u"http"_s || *over == u"tftp"_s)
            document.kernelsOverHttp = *over == u"http"_s;
        else
            m_fields.report(u"kernelsOver"_s, tr("%1 is not a way to fetch kernels (expected \"tftp\" or \"http\")")
                                                  .arg(quoted(*over)));
    }
    if (root.contains("menus"_L1))
        document.menus = MenuReader(m_fields).read(root.value("menus"_L1), u"menus"_s);
    if (const auto name = m_fields.readString(root, u"defaultMenu"_s))
        document.defaultMenu = *name;
    const QJsonValue archMenus = root.value("archMenus"_L1);
    if (!archMenus.isUndefined() && m_fields.expectType(archMenus, QJsonValue::Object, u"archMenus"_s))
        readArchMenus(archMenus.toObject(), document);
    if (root.contains("hosts"_L1))
        readHosts(root.value("hosts"_L1), document);
    if (root.contains("answerFiles"_L1))
        readAnswerFiles(root.value("answerFiles"_L1), document);
    if (root.contains("variables"_L1))
        document.variables = readVariables(root.value("variables"_L1), u"variables"_s);
    // The same shape: names and strings (SiteValidator checks both).
    if (root.contains("httpFolders"_L1))
        document.httpFolders = readVariables(root.value("httpFolders"_L1), u"httpFolders"_s);
    if (root.contains("images"_L1))
        readImages(root.value("images"_L1), document);
    if (root.contains("netboot"_L1))
        document.netboot = NetbootReader(m_fields).read(root.value("netboot"_L1), u"netboot"_s);
    return document;
}

void SiteReader::readDhcp(const QJsonObject &dhcp, Document &document)
{
    m_fields.checkKeys(dhcp, u"dhcp"_s,
              {"mode"_L1, "subnet"_L1, "ranges"_L1, "leaseTime"_L1, "router"_L1, "dns"_L1,
               "domain"_L1, "allowOtherServers"_L1, "conflictCheck"_L1});

    if (const auto mode = m_fields.readString(dhcp, u"dhcp.mode"_s)) {
        if (const auto parsed = dhcpModeFromName(*mode))
            document.dhcpMode = *parsed;
        else
            m_fields.report(u"dhcp.mode"_s,
                   tr("%1 is not a DHCP mode (expected \"serve\", \"proxy\", \"bsdp\" or \"off\")")
                       .arg(quoted(*mode)));
    }
    if (const auto subnet = m_fields.readString(dhcp, u"dhcp.subnet"_s); subnet && !subnet->isEmpty()) {
        if (const auto parsed = parseIpv4Subnet(*subnet)) {
            document.subnetAddress = parsed->address;
            document.subnetPrefix = parsed->prefix;
        } else {
            m_fields.report(u"dhcp.subnet"_s,
                   tr("%1 is not a subnet (expected an IPv4 network such as 10.0.0.0/24)")
                       .arg(quoted(*subnet)));
        }
    }
    if (dhcp.contains("ranges"_L1))
        readRanges(dhcp.value("ranges"_L1), document);
    if (dhcp.contains("leaseTime"_L1)) {
        if (const auto seconds = m_fields.readInteger(dhcp.value("leaseTime"_L1), u"dhcp.leaseTime"_s)) {
            if (*seconds >= std::numeric_limits<int>::min()
                && *seconds <= std::numeric_limits<int>::max())
                document.leaseTime = int(*seconds);
            else
                m_fields.report(u"dhcp.leaseTime"_s, SiteValidator::leaseTimeMessage(*seconds));
        }
    }
    if (dhcp.contains("router"_L1))
        document.router = m_fields.readIpv4(dhcp.value("router"_L1), u"dhcp.router"_s, true);
    const QJsonValue dns = dhcp.value("dns"_L1);
    if (!dns.isUndefined() && m_fields.expectType(dns, QJsonValue::Array, u"dhcp.dns"_s)) {
        const QJsonArray servers = dns.toArray();
        for (qsizetype i = 0; i < servers.size(); ++i)
            document.dns.append(m_fields.readIpv4(servers.at(i), indexPath(u"dhcp.dns"_s, i), false));
    }
    if (const auto domain = m_fields.readString(dhcp, u"dhcp.domain"_s))
        document.domain = *domain;
    const QJsonValue others = dhcp.value("allowOtherServers"_L1);
    if (!others.isUndefined() && m_fields.expectType(others, QJsonValue::Bool, u"dhcp.allowOtherServers"_s))
        document.allowOtherServers = others.toBool();
    const QJsonValue conflicts = dhcp.value("conflictCheck"_L1);
    if (!conflicts.isUndefined() && m_fields.expectType(conflicts, QJsonValue::Bool, u"dhcp.conflictCheck"_s))
        document.conflictCheck = conflicts.toBool();
}

void SiteReader::readRanges(const QJsonValue &value, Document &document)
{
    if (!m_fields.expectType(value, QJsonValue::Array, u"dhcp.ranges"_s))
        return;
    const QJsonArray ranges = value.toArray();
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const QString path = indexPath(u"dhcp.ranges"_s, i);
        AddressRange range;
        if (m_fields.expectType(ranges.at(i), QJsonValue::Object, path)) {
            const QJsonObject object = ranges.at(i).toObject();
            m_fields.checkKeys(object, path, {"start"_L1, "end"_L1});
            if (object.contains("start"_L1))
                range.start = m_fields.readIpv4(object.value("start"_L1), path + u".start"_s, false);
            if (object.contains("end"_L1))
                range.end = m_fields.readIpv4(object.value("end"_L1), path + u".end"_s, false);
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
            m_fields.report(path,
                   tr("unknown key %1 (expected one of: %2)")
                       .arg(quoted(it.key()), keys.join(u", "_s)),
                   JsonLocator::Part::Key);
        } else if (m_fields.expectType(it.value(), QJsonValue::String, path)) {
            document.boot.setFile(*arch, it.value().toString());
        }
    }
}

void SiteReader::readArchMenus(const QJsonObject &archMenus, Document &document)
{
    QStringList keys;
    for (BootArch arch : menuBootArchs())
        keys.append(bootArchKey(arch));
    for (auto it = archMenus.begin(); it != archMenus.end(); ++it) {
        const QString path = childPath(u"archMenus"_s, it.key());
        const auto arch = bootArchFromKey(it.key());
        if (!arch || !menuBootArchs().contains(*arch)) {
            m_fields.report(path,
                   tr("unknown key %1 (expected one of: %2)")
                       .arg(quoted(it.key()), keys.join(u", "_s)),
                   JsonLocator::Part::Key);
        } else if (m_fields.expectType(it.value(), QJsonValue::String, path) && !it.value().toString().isEmpty()) {
            document.archMenus.insert(*arch, it.value().toString());
        }
    }
}

void SiteReader::readHosts(const QJsonValue &value, Document &document)
{
    if (!m_fields.expectType(value, QJsonValue::Array, u"hosts"_s))
        return;
    const QJsonArray hosts = value.toArray();
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const QString path = indexPath(u"hosts"_s, i);
        if (m_fields.expectType(hosts.at(i), QJsonValue::Object, path))
            document.hosts.append(readHost(hosts.at(i).toObject(), path));
        else
            document.hosts.append(Host());
    }
}

Host SiteReader::readHost(const QJsonObject &object, const QString &path)
{
    m_fields.checkKeys(object, path,
              {"mac"_L1, "hostname"_L1, "ip"_L1, "menu"_L1, "profile"_L1, "bootFile"_L1,
                        "notes"_L1, "nextBoot"_L1, "variables"_L1, "netbootImage"_L1});
    Host host;
    const QString macPath = path + u".mac"_s;
    if (const auto mac = m_fields.readString(object, macPath)) {
        const auto parsed = Net::MacAddress::parse(*mac);
        if (!parsed)
            m_fields.report(macPath, tr("%1 is not a MAC address (expected aa:bb:cc:dd:ee:ff)")
                                .arg(quoted(*mac)));
        else if (parsed->isNull())
            m_fields.report(macPath, tr("%1 is not a usable MAC address").arg(quoted(*mac)));
        else
            host.mac = *parsed;
    }
    host.hostname = m_fields.readString(object, path + u".hostname"_s).value_or(QString());
    if (object.contains("ip"_L1))
        host.ip = m_fields.readIpv4(object.value("ip"_L1), path + u".ip"_s, true);
    // "profile" is what sites called a host's menu before menus existed.
    if (object.contains("menu"_L1) && object.contains("profile"_L1)) {
        m_fields.report(path + u".profile"_s,
                        tr("give either \"menu\" or its older name \"profile\", not both"),
                        JsonLocator::Part::Key);
    }
    const QString menuKey = object.contains("menu"_L1) ? u".menu"_s : u".profile"_s;
    host.menu = m_fields.readString(object, path + menuKey).value_or(QString());
    host.bootFile = m_fields.readString(object, path + u".bootFile"_s).value_or(QString());
    host.notes = m_fields.readString(object, path + u".notes"_s).value_or(QString());
    if (const auto next = m_fields.readString(object, path + u".nextBoot"_s)) {
        if (const auto parsed = nextBootFromName(*next))
            host.nextBoot = *parsed;
        else
            m_fields.report(path + u".nextBoot"_s,
                            tr("%1 is not a next boot (expected \"menu\" or \"local\")").arg(quoted(*next)));
    }
    if (object.contains("variables"_L1))
        host.variables = readVariables(object.value("variables"_L1), path + u".variables"_s);
    host.netbootImage = m_fields.readString(object, path + u".netbootImage"_s).value_or(QString());
    return host;
}

void SiteReader::readAnswerFiles(const QJsonValue &value, Document &document)
{
    if (!m_fields.expectType(value, QJsonValue::Array, u"answerFiles"_s))
        return;
    const QJsonArray files = value.toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = indexPath(u"answerFiles"_s, i);
        if (!m_fields.expectType(files.at(i), QJsonValue::Object, path))
            continue;
        const QJsonObject object = files.at(i).toObject();
        m_fields.checkKeys(object, path, {"name"_L1, "text"_L1, "file"_L1});
        AnswerFile file;
        file.name = m_fields.readString(object, path + u".name"_s).value_or(QString());
        file.text = m_fields.readString(object, path + u".text"_s).value_or(QString());
        file.file = m_fields.readString(object, path + u".file"_s).value_or(QString());
        if (object.contains("file"_L1) && file.file.isEmpty())
            m_fields.report(path + u".file"_s, tr("the file is required (a path beside the site, such as answers/ks.cfg)"));
        else if (object.contains("text"_L1) == object.contains("file"_L1))
            m_fields.report(path, tr("give the template either as \"text\" or as a \"file\" beside the site, "
                                     "one of the two"),
                            JsonLocator::Part::Key);
        document.answerFiles.append(file);
    }
}

void SiteReader::readImages(const QJsonValue &value, Document &document)
{
    if (!m_fields.expectType(value, QJsonValue::Array, u"images"_s))
        return;
    const QJsonArray images = value.toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString path = indexPath(u"images"_s, i);
        if (!m_fields.expectType(images.at(i), QJsonValue::Object, path))
            continue;
        const QJsonObject object = images.at(i).toObject();
        m_fields.checkKeys(object, path,
                           {"name"_L1, "source"_L1, "file"_L1, "distribution"_L1, "title"_L1, "version"_L1,
                            "arch"_L1, "kernel"_L1, "initrds"_L1, "kernelVersion"_L1, "initrdCompression"_L1,
                            "sha256"_L1, "size"_L1});
        Image image;
        image.name = m_fields.readString(object, path + u".name"_s).value_or(QString());
        if (const auto source = m_fields.readString(object, path + u".source"_s)) {
            if (const auto s = Image::sourceFromName(*source))
                image.source = *s;
            else
                m_fields.report(path + u".source"_s,
                                tr("%1 is not an image source (expected \"iso\", \"archive\", \"folder\" or \"files\")")
                                    .arg(quoted(*source)));
        }
        image.file = m_fields.readString(object, path + u".file"_s).value_or(QString());
        image.distribution = m_fields.readString(object, path + u".distribution"_s).value_or(QString());
        image.title = m_fields.readString(object, path + u".title"_s).value_or(QString());
        image.version = m_fields.readString(object, path + u".version"_s).value_or(QString());
        image.arch = m_fields.readString(object, path + u".arch"_s).value_or(QString());
        image.kernel = m_fields.readString(object, path + u".kernel"_s).value_or(QString());
        image.initrds = readStrings(object, path + u".initrds"_s);
        image.kernelVersion = m_fields.readString(object, path + u".kernelVersion"_s).value_or(QString());
        image.initrdCompression = m_fields.readString(object, path + u".initrdCompression"_s).value_or(QString());
        if (object.contains("sha256"_L1))
            image.sha256 = readVariables(object.value("sha256"_L1), path + u".sha256"_s);
        if (object.contains("size"_L1)) {
            if (const auto size = m_fields.readInteger(object.value("size"_L1), path + u".size"_s))
                image.size = *size;
        }
        if (image.kernel.isEmpty())
            m_fields.report(path, tr("an image needs its \"kernel\" (a path in the boot tree)"), JsonLocator::Part::Key);
        document.images.append(image);
    }
}

QStringList SiteReader::readStrings(const QJsonObject &object, const QString &path)
{
    QStringList strings;
    const QJsonValue value = object.value(FieldReader::lastKey(path));
    if (value.isUndefined() || !m_fields.expectType(value, QJsonValue::Array, path))
        return strings;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (m_fields.expectType(array.at(i), QJsonValue::String, indexPath(path, i)))
            strings.append(array.at(i).toString());
    }
    return strings;
}

QMap<QString, QString> SiteReader::readVariables(const QJsonValue &value, const QString &path)
{
    QMap<QString, QString> variables;
    if (!m_fields.expectType(value, QJsonValue::Object, path))
        return variables;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = FieldReader::childPath(path, it.key());
        if (m_fields.expectType(it.value(), QJsonValue::String, field))
            variables.insert(it.key(), it.value().toString()); // SiteValidator checks the name
    }
    return variables;
}

} // namespace Site
