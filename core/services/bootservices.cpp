// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/bootservices.h"

#include "dhcp/server.h"
#include "http/server.h"
#include "net/startonthread.h"
#include "services/clientaddresses.h"
#include "tftp/server.h"

#include <QDateTime>
#include <QFileInfo>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace Services {

namespace {

using State = BootServices::State;

// The only ways the run may go (see the class comment).
bool allowed(State from, State to)
{
    switch (to) {
    case State::AssemblingFiles:
    case State::CheckingOtherServers:
    case State::Starting:
        return from == State::Stopped || from == State::Failed || from == State::AssemblingFiles
            || from == State::CheckingOtherServers;
    case State::Running:
        return from == State::Starting;
    case State::Stopping:
        return from != State::Stopped && from != State::Failed;
    case State::Stopped:
        return from == State::Stopping;
    case State::Failed:
        return from != State::Stopping && from != State::Running;
    }
    return false;
}

QString joined(const QString (&texts)[3])
{
    QStringList parts;
    for (const QString &t : texts)
        if (!t.isEmpty())
            parts << t;
    return parts.join(u"; "_s);
}

} // namespace

BootServices::BootServices(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Timeline::BootEvent>();
    m_addresses = std::make_shared<ClientAddresses>();
    m_thread.setObjectName(u"network"_s);
    m_thread.start();
    connect(&m_builder, &ServedFilesBuilder::built, this, &BootServices::filesBuilt);
}

BootServices::~BootServices()
{
    closeServers();
    m_thread.quit();
    m_thread.wait();
}

QString BootServices::stateName(State state)
{
    switch (state) {
    case State::Stopped: return u"stopped"_s;
    case State::AssemblingFiles: return u"assembling the boot files"_s;
    case State::CheckingOtherServers: return u"looking for other DHCP servers"_s;
    case State::Starting: return u"starting"_s;
    case State::Running: return u"running"_s;
    case State::Stopping: return u"stopping"_s;
    case State::Failed: return u"failed"_s;
    }
    return {};
}

void BootServices::enter(State state, const QString &message)
{
    Q_ASSERT_X(allowed(m_state, state), "BootServices", qPrintable(stateName(m_state) + u" -> "_s + stateName(state)));
    m_state = state;
    if (state == State::Running) {
        watchForOtherServers();
        checkFirewall();
    } else {
        m_watch.reset();
        m_firewall.reset();
    }
    m_summary = message;
    Q_EMIT stateChanged(state, message);
}

void BootServices::fail(Failure failure)
{
    ++m_run; // whatever of this run still reports is late
    m_builder.cancel();
    m_check.reset();
    m_watch.reset();
    m_firewall.reset();
    closeServers();
    m_files.reset();
    m_failure = std::move(failure);
    if (m_failure.code == Failure::Code::OtherDhcpServers)
        Q_EMIT otherServersFound(m_failure.otherServers);
    enter(State::Failed, m_failure.message);
}

