// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

#include "importcommand.h"
#include "servecommand.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

QList<Command> makeTable()
{
    QList<Command> table;
    table.append({
        {},
        u"[--site FILE] [--start] [--page NAME] [--replay FILE]..."_s,
        u"open the console window (and a site); --replay plays events recorded with 'serve --record' as if "
        "machines booted now"_s,
        u"Rackside's console: start and stop the servers for a site and watch every machine boot."_s,
        {
            {u"site"_s, u"Open this site file."_s, u"file"_s},
            {u"start"_s, u"Press Start once the window is up."_s},
            {u"page"_s, u"Show this page first: boot, hosts, menus, images or log."_s, u"name"_s},
            {u"language"_s, u"Speak this language (en, de, fr, zh_CN) instead of the system's or the one chosen in "
                            "Settings."_s,
             u"code"_s},
            {u"replay"_s, u"Play boot events recorded with 'rackside serve --record'."_s, u"file"_s},
            {u"replay-speed"_s, u"Play the recordings this many times faster (default 1)."_s, u"n"_s},
            {u"screenshot"_s, u"Save the window as PNG when the replay is over, then quit."_s, u"png"_s},
            {u"select"_s, u"With --screenshot: select this machine's lane, so its details show."_s, u"mac"_s},
            {u"screenshot-at-stage"_s,
             u"Live: save the --screenshot once a machine reaches this stage (e.g. kernel), then quit."_s, u"stage"_s},
        },
        {},
        {},
        nullptr,
    });
    table.append({
        u"serve"_s,
        u"--site FILE [OPTIONS]"_s,
        u"run the servers without a window and print every event"_s,
        u"Run Rackside's servers without a window, printing every boot event."_s,
        {
            {u"site"_s, u"The site file (JSON)."_s, u"file"_s},
            {u"interface"_s, u"Serve on this interface instead of the site's."_s, u"name"_s},
            {u"server-address"_s, u"Our address in replies (default: the interface's)."_s, u"ip"_s},
            {u"bind"_s, u"Bind to this address (127.0.0.1 for unprivileged tests)."_s, u"ip"_s},
            {u"dhcp-mode"_s, u"Override the site's DHCP mode: serve, proxy, bsdp (Macs only) or off."_s, u"mode"_s},
            {u"dhcp-port"_s, u"DHCP server port (default 67)."_s, u"port"_s},
            {u"client-port"_s, u"DHCP client port replies go to (default 68)."_s, u"port"_s},
            {u"proxy-port"_s, u"proxyDHCP port (default 4011)."_s, u"port"_s},
            {u"relay-port"_s, u"Port relayed replies go to on giaddr (default 67)."_s, u"port"_s},
            {u"leases"_s, u"Lease file (default: <site>.leases)."_s, u"file"_s},
            {u"allow-other-servers"_s, u"Serve addresses even when another DHCP server answers."_s},
            {u"rogue-timeout"_s, u"How long to listen for other DHCP servers (default 6500)."_s, u"ms"_s},
            {u"rogue-watch"_s, u"While serving, look for new DHCP servers this often (default 60000, 0: never)."_s, u"ms"_s},
            {u"tftp-port"_s, u"TFTP server port (default 69; 0 turns TFTP off)."_s, u"port"_s},
            {u"http-port"_s, u"HTTP server port (default 80; 0 turns HTTP off)."_s, u"port"_s},
            {u"boot-tree"_s, u"Serve this directory by TFTP and HTTP (read-only; requests cannot leave it). Default: "
                             "the site's boot tree (\"bootTree\", else boot-tree beside the site file), when it exists."_s,
             u"dir"_s},
            {u"quiet"_s, u"Print state changes and warnings only, not every event."_s},
            {u"record"_s, u"Append every event to FILE as JSON Lines (for the console's replay and for tests)."_s,
             u"file"_s},
            {u"pcap"_s, u"Save what Rackside saw of each machine (DHCP, TFTP, HTTP heads, ARP) as DIR/<mac>.pcapng, "
                        "whenever one of its boots ends and at exit (at most 4 MiB a machine)."_s,
             u"dir"_s},
        },
        {},
        {},
        &serve,
    });
    table.append({
        u"check-site"_s,
        u"FILE..."_s,
        u"validate site files and name any broken field"_s,
        u"Validate site files: each broken field is named with its file, line and column."_s,
        {},
        u"FILE..."_s,
        u"The site files to check."_s,
        &checkSite,
    });
    table.append({
        u"import"_s,
        u"FILE... --site FILE [OPTIONS]"_s,
        u"import an installer ISO, netboot archive, folder, kernel + initrd, or a Mac NBI folder"_s,
        u"Import installer images into a site: an ISO, a netboot archive (.tar.gz), a folder, or a kernel followed "
        "by its initrds. Copies the kernel and initrds into the boot tree, serves an ISO's files over HTTP from the "
        "ISO itself, and adds a menu entry that installs it."_s,
        {
            {u"site"_s, u"The site file (JSON); saved with the new image and entry."_s, u"file"_s},
            {u"name"_s, u"The image's name (default: from its distribution, version and architecture)."_s, u"name"_s},
            {u"menu"_s, u"The menu to add the entry to (default: the default menu)."_s, u"menu"_s},
            {u"initrd"_s, u"Use this initrd instead of the image's (Debian's netboot initrd for its ISO)."_s,
             u"file"_s},
            {u"accept-guess"_s, u"Import an image Rackside does not know, with the kernel and initrd it found."_s},
            {u"dry-run"_s, u"Only say what the image is."_s},
        },
        u"FILE..."_s,
        u"What to import."_s,
        &importImages,
    });
    table.append({
        u"images"_s,
        u"--site FILE [--remove NAME]"_s,
        u"list the imported images, or remove one with its menu entries"_s,
        u"List a site's imported images, or remove one with its menu entries."_s,
        {
            {u"site"_s, u"The site file (JSON)."_s, u"file"_s},
            {u"remove"_s, u"Remove this image: its entries, its copies in the boot tree, its place in the site."_s,
             u"name"_s},
        },
        {},
        {},
        &images,
    });
    table.append({
        u"check-dhcp"_s,
        u"--interface NAME"_s,
        u"look for DHCP servers on an interface (exit 3 if any answer)"_s,
        u"Look for DHCP servers on an interface (sends one DISCOVER)."_s,
        {
            {u"interface"_s, u"The interface to look on."_s, u"name"_s},
            {u"timeout"_s, u"How long to listen (default 6500)."_s, u"ms"_s},
            {u"dhcp-port"_s, u"Server port (default 67)."_s, u"port"_s},
            {u"client-port"_s, u"Client port (default 68)."_s, u"port"_s},
        },
        {},
        {},
        &checkDhcp,
    });
    return table;
}

