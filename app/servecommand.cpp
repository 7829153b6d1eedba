// SPDX-License-Identifier: GPL-3.0-or-later
#include "servecommand.h"
#include "commandtable.h"
#include "terminal.h"
#include "sessionprinter.h"
#include "timeline/sessiontracker.h"

#include "services/bootmonitor.h"
#include "siteedit/siteeditor.h"
#include "sitefile/sitefile.h"
#include "timeline/eventrecording.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFds[1], &c, 1);
}

// SIGINT/SIGTERM end the event loop cleanly (lease file closed, sockets shut).
void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalFds[0], &c, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool port(const QCommandLineParser &p, const QString &name, quint16 &into)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const uint v = p.value(name).toUInt(&ok);
    if (!ok || v == 0 || v > 65535) {
        err() << u"rackside: --%1 needs a port number 1-65535, got '%2'"_s.arg(name, p.value(name)) << Qt::endl;
        return false;
    }
    into = quint16(v);
    return true;
}

// A server's port where 0 turns that server off.
bool portOrOff(const QCommandLineParser &p, const QString &name, const QString &server, quint16 &into)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const uint v = p.value(name).toUInt(&ok);
    if (!ok || v > 65535) {
        err() << u"rackside: --%1 needs a port number 0-65535 (0: %2 off), got '%3'"_s.arg(name, server, p.value(name))
              << Qt::endl;
        return false;
    }
    into = quint16(v);
    return true;
}

// Core's failures name no flag; on the command line the flag that helps is
// part of the answer.
QString flagHint(Services::BootServices::Failure::Code code)
{
    using Code = Services::BootServices::Failure::Code;
    switch (code) {
    case Code::NoInterface: return u"; set \"interface\" in the site or pass --interface"_s;
    case Code::BootTreeMissing: return u": create it or pass another with --boot-tree"_s;
    case Code::OtherDhcpServers:
        return u": use proxy mode (--dhcp-mode proxy, boot files only) or --allow-other-servers to override"_s;
    case Code::CheckFailed: return u"; pass --allow-other-servers to serve anyway"_s;
    case Code::None:
    case Code::SiteUnusable:
    case Code::ServerFailed:
        break;
    }
    return {};
}

} // namespace