void BootServices::start(const Site::Document &site, const QString &sitePath, const RunOptions &run)
{
    if (isActive())
        stop();
    ++m_run;
    m_failure = {};
    m_allowedServers.clear();
    m_site = site;
    m_sitePath = sitePath;
    m_options = run;
    QString error;
    bool noInterface = false;
    const auto setup = DhcpSetup::fromSite(site, sitePath, run, &error, &noInterface);
    if (!setup) {
        fail({noInterface ? Failure::Code::NoInterface : Failure::Code::SiteUnusable, error, {}, {}});
        return;
    }
    m_setup = *setup;
    const QString mac = QNetworkInterface::interfaceFromName(m_setup.listen.interfaceName).hardwareAddress();
    m_capture->setLocal(m_setup.listen.interfaceName, Net::MacAddress::parse(mac).value_or(Net::MacAddress()),
                        m_setup.settings.serverAddress);
    // Absolute: the site resolves a relative boot tree against its own folder.
    m_bootTree = run.bootTree.isEmpty() ? QString() : QFileInfo(run.bootTree).absoluteFilePath();
    if (run.bootTree.isEmpty() && !(sitePath.isEmpty() && site.bootTree.isEmpty()))
        m_bootTree = site.bootTreePath(sitePath);
    m_wantTftp = run.tftpPort != 0 && !m_bootTree.isEmpty();
    m_wantHttp = run.httpPort != 0 && !m_bootTree.isEmpty();
    if ((m_wantTftp || m_wantHttp) && !QFileInfo(m_bootTree).isDir()) {
        const QString missing = u"the boot tree %1 is not a directory"_s.arg(m_bootTree);
        if (!run.bootTree.isEmpty()) {
            fail({Failure::Code::BootTreeMissing, missing, {}, {}});
            return;
        }
        Q_EMIT problem(missing + u": TFTP and HTTP not started (create the folder, or set boot-tree in the site)"_s);
        m_wantTftp = false;
        m_wantHttp = false;
    }
    if (site.kernelsOverHttp && !m_wantHttp)
        Q_EMIT problem(u"kernelsOver is http, but HTTP is off: GRUB and iPXE will not find the kernels"_s);
    else if (site.kernelsOverHttp && run.httpPort != 80)
        Q_EMIT problem(u"kernelsOver is http and HTTP runs on port %1: iPXE scripts name the port, GRUB asks port 80"_s
                           .arg(run.httpPort));
    m_site.bootTree = m_bootTree;
    // What is served depends on the mode the run uses (proxy mode's GRUB), which --dhcp-mode may set.
    m_site.dhcpMode = m_setup.mode;
    if (!m_wantTftp && !m_wantHttp) {
        checkOtherServers();
        return;
    }
    enter(State::AssemblingFiles, stateName(State::AssemblingFiles));
    m_builder.build(buildInput());
}

ServedFilesBuilder::Input BootServices::buildInput() const
{
    const quint32 server = m_setup.settings.serverAddress;
    // {server} in configs and answer files; none known (DHCP off) leaves it to the site's serverAddress.
    return {m_site, m_sitePath, server ? QHostAddress(server) : QHostAddress(), m_options.httpPort};
}

void BootServices::filesBuilt(const ServedFilesBuilder::Result &result)
{
    for (const QString &warning : result.loaderWarnings + result.warnings)
        Q_EMIT problem(warning);
    setFileSource(result.files);
    if (m_state == State::AssemblingFiles)
        checkOtherServers();
}

void BootServices::checkOtherServers()
{
    const bool serving = m_setup.enabled && m_setup.settings.mode == Dhcp::Responder::Mode::Serve;
    if (!serving || m_options.bindAddress.isLoopback()) {
        startServers();
        return;
    }
    // Safe on a shared LAN: look for other DHCP servers before serving addresses.
    Dhcp::RogueCheck::Settings cs;
    cs.interfaceName = m_setup.listen.interfaceName;
    cs.serverPort = m_setup.listen.serverPort;
    cs.clientPort = m_setup.listen.clientPort;
    cs.timeoutMs = m_options.rogueTimeoutMs;
    cs.ownAddress = m_setup.settings.serverAddress;
    const bool allowOthers = m_options.allowOtherServers || m_site.allowOtherServers;
    m_check = std::make_unique<Dhcp::RogueCheck>(cs);
    connect(m_check.get(), &Dhcp::RogueCheck::finished, this, [this, allowOthers] {
        const auto findings = m_check->findings();
        const QString checkError = m_check->error();
        m_check.release()->deleteLater();
        if (!checkError.isEmpty() && !allowOthers) {
            fail({Failure::Code::CheckFailed, checkError, {}, {}});
            return;
        }
        if (!findings.isEmpty()) {
            QStringList lines;
            for (const auto &f : findings)
                lines << f.summary();
            const QString text = u"another DHCP server answers on %1: %2"_s.arg(m_setup.listen.interfaceName,
                                                                              lines.join(u"; "_s));
            if (!allowOthers) {
                fail({Failure::Code::OtherDhcpServers, text + u". Not serving addresses"_s, {}, findings});
                return;
            }
            Q_EMIT otherServersFound(findings);
            Q_EMIT problem(text + u" (serving anyway: other servers allowed)"_s);
        }
        m_allowedServers = findings;
        startServers();
    });
    enter(State::CheckingOtherServers, u"looking for other DHCP servers on %1"_s.arg(cs.interfaceName));
    m_check->start();
}

