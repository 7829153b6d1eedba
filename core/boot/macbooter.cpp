// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/macbooter.h"

#include "site/netboot.h"

#include <QDir>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Boot {

QString MacBooter::path()
{
    return Site::NetbootImage::defaultBooter;
}

QString MacBooter::embeddedConfig(const QHostAddress &server)
{
    // GRUB runs an embedded config with its rescue parser: one command a
    // line, no comments, no "if" or functions. So the logic goes in one eval.
    //
    // When the firmware PXE-booted the booter, GRUB already has the boot
    // card's address from the firmware's DHCP packet. Otherwise net_bootp
    // asks on every card (a Mac's boot card need not be efinet0), and each
    // card with an address gets its turn as the default interface (spelled
    // <card>_dhcp, exported so the menu sees it). The Mac's menu is
    // grub.cfg-01-<mac with dashes>, as for PCs; an unknown Mac, or none,
    // gets grub.cfg. Measured under OVMF (build/scratch notes of issue 7):
    // a missing config file lets the next command run.
    const QStringList logic = {
        u"function rackside_menu {"_s,
        u"echo \"Rackside: this Mac is $net_default_mac, asking %1 for its menu\";"_s,
        u"if regexp --set=1:m1 --set=2:m2 --set=3:m3 --set=4:m4 --set=5:m5 --set=6:m6"
        " \"^(..):(..):(..):(..):(..):(..)\" \"$net_default_mac\"; then"_s,
        u"configfile \"$prefix/grub.cfg-01-$m1-$m2-$m3-$m4-$m5-$m6\"; fi; };"_s,
        u"if [ -z \"$net_default_ip\" -o \"$net_default_ip\" = 0.0.0.0 ]; then"_s,
        u"echo \"Rackside: asking DHCP for an address\"; net_bootp; set rackside_if=;"_s,
        u"for card in efinet0 efinet1 efinet2 efinet3 efinet4 efinet5 efinet6 efinet7; do"_s,
        u"set net_default_interface=${card}_dhcp; export net_default_interface;"_s,
        u"if [ -n \"$net_default_ip\" ]; then if [ -z \"$rackside_if\" ]; then set rackside_if=${card}_dhcp; fi;"
        " rackside_menu; fi; done;"_s,
        u"set net_default_interface=$rackside_if; export net_default_interface;"_s,
        u"else rackside_menu; fi;"_s,
        u"echo \"Rackside: no menu for this Mac, the default menu\"; configfile \"$prefix/grub.cfg\""_s,
    };
    // The server is ours, whatever next-server another DHCP server gave.
    return u"set net_default_server=%1\neval '"_s.arg(server.toString()) + logic.join(u' ').arg(server.toString())
           + u"'\n"_s;
}

QStringList MacBooter::modules()
{
    // What the logic needs, the network, and what menus use most; a menu's
    // other insmods come from $prefix/x86_64-efi (grub-mknetdir's modules).
    return {u"normal"_s, u"configfile"_s, u"echo"_s, u"test"_s, u"regexp"_s, u"eval"_s, u"sleep"_s,
            u"net"_s,    u"efinet"_s,     u"tftp"_s, u"http"_s, u"linux"_s,  u"chain"_s, u"all_video"_s};
}

QString MacBooter::directoryBeside(const QString &loaderDirectory, const QHostAddress &server)
{
    return QDir::cleanPath(loaderDirectory + u"/../mac-booter/"_s + server.toString());
}

MacBooter::Result MacBooter::build(const QString &directory, const QHostAddress &server)
{
    return build(directory, server, Sources());
}

MacBooter::Result MacBooter::build(const QString &directory, const QHostAddress &server, const Sources &sources)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    result.directory = QDir::cleanPath(QDir(directory).absolutePath());
    GrubImage::Recipe recipe;
    recipe.platform = u"x86_64-efi"_s;
    recipe.format = u"x86_64-efi"_s;
    recipe.package = u"grub-efi-amd64-bin"_s;
    recipe.prefix = GrubImage::serverPrefix(server);
    recipe.config = embeddedConfig(server);
    recipe.modules = modules();
    const GrubImage::Result built = GrubImage::build(result.directory + u'/' + path(), recipe, sources);
    result.rebuilt = built.rebuilt;
    if (!built.error.isEmpty())
        result.error = tr("Macs cannot get Rackside's GRUB booter: %1").arg(built.error);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Boot
