// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/pxelinuxconfig.h"
#include "boot/configtext.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Boot {

using ConfigText::oneLine;
using ConfigText::label;

int PxelinuxConfig::timeoutTenths(int seconds)
{
    if (seconds < 0)
        return 0;
    // 0 would wait forever; one tenth is the shortest wait there is.
    return seconds == 0 ? 1 : seconds * 10;
}

QByteArray PxelinuxConfig::renderLocalBoot(const QString &who)
{
    const QString out = u"# Rackside: "_s % oneLine(who) % u" is installed: boot its local disk\n"_s
                        u"# Generated from the site on each request: set the host's next boot to its menu to reinstall.\n"_s
                        u"DEFAULT local\nPROMPT 0\n\nLABEL local\n  LOCALBOOT 0\n"_s;
    return out.toUtf8();
}

QByteArray PxelinuxConfig::render(const Site::Menu &menu, const Machine &machine)
{
    QString out = u"# Rackside: menu "_s % oneLine(menu.name);
    if (!machine.mac.isNull())
        out += u" for "_s % machine.mac.toString();
    out += u"\n# Generated from the site on each request: edit the site, not this file.\n"_s;

    if (menu.entries.isEmpty()) {
        out += u"SAY Rackside: menu "_s % oneLine(menu.name) % u" has no entries\nPROMPT 1\n"_s;
        return out.toUtf8();
    }

    const Site::MenuEntry &chosen = menu.entries.at(menu.defaultIndex());
    out += u"DEFAULT "_s % label(chosen.name) % u'\n';
    out += u"PROMPT "_s % (menu.timeout == 0 ? u"0"_s : u"1"_s) % u'\n';
    out += u"TIMEOUT "_s % QString::number(timeoutTenths(menu.timeout)) % u'\n';
    if (!menu.title.isEmpty())
        out += u"MENU TITLE "_s % oneLine(menu.title) % u'\n';

    static const QRegularExpression spaces(u"\\s+"_s);
    for (const Site::MenuEntry &entry : menu.entries) {
        out += u"\nLABEL "_s % label(entry.name) % u'\n';
        out += u"  MENU LABEL "_s % oneLine(entry.title.isEmpty() ? entry.name : entry.title)
               % u'\n';
        if (&entry == &chosen)
            out += u"  MENU DEFAULT\n"_s;
        out += u"  KERNEL "_s % oneLine(entry.kernel) % u'\n';
        if (!entry.initrds.isEmpty()) {
            QStringList initrds;
            for (const QString &initrd : entry.initrds)
                initrds.append(oneLine(initrd));
            out += u"  INITRD "_s % initrds.join(u',') % u'\n';
        }
        const QStringList arguments = machine.substitute(oneLine(entry.arguments))
                                          .split(spaces, Qt::SkipEmptyParts);
        if (!arguments.isEmpty())
            out += u"  APPEND "_s % arguments.join(u' ') % u'\n';
    }
    return out.toUtf8();
}

} // namespace Boot