// A DHCP server that starts answering while Rackside serves (a router
// plugged in, a colleague's dnsmasq) takes machines away: an alarm.
void BootServices::watchForOtherServers()
{
    const bool serving = m_setup.enabled && m_setup.settings.mode == Dhcp::Responder::Mode::Serve;
    if (!serving || m_options.bindAddress.isLoopback() || m_options.rogueWatchMs <= 0)
        return;
    Dhcp::RogueWatch::Settings ws;
    ws.check.interfaceName = m_setup.listen.interfaceName;
    ws.check.serverPort = m_setup.listen.serverPort;
    ws.check.clientPort = m_setup.listen.clientPort;
    ws.check.timeoutMs = m_options.rogueTimeoutMs;
    ws.check.ownAddress = m_setup.settings.serverAddress;
    ws.intervalMs = m_options.rogueWatchMs;
    m_watch = std::make_unique<Dhcp::RogueWatch>(ws, m_allowedServers);
    connect(m_watch.get(), &Dhcp::RogueWatch::newServer, this,
            [this](const Dhcp::RogueCheck::Finding &f, const Net::MacAddress &mac) {
                const QString who = mac.isNull() ? f.server.toString()
                                                 : u"%1 (%2)"_s.arg(f.server.toString(), mac.toString());
                Timeline::BootEvent ev;
                ev.msecs = QDateTime::currentMSecsSinceEpoch();
                ev.protocol = Timeline::BootEvent::Protocol::Dhcp;
                ev.kind = Timeline::BootEvent::Kind::Diagnosis;
                ev.finding = Timeline::Diagnosis::Finding::NewDhcpServer;
                ev.severity = Timeline::BootEvent::Severity::Warning;
                ev.summary = u"a new DHCP server answers on %1: %2 offered %3"_s.arg(m_setup.listen.interfaceName, who,
                                                                                  f.offered.toString());
                Q_EMIT event(ev);
                Q_EMIT problem(ev.summary + u". "_s + Timeline::Diagnosis::advice(ev.finding));
            });
    m_watch->start();
}

// Started, yet machines may never reach the servers: the laptop's own
// firewall is checked for each port served (in the background).
void BootServices::checkFirewall()
{
    const QString where = m_setup.listen.interfaceName;
    if (where.isEmpty())
        return;
    QList<Firewall::Packet> packets;
    if (m_dhcp) {
        packets.append({u"udp"_s, m_setup.listen.serverPort, where, u"DHCP"_s});
        if (m_setup.settings.mode == Dhcp::Responder::Mode::Proxy && m_setup.listen.proxyPort)
            packets.append({u"udp"_s, m_setup.listen.proxyPort, where, u"proxyDHCP"_s});
    }
    if (m_tftp)
        packets.append({u"udp"_s, m_options.tftpPort, where, u"TFTP"_s});
    if (m_http)
        packets.append({u"tcp"_s, m_options.httpPort, where, u"HTTP"_s});
    if (packets.isEmpty())
        return;
    m_firewall = std::make_unique<Firewall::Check>();
    connect(m_firewall.get(), &Firewall::Check::finished, this,
            [this](const QList<Firewall::Finding> &findings, const QString &note) {
                m_firewall.release()->deleteLater();
                Timeline::BootEvent ev;
                ev.msecs = QDateTime::currentMSecsSinceEpoch();
                ev.protocol = Timeline::BootEvent::Protocol::Console;
                if (!note.isEmpty()) {
                    ev.kind = Timeline::BootEvent::Kind::Note;
                    ev.summary = u"the laptop's firewall was not checked: %1"_s.arg(note);
                    Q_EMIT event(ev);
                    return;
                }
                QStringList all;
                QStringList certain; // only these explain a machine's failure on its lane
                for (const Firewall::Finding &f : findings) {
                    all << f.text();
                    if (f.certain)
                        certain << f.text();
                }
                if (all.isEmpty())
                    return;
                Q_EMIT problem(all.join(u"; "_s) + u". "_s
                               + Timeline::Diagnosis::advice(Timeline::Diagnosis::Finding::Firewall));
                if (certain.isEmpty())
                    return;
                ev.kind = Timeline::BootEvent::Kind::Diagnosis;
                ev.finding = Timeline::Diagnosis::Finding::Firewall;
                ev.severity = Timeline::BootEvent::Severity::Warning;
                ev.summary = certain.join(u"; "_s);
                Q_EMIT event(ev);
            });
    m_firewall->start(packets);
}