int serve(const QStringList &arguments)
{
    QCommandLineParser p;
    setUpParser(p, *findCommand(u"serve"_s));
    p.process(QStringList{u"rackside serve"_s} + arguments);
    if (!p.isSet(u"site"_s)) {
        err() << u"rackside serve: --site FILE is required"_s << Qt::endl;
        return 2;
    }
    const QString sitePath = p.value(u"site"_s);
    const auto site = loadSite(sitePath);
    if (!site)
        return 1;

    Services::RunOptions run;
    run.interfaceName = p.value(u"interface"_s);
    if (p.isSet(u"server-address"_s))
        run.serverAddress = QHostAddress(p.value(u"server-address"_s));
    if (p.isSet(u"bind"_s))
        run.bindAddress = QHostAddress(p.value(u"bind"_s));
    if (p.isSet(u"dhcp-mode"_s))
        run.dhcpMode = p.value(u"dhcp-mode"_s);
    if (!port(p, u"dhcp-port"_s, run.dhcpPort) || !port(p, u"client-port"_s, run.clientPort)
        || !port(p, u"proxy-port"_s, run.proxyPort) || !port(p, u"relay-port"_s, run.relayPort))
        return 2;
    if (!portOrOff(p, u"tftp-port"_s, u"TFTP"_s, run.tftpPort) || !portOrOff(p, u"http-port"_s, u"HTTP"_s, run.httpPort))
        return 2;
    run.bootTree = p.value(u"boot-tree"_s);
    run.leaseFile = p.value(u"leases"_s);
    run.allowOtherServers = p.isSet(u"allow-other-servers"_s);
    if (p.isSet(u"rogue-timeout"_s))
        run.rogueTimeoutMs = p.value(u"rogue-timeout"_s).toInt();
    if (p.isSet(u"rogue-watch"_s))
        run.rogueWatchMs = p.value(u"rogue-watch"_s).toInt();

    QFile recording;
    if (p.isSet(u"record"_s)) {
        recording.setFileName(p.value(u"record"_s));
        if (!recording.open(QIODevice::WriteOnly | QIODevice::Append)) {
            err() << u"rackside: cannot write the recording %1: %2"_s.arg(recording.fileName(),
                                                                       recording.errorString())
                  << Qt::endl;
            return 1;
        }
    }

    quitOnSignals();
    // The same pipeline as the console: site editor, servers, event log, lanes.
    Site::SiteEditor editor;
    editor.open(*site, sitePath);
    Services::BootMonitor monitor(&editor);
    Services::BootServices &services = *monitor.services();
    int exitCode = 0;
    if (recording.isOpen()) {
        // A whole line a write(): a kill leaves at most the last line cut, which reading skips.
        QObject::connect(&services, &Services::BootServices::event, qApp, [&recording](const Timeline::BootEvent &e) {
            recording.write(Timeline::EventRecording::toLine(e));
            recording.flush();
        });
    }
    if (!p.isSet(u"quiet"_s)) {
        QObject::connect(&services, &Services::BootServices::event, qApp, [](const Timeline::BootEvent &e) {
            out() << e.toLine() << Qt::endl;
        });
    }
    // Sessions print even with --quiet: one line per stage a machine reaches.
    Commands::SessionPrinter printer(monitor.sessions(), out());
    QObject::connect(&services, &Services::BootServices::problem, qApp,
                     [](const QString &m) { err() << u"rackside: warning: "_s << m << Qt::endl; });
    QObject::connect(&services, &Services::BootServices::stateChanged, qApp,
                     [&exitCode, &services](Services::BootServices::State s, const QString &m) {
                         using State = Services::BootServices::State;
                         if (s == State::Failed) {
                             err() << u"rackside: "_s << m << flagHint(services.failure().code) << Qt::endl;
                             exitCode = 1;
                             QCoreApplication::exit(1);
                         } else if (s != State::Starting && s != State::Stopping) {
                             out() << u"rackside: "_s << m << Qt::endl;
                         }
                     });
    // An installer's install-done call: the site editor keeps it in the site
    // file (read again first if it was edited meanwhile), and the servers
    // serve what the edited site says.
    QObject::connect(&monitor, &Services::BootMonitor::installApplied, qApp,
                     [sitePath](const Net::MacAddress &, const QString &who, Site::SiteEditor::Saved saved,
                                const QString &error) {
                         using Saved = Site::SiteEditor::Saved;
                         if (saved == Saved::Unchanged)
                             return;
                         if (saved == Saved::Saved) {
                             out() << u"rackside: %1 is installed: its next boot is its local disk (saved in %2)"_s
                                          .arg(who, sitePath)
                                   << Qt::endl;
                             return;
                         }
                         err() << u"rackside: warning: %1 is installed, but %2 was not updated: %3; it boots its "
                                  "local disk until Rackside stops"_s.arg(who, sitePath, error)
                               << Qt::endl;
                     });
    // --pcap: a machine's capture is (re)written whenever one of its boots
    // ends, and every machine's at exit.
    const QString pcapDir = p.value(u"pcap"_s);
    const auto savePcap = [&services, pcapDir](const Net::MacAddress &mac) {
        QString error;
        if (!services.capture()->save(mac, QDir(pcapDir).filePath(mac.toString(u'-') + u".pcapng"_s), &error))
            err() << u"rackside: warning: capture not saved: "_s << error << Qt::endl;
    };
    if (!pcapDir.isEmpty()) {
        if (!QDir().mkpath(pcapDir)) {
            err() << u"rackside: cannot create the capture folder %1"_s.arg(pcapDir) << Qt::endl;
            return 1;
        }
        QObject::connect(monitor.sessions(), &Timeline::SessionTracker::sessionFinished, qApp,
                         [savePcap](const Net::MacAddress &mac, int) { savePcap(mac); });
    }
    monitor.start(run);
    if (services.state() == Services::BootServices::State::Failed)
        return 1; // failed before the event loop ran: exit() would not end it
    const int rc = QCoreApplication::exec();
    monitor.log()->flush(); // the last lines of the sessions, not yet batched
    monitor.stop();
    if (!pcapDir.isEmpty())
        for (const Net::MacAddress &mac : services.capture()->machines())
            savePcap(mac);
    return exitCode ? exitCode : rc;
}

int checkSite(const QStringList &arguments)
{
    QCommandLineParser p;
    setUpParser(p, *findCommand(u"check-site"_s));
    p.process(QStringList{u"rackside check-site"_s} + arguments);
    if (p.positionalArguments().isEmpty()) {
        err() << u"usage: rackside check-site FILE..."_s << Qt::endl;
        return 2;
    }
    int rc = 0;
    for (const QString &path : p.positionalArguments()) {
        if (loadSite(path))
            out() << path << u": ok"_s << Qt::endl;
        else
            rc = 1;
    }
    return rc;
}

int checkDhcp(const QStringList &arguments)
{
    QCommandLineParser p;
    setUpParser(p, *findCommand(u"check-dhcp"_s));
    p.process(QStringList{u"rackside check-dhcp"_s} + arguments);
    Dhcp::RogueCheck::Settings s;
    s.interfaceName = p.value(u"interface"_s);
    if (s.interfaceName.isEmpty()) {
        err() << u"rackside check-dhcp: --interface is required"_s << Qt::endl;
        return 2;
    }
    if (p.isSet(u"timeout"_s))
        s.timeoutMs = p.value(u"timeout"_s).toInt();
    if (!port(p, u"dhcp-port"_s, s.serverPort) || !port(p, u"client-port"_s, s.clientPort))
        return 2;
    Dhcp::RogueCheck check(s);
    QObject::connect(&check, &Dhcp::RogueCheck::finished, qApp, &QCoreApplication::quit);
    check.start();
    QCoreApplication::exec();
    if (!check.error().isEmpty()) {
        err() << u"rackside: "_s << check.error() << Qt::endl;
        return 1;
    }
    for (const auto &f : check.findings())
        out() << f.summary() << Qt::endl;
    if (check.findings().isEmpty())
        out() << u"no other DHCP server answered on %1"_s.arg(s.interfaceName) << Qt::endl;
    return check.findings().isEmpty() ? 0 : 3;
}

} // namespace Commands
