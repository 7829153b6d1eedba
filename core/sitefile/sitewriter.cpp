// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefile/sitewriter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u"_s % QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString address(const QHostAddress &address)
{
    return jsonString(address.isNull() ? QString() : address.toString());
}

QString member(QStringView key, const QString &value)
{
    return jsonString(key.toString()) % u": "_s % value;
}

/// "[ a, b ]" on one line, or "[]".
QString inlineArray(const QStringList &items)
{
    return items.isEmpty() ? u"[]"_s : u"[ "_s % items.join(u", "_s) % u" ]"_s;
}

/// { "name": "value", ... } on one line.
QString inlineObject(const QMap<QString, QString> &values)
{
    QStringList members;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        members.append(member(it.key(), jsonString(it.value())));
    return u"{ "_s % members.join(u", "_s) % u" }"_s;
}

/// One item per line at @p indent, or "[]"; a single short item stays inline.
QString blockArray(const QStringList &items, const QString &indent, bool singleInline)
{
    if (items.isEmpty())
        return u"[]"_s;
    if (singleInline && items.size() == 1)
        return inlineArray(items);
    return u"[\n"_s % indent % u"  "_s % items.join(u",\n"_s % indent % u"  "_s) % u'\n' % indent
           % u']';
}

/// The object's members one per line at @p indent.
QString blockObject(const QStringList &members, const QString &indent)
{
    return u"{\n"_s % indent % u"  "_s % members.join(u",\n"_s % indent % u"  "_s) % u'\n' % indent
           % u'}';
}

QString netbootObject(const Netboot &netboot)
{
    QStringList images;
    for (const NetbootImage &image : netboot.images) {
        QStringList models;
        for (const QString &model : image.models)
            models.append(jsonString(model));
        QStringList fields = {
            member(u"name", jsonString(image.name)),
            member(u"index", QString::number(image.index)),
            member(u"kind", jsonString(Bsdp::imageKindName(image.kind))),
            member(u"install", image.install ? u"true"_s : u"false"_s),
            member(u"models", inlineArray(models)),
        };
        for (const auto &[key, value] : {std::pair{u"folder", image.folder}, std::pair{u"booter", image.booter},
                                         std::pair{u"rootPath", image.rootPath}})
            if (!value.isEmpty())
                fields.append(member(key, jsonString(value)));
        images.append(blockObject(fields, u"      "_s));
    }
    QStringList members = {member(u"priority", QString::number(netboot.priority))};
    if (!netboot.defaultImage.isEmpty())
        members.append(member(u"defaultImage", jsonString(netboot.defaultImage)));
    members.append(member(u"images", blockArray(images, u"    "_s, false)));
    return blockObject(members, u"  "_s);
}

} // namespace