void BootServices::startServers()
{
    enter(State::Starting, stateName(State::Starting));
    m_waitingFor = 0;
    for (QString &t : m_texts)
        t.clear();
    if (!m_setup.enabled)
        m_texts[DhcpSlot] = u"DHCP off"_s;
    // Without a boot tree TFTP is simply not part of the run (and not of the summary).
    if (!m_wantTftp && !m_bootTree.isEmpty())
        m_texts[TftpSlot] = u"TFTP off"_s;
    if (!m_wantHttp && !m_bootTree.isEmpty())
        m_texts[HttpSlot] = u"HTTP off"_s;
    m_waitingFor = int(m_setup.enabled) + int(m_wantTftp) + int(m_wantHttp);
    if (m_setup.enabled)
        startDhcp();
    if (m_wantTftp) {
        const quint16 port = m_options.tftpPort;
        m_tftp = startFileServer<Tftp::Server>(TftpSlot, port, u"TFTP on port %1 from %2"_s.arg(port).arg(m_bootTree));
    }
    if (m_wantHttp) {
        m_http = startFileServer<Http::Server>(HttpSlot, m_options.httpPort, u"HTTP on port %1"_s.arg(m_options.httpPort));
        connect(m_http, &Http::Server::installDone, this, &BootServices::hostInstalled);
    }
    if (m_dhcp && m_http) {
        // On the network thread, as the DISCOVER or ACK is handled: a machine
        // that starts over must find no old connection of its own address
        // and port (Net::TcpEnding).
        connect(m_dhcp, &Dhcp::Server::machineStarting, m_http, &Http::Server::dropMachine);
        connect(m_dhcp, &Dhcp::Server::leaseGranted, m_http, &Http::Server::addressTaken);
    }
    if (m_waitingFor == 0)
        enter(State::Running, joined(m_texts));
}

void BootServices::serverStarted(Slot slot, bool ok, const QString &error, const QString &text)
{
    if (m_state != State::Starting)
        return; // a report from a run already failed or stopped
    if (!ok) {
        const QString server = slot == TftpSlot ? u"TFTP"_s : slot == HttpSlot ? u"HTTP"_s : u"DHCP"_s;
        // HTTP's errors name HTTP already ("HTTP port 80 is in use: ...").
        fail({Failure::Code::ServerFailed, slot == TftpSlot ? u"TFTP: "_s + error : error, server, {}});
        return;
    }
    m_texts[slot] = text;
    if (--m_waitingFor == 0)
        enter(State::Running, joined(m_texts));
}

void BootServices::startDhcp()
{
    const DhcpSetup setup = m_setup;
    auto *server = new Dhcp::Server(setup.listen, setup.settings, setup.pool, setup.leaseFile);
    server->setCapture(m_capture);
    server->moveToThread(&m_thread);
    m_dhcp = server;
    connect(server, &Dhcp::Server::event, this, &BootServices::event);
    connect(server, &Dhcp::Server::problem, this, &BootServices::problem);
    // Runs on the network thread as the lease changes, before TFTP can ask.
    const auto learn = [addresses = m_addresses](const Net::MacAddress &mac, quint32 ip) { addresses->record(mac, ip); };
    connect(server, &Dhcp::Server::leaseOffered, server, learn);
    connect(server, &Dhcp::Server::leaseGranted, server, learn);
    connect(server, &Dhcp::Server::leaseReleased, server,
            [addresses = m_addresses](const Net::MacAddress &mac, quint32 ip) { addresses->forget(mac, ip); });
    connect(server, &Dhcp::Server::startFinished, this, [this, setup, run = m_run](bool ok, const QString &error) {
        if (run != m_run)
            return;
        const bool proxy = setup.settings.mode == Dhcp::Responder::Mode::Proxy;
        const bool bsdpOnly = setup.settings.mode == Dhcp::Responder::Mode::Bsdp;
        const QString where = setup.listen.interfaceName.isEmpty() ? setup.listen.address.toString()
                                                                    : setup.listen.interfaceName;
        const QString what = proxy ? u"DHCP proxy"_s : bsdpOnly ? u"BSDP (Macs only)"_s : u"DHCP server"_s;
        QString text = u"%1 on %2 port %3 as %4"_s.arg(what, where)
                           .arg(setup.listen.serverPort)
                           .arg(QHostAddress(setup.settings.serverAddress).toString());
        if (proxy && setup.listen.proxyPort)
            text += u", proxyDHCP port %1"_s.arg(setup.listen.proxyPort);
        if (!setup.settings.bsdp.images.isEmpty())
            text += u", NetBoot images for Macs: %1"_s.arg(setup.settings.bsdp.images.size());
        if (!setup.leaseFile.isEmpty() && !proxy && !bsdpOnly)
            text += u", leases in %1"_s.arg(setup.leaseFile);
        serverStarted(DhcpSlot, ok, error, text);
    });
    Net::startOnItsThread(server);
}

