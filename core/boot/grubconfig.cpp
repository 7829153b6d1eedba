// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/grubconfig.h"
#include "boot/configtext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Boot {

using ConfigText::oneLine;

namespace {

bool isBare(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || QStringView(u"._,:/=+@%-").contains(c);
}

QString grubVariable(Machine::Variable variable)
{
    switch (variable) {
    case Machine::Variable::Server:
        return u"${net_default_server}"_s;
    case Machine::Variable::Mac:
        return u"${net_default_mac}"_s;
    case Machine::Variable::Ip:
        return u"${net_default_ip}"_s;
    case Machine::Variable::Hostname:
        break;
    }
    return {};
}

} // namespace

QString GrubConfig::word(const QList<Machine::Piece> &pieces)
{
    QString out;
    for (const Machine::Piece &piece : pieces) {
        if (piece.unknown) {
            // GRUB expands variables inside double quotes, never inside single ones.
            out += u'"' % grubVariable(*piece.unknown) % u'"';
            continue;
        }
        if (!piece.text.isEmpty() && std::all_of(piece.text.begin(), piece.text.end(), isBare)) {
            out += piece.text;
            continue;
        }
        QString quoted = piece.text;
        quoted.replace(u"'"_s, u"'\\''"_s);
        out += u'\'' % quoted % u'\'';
    }
    return out;
}

QString GrubConfig::word(const QString &text)
{
    return word(QList<Machine::Piece>{{text, std::nullopt}});
}

QString GrubConfig::path(const QString &path)
{
    return word(path.startsWith(u'/') ? path : u'/' % path);
}

QByteArray GrubConfig::render(const Site::Menu &menu, const Machine &machine,
                              const QList<std::pair<QString, Site::Menu>> &byPlatform, bool overHttp)
{
    QString out;
    out += u"# Rackside: menu "_s % oneLine(menu.name);
    for (const auto &[platform, m] : byPlatform)
        out += u", on "_s % platform % u' ' % oneLine(m.name);
    if (!machine.mac.isNull())
        out += u" for "_s % machine.mac.toString();
    out += u"\n# Generated from the site on each request: edit the site, not this file.\n"_s;
    if (overHttp) {
        // Paths are on GRUB's root: from here on that is Rackside's HTTP server.
        out += u"insmod http\nset root=(http,"_s % word(machine.expand(u"{server}"_s)) % u")\n"_s;
    }
    if (byPlatform.isEmpty())
        return (out + body(menu, machine)).toUtf8();

    // GRUB knows the firmware it runs on: one file serves every platform.
    static const QRegularExpression lineStart(u"^(?=.)"_s, QRegularExpression::MultilineOption);
    for (qsizetype i = 0; i < byPlatform.size(); ++i) {
        out += (i == 0 ? u"if"_s : u"elif"_s) % u" [ \"${grub_cpu}-${grub_platform}\" == "_s
               % word(byPlatform.at(i).first) % u" ]; then\n"_s;
        out += body(byPlatform.at(i).second, machine).replace(lineStart, u"\t"_s);
    }
    out += u"else\n"_s % body(menu, machine).replace(lineStart, u"\t"_s) % u"fi\n"_s;
    return out.toUtf8();
}

QByteArray GrubConfig::renderLocalBoot(const QString &who)
{
    QString out = u"# Rackside: "_s % oneLine(who) % u" is installed: boot its local disk\n"_s
                  u"# Generated from the site on each request: set the host's next boot to its menu to reinstall.\n"_s
                  u"set timeout=0\n"_s
                  u"menuentry 'Local disk' {\n"_s
                  u"\tif [ \"${grub_platform}\" == efi ]; then\n"_s
                  u"\t\tinsmod part_gpt\n\t\tinsmod part_msdos\n\t\tinsmod fat\n\t\tinsmod chain\n"_s
                  u"\t\tfor loader in /EFI/debian/shimx64.efi /EFI/ubuntu/shimx64.efi /EFI/redhat/shimx64.efi "_s
                  u"/EFI/fedora/shimx64.efi /EFI/centos/shimx64.efi /EFI/rocky/shimx64.efi /EFI/almalinux/shimx64.efi "_s
                  u"/EFI/opensuse/shim.efi /EFI/sles/shim.efi /EFI/debian/grubx64.efi /EFI/ubuntu/grubx64.efi "_s
                  u"/EFI/Microsoft/Boot/bootmgfw.efi /EFI/BOOT/BOOTX64.EFI; do\n"_s
                  u"\t\t\tif search --no-floppy --file --set=esp $loader; then\n"_s
                  u"\t\t\t\techo \"Rackside: starting $loader on ($esp)\"\n"_s
                  u"\t\t\t\tchainloader ($esp)$loader\n"_s
                  u"\t\t\t\tboot\n"_s
                  u"\t\t\tfi\n"_s
                  u"\t\tdone\n"_s
                  u"\t\techo 'Rackside: no boot loader on a local EFI system partition; back to the firmware'\n"_s
                  u"\t\texit 1\n"_s
                  u"\telse\n"_s
                  u"\t\tinsmod chain\n"_s
                  u"\t\tset root=(hd0)\n"_s
                  u"\t\tchainloader +1\n"_s
                  u"\tfi\n"_s
                  u"}\n"_s;
    return out.toUtf8();
}

QString GrubConfig::body(const Site::Menu &menu, const Machine &machine)
{
    QString out;
    if (menu.entries.isEmpty()) {
        out += u"echo "_s % word(u"Rackside: menu \"%1\" has no entries"_s.arg(menu.name))
               % u"\nsleep 10\n"_s;
        return out;
    }

    const Site::MenuEntry &chosen = menu.entries.at(menu.defaultIndex());
    out += u"set default="_s % word(chosen.name) % u'\n';
    out += u"set timeout="_s % QString::number(menu.timeout) % u'\n';
    out += u"set timeout_style=menu\n"_s;
    if (!menu.title.isEmpty())
        out += u"echo "_s % word(menu.title) % u'\n';

    static const QRegularExpression spaces(u"\\s+"_s);
    for (const Site::MenuEntry &entry : menu.entries) {
        out += u"\nmenuentry "_s % word(entry.title.isEmpty() ? entry.name : entry.title)
               % u" --id "_s % word(entry.name) % u" {\n"_s;
        out += u"\techo "_s % word(u"Loading "_s % entry.kernel % u" ..."_s) % u'\n';
        out += u"\tlinux "_s % path(entry.kernel);
        for (const QString &argument : entry.arguments.split(spaces, Qt::SkipEmptyParts)) {
            const QString quoted = word(machine.expand(argument));
            if (!quoted.isEmpty())
                out += u' ' % quoted;
        }
        out += u'\n';
        if (!entry.initrds.isEmpty()) {
            out += u"\tinitrd"_s;
            for (const QString &initrd : entry.initrds)
                out += u' ' % path(initrd);
            out += u'\n';
        }
        out += u"}\n"_s;
    }
    return out;
}

} // namespace Boot