QByteArray SiteWriter::write(const Document &document)
{
    const Document &d = document;

    QStringList ranges;
    for (const AddressRange &range : d.ranges) {
        ranges.append(u"{ "_s % member(u"start", address(range.start)) % u", "_s
                      % member(u"end", address(range.end)) % u" }"_s);
    }
    QStringList dns;
    for (const QHostAddress &server : d.dns)
        dns.append(address(server));
    QStringList dhcp = {
        member(u"mode", jsonString(dhcpModeName(d.dhcpMode))),
        member(u"subnet", jsonString(d.subnetText())),
        member(u"ranges", blockArray(ranges, u"    "_s, true)),
        member(u"leaseTime", QString::number(d.leaseTime)),
        member(u"router", address(d.router)),
        member(u"dns", inlineArray(dns)),
        member(u"domain", jsonString(d.domain)),
        member(u"allowOtherServers", d.allowOtherServers ? u"true"_s : u"false"_s),
    };
    if (!d.conflictCheck) // the default is left out: files from before it read the same
        dhcp.append(member(u"conflictCheck", u"false"_s));

    QStringList boot;
    for (BootArch arch : allBootArchs())
        boot.append(member(bootArchKey(arch), jsonString(d.boot.file(arch))));

    QStringList menus;
    for (const Site::Menu &menu : d.menus) {
        QStringList entries;
        for (const Site::MenuEntry &entry : menu.entries) {
            QStringList initrds;
            for (const QString &initrd : entry.initrds)
                initrds.append(jsonString(initrd));
            const QStringList fields = {
                member(u"name", jsonString(entry.name)),
                member(u"title", jsonString(entry.title)),
                member(u"kernel", jsonString(entry.kernel)),
                member(u"initrds", inlineArray(initrds)),
                member(u"args", jsonString(entry.arguments)),
            };
            entries.append(blockObject(fields, u"        "_s));
        }
        const QStringList fields = {
            member(u"name", jsonString(menu.name)),
            member(u"title", jsonString(menu.title)),
            member(u"default", jsonString(menu.defaultEntry)),
            member(u"timeout", QString::number(menu.timeout)),
            member(u"entries", blockArray(entries, u"      "_s, false)),
        };
        menus.append(blockObject(fields, u"    "_s));
    }

    QStringList hosts;
    for (const Host &host : d.hosts) {
        QStringList fields = {
            member(u"mac", jsonString(host.mac.isNull() ? QString() : host.mac.toString())),
            member(u"hostname", jsonString(host.hostname)),
            member(u"ip", address(host.ip)),
            member(u"menu", jsonString(host.menu)),
            member(u"bootFile", jsonString(host.bootFile)),
            member(u"notes", jsonString(host.notes)),
        };
        // Written only when they say something, so older sites read back unchanged.
        if (host.nextBoot != NextBoot::Menu)
            fields.append(member(u"nextBoot", jsonString(nextBootName(host.nextBoot))));
        if (!host.variables.isEmpty())
            fields.append(member(u"variables", inlineObject(host.variables)));
        if (!host.netbootImage.isEmpty())
            fields.append(member(u"netbootImage", jsonString(host.netbootImage)));
        hosts.append(u"{ "_s % fields.join(u", "_s) % u" }"_s);
    }

    QStringList archMenus;
    for (BootArch arch : menuBootArchs())
        if (d.archMenus.contains(arch))
            archMenus.append(member(bootArchKey(arch), jsonString(d.archMenus.value(arch))));

    QStringList root = {
        member(u"version", QString::number(d.version)),
        member(u"interface", jsonString(d.interfaceName)),
        member(u"serverAddress", address(d.serverAddress)),
        member(u"dhcp", blockObject(dhcp, u"  "_s)),
        member(u"boot", blockObject(boot, u"  "_s)),
        member(u"bootTree", jsonString(d.bootTree)),
        member(u"menus", blockArray(menus, u"  "_s, false)),
        member(u"defaultMenu", jsonString(d.defaultMenu)),
        member(u"hosts", blockArray(hosts, u"  "_s, false)),
    };
    // Only sites that give a firmware its own menu say so.
    if (!archMenus.isEmpty())
        root.insert(root.size() - 1, member(u"archMenus", blockObject(archMenus, u"  "_s)));
    // After bootTree, and only when not the default, so older sites read back unchanged.
    if (d.kernelsOverHttp)
        root.insert(root.indexOf(member(u"bootTree", jsonString(d.bootTree))) + 1,
                    member(u"kernelsOver", jsonString(u"http"_s)));
    // Only sites with unattended installs have these.
    if (!d.answerFiles.isEmpty()) {
        QStringList files;
        for (const AnswerFile &file : d.answerFiles) {
            QStringList fields = {member(u"name", jsonString(file.name))};
            fields.append(file.file.isEmpty() ? member(u"text", jsonString(file.text))
                                              : member(u"file", jsonString(file.file)));
            files.append(blockObject(fields, u"    "_s));
        }
        root.append(member(u"answerFiles", blockArray(files, u"  "_s, false)));
    }
    for (const auto &[key, values] : {std::pair{u"variables"_s, &d.variables}, std::pair{u"httpFolders"_s, &d.httpFolders}}) {
        if (values->isEmpty())
            continue;
        QStringList members;
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            members.append(member(it.key(), jsonString(it.value())));
        root.append(member(key, blockObject(members, u"  "_s)));
    }
    // Only sites with imported images have these.
    if (!d.images.isEmpty()) {
        QStringList images;
        for (const Image &image : d.images) {
            QStringList initrds;
            for (const QString &initrd : image.initrds)
                initrds.append(jsonString(initrd));
            QStringList sums;
            for (auto it = image.sha256.cbegin(); it != image.sha256.cend(); ++it)
                sums.append(member(it.key(), jsonString(it.value())));
            const QStringList fields = {
                member(u"name", jsonString(image.name)),
                member(u"source", jsonString(Image::sourceName(image.source))),
                member(u"file", jsonString(image.file)),
                member(u"distribution", jsonString(image.distribution)),
                member(u"title", jsonString(image.title)),
                member(u"version", jsonString(image.version)),
                member(u"arch", jsonString(image.arch)),
                member(u"kernel", jsonString(image.kernel)),
                member(u"initrds", inlineArray(initrds)),
                member(u"kernelVersion", jsonString(image.kernelVersion)),
                member(u"initrdCompression", jsonString(image.initrdCompression)),
                member(u"sha256", blockObject(sums, u"      "_s)),
                member(u"size", QString::number(image.size)),
            };
            images.append(blockObject(fields, u"    "_s));
        }
        root.append(member(u"images", blockArray(images, u"  "_s, false)));
    }
    // Only sites that NetBoot Macs have this.
    if (!d.netboot.isEmpty())
        root.append(member(u"netboot", netbootObject(d.netboot)));
    return (blockObject(root, QString()) % u'\n').toUtf8();
}

} // namespace Site
