// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/ipxescript.h"
#include "boot/configtext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Boot {

using ConfigText::oneLine;
using ConfigText::label;

namespace {

QString ipxeSetting(Machine::Variable variable)
{
    switch (variable) {
    case Machine::Variable::Server:
        return u"${next-server}"_s;
    case Machine::Variable::Mac:
        return u"${mac}"_s;
    case Machine::Variable::Ip:
        return u"${ip}"_s;
    case Machine::Variable::Hostname:
        break; // known, if empty: Machine never leaves it to the loader
    }
    return {};
}

QString text(const QString &value, const Machine &machine)
{
    QString out;
    for (const Machine::Piece &piece : machine.expand(value))
        out += piece.unknown ? ipxeSetting(*piece.unknown) : piece.text;
    return oneLine(out);
}

// Labels of entries, so an entry called "failed" is no jump target of ours.
QString entryLabel(const QString &name)
{
    return u"entry-"_s % label(name);
}

QString baseName(const QString &path)
{
    return path.section(u'/', -1);
}

} // namespace

QString IpxeScript::url(const QString &path, const Machine &machine, bool overHttp, quint16 httpPort)
{
    QString relative = oneLine(path);
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    const QString port = overHttp && httpPort != 80 ? u':' + QString::number(httpPort) : QString();
    return (overHttp ? u"http://"_s : u"tftp://"_s) % text(u"{server}"_s, machine) % port % u'/' % relative;
}

QByteArray IpxeScript::render(const Site::Menu &menu, const Machine &machine, bool overHttp, quint16 httpPort)
{
    QString out = u"#!ipxe\n# Rackside: menu "_s % oneLine(menu.name);
    if (!machine.mac.isNull())
        out += u" for "_s % machine.mac.toString();
    out += u"\n# Generated from the site on each request: edit the site, not this file.\n"_s;
    if (menu.entries.isEmpty()) {
        out += u"echo Rackside: menu "_s % oneLine(menu.name) % u" has no entries\nsleep 10\nexit 1\n"_s;
        return out.toUtf8();
    }
    const Site::MenuEntry &chosen = menu.entries.at(menu.defaultIndex());
    if (menu.timeout == 0) {
        out += u"goto "_s % entryLabel(chosen.name) % u'\n';
    } else {
        out += u"menu "_s % oneLine(menu.title.isEmpty() ? menu.name : menu.title) % u'\n';
        for (const Site::MenuEntry &entry : menu.entries)
            out += u"item "_s % entryLabel(entry.name) % u' ' % oneLine(entry.title.isEmpty() ? entry.name : entry.title)
                   % u'\n';
        // iPXE counts in milliseconds; no --timeout waits for a key forever.
        out += u"choose --default "_s % entryLabel(chosen.name);
        if (menu.timeout > 0)
            out += u" --timeout "_s % QString::number(menu.timeout * 1000);
        out += u" target && goto ${target} || exit 1\n"_s;
    }
    for (const Site::MenuEntry &entry : menu.entries) {
        out += u"\n:"_s % entryLabel(entry.name) % u'\n';
        // initrd=NAME lets an EFI stub kernel find each initrd iPXE hands it.
        QStringList args;
        for (const QString &initrd : entry.initrds)
            args << u"initrd="_s % oneLine(baseName(initrd));
        const QString arguments = text(entry.arguments, machine);
        if (!arguments.isEmpty())
            args << arguments;
        out += u"kernel "_s % url(entry.kernel, machine, overHttp, httpPort);
        if (!args.isEmpty())
            out += u' ' % args.join(u' ');
        out += u" || goto rackside-failed\n"_s;
        for (const QString &initrd : entry.initrds)
            out += u"initrd "_s % url(initrd, machine, overHttp, httpPort) % u" || goto rackside-failed\n"_s;
        out += u"boot || goto rackside-failed\n"_s;
    }
    out += u"\n:rackside-failed\necho Rackside: this entry did not boot; see the console's timeline\nsleep 10\nexit 1\n"_s;
    return out.toUtf8();
}

QByteArray IpxeScript::renderLocalBoot(const QString &who)
{
    const QString out = u"#!ipxe\n# Rackside: "_s % oneLine(who) % u" is installed: boot its local disk\n"_s
                        u"# Generated from the site on each request: set the host's next boot to its menu to reinstall.\n"_s
                        u"sanboot --no-describe --drive 0x80 || exit 1\n"_s;
    return out.toUtf8();
}

} // namespace Boot
