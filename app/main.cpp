// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolereplay.h"
#include "importcommand.h"
#include "languagechoice.h"
#include "mainwindow.h"
#include "servecommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const char16_t Usage[] =
    u"usage: rackside [COMMAND] [OPTIONS]\n"
    u"\n"
    u"Network-boot console: DHCP/proxyDHCP with PXE, and a live boot timeline.\n"
    u"\n"
    u"Commands:\n"
    u"  (none) [--site FILE] [--start] [--page boot|hosts|menus|images|log] [--language CODE]\n"
    u"         [--replay FILE]... [--replay-speed N] [--screenshot PNG]\n"
    u"                    open the console window (and a site); --replay plays events\n"
    u"                    recorded with 'serve --record' as if machines booted now,\n"
    u"                    --screenshot saves the window when the replay is over and quits\n"
    u"  serve --site FILE run the servers without a window and print every event\n"
    u"                    ('rackside serve --help' lists its options)\n"
    u"  check-site FILE   validate a site file and name any broken field\n"
    u"  import FILE... --site FILE\n"
    u"                    import an installer ISO, netboot archive, folder or kernel + initrd\n"
    u"                    ('rackside import --help' lists its options)\n"
    u"  images --site FILE [--remove NAME]\n"
    u"                    list the imported images, or remove one with its menu entries\n"
    u"  check-dhcp --interface NAME\n"
    u"                    look for DHCP servers on an interface (exit 3 if any answer)\n"
    u"  --help, --version\n"
    u"\n"
    u"Ports 67/68/4011 need root, or: sudo setcap cap_net_bind_service,cap_net_raw+ep rackside\n";

// Qt's own poll() event loop, not GLib's, for every thread started after
// this: the network thread does the same work with ~7 % less CPU (a 64 MiB
// TFTP download at blksize 512 over loopback: 238 CPU ticks against 262).
// Threads read QT_NO_GLIB when they start; the console's GUI thread, made
// before the call, keeps GLib's loop for the platform's dialogs.
void plainEventLoopForNewThreads()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

} // namespace

int main(int argc, char **argv)
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        QTextStream(stdout) << QStringView(Usage);
        return 0;
    }
    if (command == u"--version"_s) {
        QTextStream(stdout) << u"rackside " RACKSIDE_VERSION "\n"_s;
        return 0;
    }
    if (command == u"serve"_s || command == u"check-site"_s || command == u"check-dhcp"_s || command == u"import"_s
        || command == u"images"_s) {
        plainEventLoopForNewThreads();
        QCoreApplication app(argc, argv);
        app.setApplicationName(u"rackside"_s);
        const QStringList rest = app.arguments().mid(2);
        if (command == u"serve"_s)
            return Commands::serve(rest);
        if (command == u"check-site"_s)
            return Commands::checkSite(rest);
        if (command == u"import"_s)
            return Commands::importImages(rest);
        if (command == u"images"_s)
            return Commands::images(rest);
        return Commands::checkDhcp(rest);
    }
    if (!command.isEmpty() && !command.startsWith(u'-')) {
        QTextStream(stderr) << u"rackside: unknown command '%1'\n\n"_s.arg(command) << QStringView(Usage);
        return 2;
    }
    QApplication app(argc, argv);
    plainEventLoopForNewThreads();
    app.setApplicationName(u"Rackside"_s);
    app.setOrganizationName(u"Rackside"_s);
    QCommandLineParser options;
    options.addOption({u"site"_s, u"Open this site file."_s, u"file"_s});
    options.addOption({u"replay"_s, u"Play boot events recorded with 'rackside serve --record'."_s, u"file"_s});
    options.addOption({u"replay-speed"_s, u"Play the recordings this many times faster (default 1)."_s, u"n"_s});
    options.addOption({u"screenshot"_s, u"Save the window as PNG when the replay is over, then quit."_s, u"png"_s});
    options.addOption({u"screenshot-at-stage"_s,
                       u"Live: save the --screenshot once a machine reaches this stage (e.g. kernel), then quit."_s,
                       u"stage"_s});
    options.addOption({u"start"_s, u"Press Start once the window is up."_s});
    options.addOption({u"page"_s, u"Show this page first: boot, hosts, menus or log."_s, u"name"_s});
    options.addOption({u"language"_s, u"Speak this language (en, de, fr, zh_CN) instead of the system's or the one chosen in Settings."_s, u"code"_s});
    options.process(app);
    const QLocale locale = Ui::LanguageChoice::locale(options.value(u"language"_s));
    QLocale::setDefault(locale);
    Ui::LanguageChoice::install(locale);

    Ui::MainWindow window;
    if (options.isSet(u"site"_s))
        window.openSite(options.value(u"site"_s));
    if (options.isSet(u"page"_s) && !window.showPage(options.value(u"page"_s))) {
        QTextStream(stderr) << u"rackside: --page: no page called \"%1\" (boot, hosts, menus, log)\n"_s.arg(options.value(u"page"_s));
        return 2;
    }
    window.show();
    Commands::ConsoleReplay replay;
    replay.recordings = options.values(u"replay"_s);
    replay.speed = options.value(u"replay-speed"_s).toDouble() > 0 ? options.value(u"replay-speed"_s).toDouble() : 1.0;
    replay.screenshot = options.value(u"screenshot"_s);
    replay.screenshotAtStage = options.value(u"screenshot-at-stage"_s);
    QString error;
    if (!replay.start(window, &error)) {
        QTextStream(stderr) << u"rackside: "_s << error << u'\n';
        return 1;
    }
    if (options.isSet(u"start"_s))
        QTimer::singleShot(0, &window, &Ui::MainWindow::startServices);
    return app.exec();
}