template<typename FileServer>
FileServer *BootServices::startFileServer(Slot slot, quint16 port, const QString &text)
{
    typename FileServer::Listen listen;
    listen.address = m_options.bindAddress;
    listen.port = port;
    auto *server = new FileServer(listen, m_files,
                                  [addresses = m_addresses](quint32 ip) { return addresses->lookup(ip); });
    server->setCapture(m_capture);
    server->moveToThread(&m_thread);
    connect(server, &FileServer::event, this, &BootServices::event);
    connect(server, &FileServer::startFinished, this, [this, slot, text, run = m_run](bool ok, const QString &error) {
        if (run == m_run)
            serverStarted(slot, ok, error, text);
    });
    Net::startOnItsThread(server);
    return server;
}

void BootServices::setFileSource(std::shared_ptr<const Boot::FileSource> files)
{
    m_files = files;
    if (m_tftp)
        m_tftp->setFileSource(files);
    if (m_http)
        m_http->setFileSource(std::move(files));
}

void BootServices::updateSite(const Site::Document &site)
{
    if (!isActive())
        return;
    // The run's boot tree and DHCP mode, which --boot-tree and --dhcp-mode may have set.
    const QString bootTree = m_site.bootTree;
    const Site::DhcpMode mode = m_site.dhcpMode;
    m_site = site;
    m_site.bootTree = bootTree;
    m_site.dhcpMode = mode;
    // The Macs' images, pins and names reach the running DHCP server on its
    // own thread; what each Mac chose stays.
    if (m_dhcp && m_setup.settings.serverAddress) {
        QMetaObject::invokeMethod(m_dhcp, [server = m_dhcp, bsdp = DhcpSetup::bsdpSettings(
                                                              m_site, QHostAddress(m_setup.settings.serverAddress),
                                                              m_options.httpPort)] {
            server->setBsdpSettings(bsdp);
        });
    }
    // The servers keep serving the files they have until the new ones are ready.
    if (m_files || m_builder.isBuilding())
        m_builder.build(buildInput());
}

// The servers are deleted on the network thread, which closes their sockets
// there; a new run's servers start after that, in the same thread's order.
void BootServices::closeServers()
{
    if (m_dhcp) {
        m_dhcp->deleteLater();
        m_dhcp = nullptr;
    }
    if (m_tftp) {
        m_tftp->deleteLater();
        m_tftp = nullptr;
    }
    if (m_http) {
        m_http->deleteLater();
        m_http = nullptr;
    }
}

void BootServices::stop()
{
    if (!isActive())
        return;
    ++m_run; // whatever of this run still reports is late
    enter(State::Stopping, stateName(State::Stopping));
    m_builder.cancel();
    m_check.reset();
    m_watch.reset();
    m_firewall.reset();
    closeServers();
    m_files.reset();
    // The sockets close on the network thread before anything started after
    // this reaches it, so a start right away finds the ports free.
    enter(State::Stopped, u"stopped"_s);
}

} // namespace Services