QString line(const Command &c)
{
    return c.name.isEmpty() ? c.synopsis : c.name + u' ' + c.synopsis;
}

} // namespace

const QList<Command> &commandTable()
{
    static const QList<Command> table = makeTable();
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commandTable())
        if (c.name == name)
            return &c;
    return nullptr;
}

QString usage()
{
    QString text = u"usage: rackside [COMMAND] [OPTIONS]\n\n"
                   "Network-boot console: DHCP/proxyDHCP with PXE, BSDP for Macs, TFTP and HTTP, and a live boot "
                   "timeline.\n\nCommands:\n"_s;
    for (const Command &c : commandTable())
        text += u"  rackside "_s + line(c) + u"\n      "_s + c.summary + u'\n';
    text += u"  rackside --help, --version\n\n"
            "Each command takes --help for its options. Ports 67/68/4011 need root, or:\n"
            "  sudo setcap cap_net_bind_service,cap_net_raw+ep rackside\n"_s;
    return text;
}

QString markdownCommands()
{
    QString text;
    for (const Command &c : commandTable())
        text += u"- `rackside "_s + line(c).trimmed() + u"`: "_s + c.summary + u'\n';
    return text;
}

void setUpParser(QCommandLineParser &parser, const Command &command)
{
    parser.setApplicationDescription(command.description.isEmpty() ? command.summary : command.description);
    parser.addHelpOption();
    parser.addOptions(command.options);
    if (!command.positional.isEmpty())
        parser.addPositionalArgument(command.positional.toLower(), command.positionalHelp, command.positional);
}

} // namespace Commands
