// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"
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
        const bool markdown = argc > 2 && QString::fromLocal8Bit(argv[2]) == u"--markdown"_s;
        QTextStream(stdout) << (markdown ? Commands::markdownCommands() : Commands::usage());
        return 0;
    }
    if (command == u"--version"_s) {
        QTextStream(stdout) << u"rackside " RACKSIDE_VERSION "\n"_s;
        return 0;
    }
    if (const Commands::Command *headless = command.startsWith(u'-') ? nullptr : Commands::findCommand(command);
        headless && headless->run) {
        plainEventLoopForNewThreads();
        QCoreApplication app(argc, argv);
        app.setApplicationName(u"rackside"_s);
        return headless->run(app.arguments().mid(2));
    }
    if (!command.isEmpty() && !command.startsWith(u'-')) {
        QTextStream(stderr) << u"rackside: unknown command '%1'\n\n"_s.arg(command) << Commands::usage();
        return 2;
    }
    QApplication app(argc, argv);
    plainEventLoopForNewThreads();
    app.setApplicationName(u"Rackside"_s);
    app.setOrganizationName(u"Rackside"_s);
    QCommandLineParser options;
    Commands::setUpParser(options, *Commands::findCommand(QString()));
    options.process(app);
    const QLocale locale = Ui::LanguageChoice::locale(options.value(u"language"_s));
    QLocale::setDefault(locale);
    Ui::LanguageChoice::install(locale);

    Ui::MainWindow window;
    if (options.isSet(u"site"_s))
        window.openSite(options.value(u"site"_s));
    if (options.isSet(u"page"_s) && !window.showPage(options.value(u"page"_s))) {
        QTextStream(stderr) << u"rackside: --page: no page called \"%1\" (boot, hosts, menus, images, log)\n"_s.arg(options.value(u"page"_s));
        return 2;
    }
    window.show();
    Commands::ConsoleReplay replay;
    replay.recordings = options.values(u"replay"_s);
    replay.speed = options.value(u"replay-speed"_s).toDouble() > 0 ? options.value(u"replay-speed"_s).toDouble() : 1.0;
    replay.screenshot = options.value(u"screenshot"_s);
    replay.select = options.value(u"select"_s);
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
