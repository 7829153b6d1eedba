// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/bootservices.h"

#include "boot/answerfiles.h"
#include "boot/treefiles.h"
#include "dhcp/server.h"
#include "services/clientaddresses.h"
#include "services/dhcpsetup.h"
#include "boot/loadertree.h"
#include "boot/servedfiles.h"
#include "sitecheck/boottreecheck.h"
#include "http/server.h"
#include "net/startonthread.h"
#include "tftp/server.h"

#include <QFileInfo>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Services {

namespace {

// {server} in configs and answer files; 0 (DHCP off, nothing known) leaves it to the site's serverAddress.
QHostAddress serverOrNull(quint32 address)
{
    return address ? QHostAddress(address) : QHostAddress();
}

// The one place where what TFTP serves is built from the site and the run:
// GRUB and PXELINUX configs generated from the site's menus, over the boot
// tree, over the loaders assembled from the installed packages. Disk work
// (grub-mknetdir on the first run: ~0.3 s; a stamp check after: ~10 ms), so
// it runs on a worker thread, never the GUI's.
BootServices::BuiltFiles buildFileSource(Site::Document site, const QString &sitePath, const QString &bootTree,
                                         quint32 serverAddress, quint16 httpPort)
{
    site.bootTree = bootTree;
    const auto loaders = Boot::LoaderTree::build(Boot::LoaderTree::defaultDirectory());
    BootServices::BuiltFiles built;
    built.loaderDirectory = loaders.directory;
    // The operator learns which package brings a missing loader.
    built.warnings = loaders.missingText().split(u'\n', Qt::SkipEmptyParts) + loaders.errors;
    built.files = Boot::ServedFiles::create(site, sitePath, loaders.directory, serverOrNull(serverAddress),
                                            &built.warnings, httpPort);
    return built;
}

enum Slot { DhcpSlot, TftpSlot, HttpSlot, SlotCount };

QString runningSummary(const QString (&texts)[SlotCount])
{
    QStringList parts;
    for (const QString &t : texts) {
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(u"; "_s);
}

} // namespace

struct BootServices::Pending
{
    DhcpSetup setup;
    bool allowOtherServers = false;
    RunOptions run;
    QString bootTree; ///< --boot-tree, else the site's
    bool tftp = false; ///< there is a boot tree and the port is not 0
    bool http = false; ///< the same for HTTP
    QString texts[SlotCount]; ///< each server's part of the Running summary
    int waiting = 0;
    bool failed = false;
};

BootServices::BootServices(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Timeline::BootEvent>();
    m_addresses = std::make_shared<ClientAddresses>();
    m_thread.setObjectName(u"network"_s);
    m_thread.start();
}

BootServices::~BootServices()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void BootServices::setState(State state, const QString &message)
{
    m_state = state;
    m_summary = message;
    Q_EMIT stateChanged(state, message);
}

void BootServices::start(const Site::Document &site, const QString &sitePath, const RunOptions &run)
{
    stop();
    m_site = site;
    m_sitePath = sitePath;
    QString error;
    auto setup = DhcpSetup::fromSite(site, sitePath, run, &error);
    if (!setup) {
        setState(State::Failed, error);
        return;
    }
    m_pending = std::make_unique<Pending>();
    m_pending->setup = *setup;
    m_pending->allowOtherServers = run.allowOtherServers || site.allowOtherServers;
    m_pending->run = run;
    // Absolute: the site resolves a relative boot tree against its own folder.
    m_pending->bootTree = run.bootTree.isEmpty() ? QString() : QFileInfo(run.bootTree).absoluteFilePath();
    if (run.bootTree.isEmpty() && !(sitePath.isEmpty() && site.bootTree.isEmpty()))
        m_pending->bootTree = site.bootTreePath(sitePath);
    m_pending->tftp = run.tftpPort != 0 && !m_pending->bootTree.isEmpty();
    m_pending->http = run.httpPort != 0 && !m_pending->bootTree.isEmpty();
    if ((m_pending->tftp || m_pending->http) && !QFileInfo(m_pending->bootTree).isDir()) {
        const QString missing = u"the boot tree %1 is not a directory"_s.arg(m_pending->bootTree);
        if (!run.bootTree.isEmpty()) {
            setState(State::Failed, missing + u": create it or pass another with --boot-tree"_s);
            return;
        }
        Q_EMIT problem(missing + u": TFTP and HTTP not started (create the folder, or set boot-tree in the site)"_s);
        m_pending->tftp = false;
        m_pending->http = false;
    }
    if (site.kernelsOverHttp && !m_pending->http)
        Q_EMIT problem(u"kernelsOver is http, but HTTP is off: GRUB and iPXE will not find the kernels"_s);
    else if (site.kernelsOverHttp && run.httpPort != 80)
        Q_EMIT problem(u"kernelsOver is http and HTTP runs on port %1: iPXE scripts name the port, GRUB asks port 80"_s
                           .arg(run.httpPort));
    if (!m_pending->tftp && !m_pending->http) {
        checkOtherServers();
        return;
    }
    m_siteChanged = false;
    m_building = std::make_unique<QFutureWatcher<BuiltFiles>>();
    connect(m_building.get(), &QFutureWatcherBase::finished, this, [this] {
        const BuiltFiles built = m_building->result();
        m_building.release()->deleteLater();
        m_files = built.files;
        m_loaderDirectory = built.loaderDirectory;
        for (const QString &warning : built.warnings)
            Q_EMIT problem(warning);
        if (m_siteChanged)
            rebuildFiles(); // edited while the first files were being built
        checkOtherServers();
    });
    m_site.bootTree = m_pending->bootTree;
    // What is served depends on the mode the run uses (proxy mode's GRUB), which --dhcp-mode may set.
    m_site.dhcpMode = setup->mode;
    m_serverAddress = setup->settings.serverAddress;
    m_httpPort = run.httpPort;
    setState(State::Checking, u"assembling the boot files"_s);
    m_building->setFuture(QtConcurrent::run(buildFileSource, m_site, sitePath, m_pending->bootTree,
                                            setup->settings.serverAddress, run.httpPort));
}

void BootServices::checkOtherServers()
{
    const DhcpSetup *setup = &m_pending->setup;
    const bool serving = setup->enabled && setup->settings.mode == Dhcp::Responder::Mode::Serve;
    if (!serving || m_pending->run.bindAddress.isLoopback()) {
        startServers();
        return;
    }
    // Safe on a shared LAN: look for other DHCP servers before serving addresses.
    Dhcp::RogueCheck::Settings cs;
    cs.interfaceName = setup->listen.interfaceName;
    cs.serverPort = setup->listen.serverPort;
    cs.clientPort = setup->listen.clientPort;
    cs.timeoutMs = m_pending->run.rogueTimeoutMs;
    cs.ownAddress = setup->settings.serverAddress;
    m_check = std::make_unique<Dhcp::RogueCheck>(cs);
    connect(m_check.get(), &Dhcp::RogueCheck::finished, this, [this] {
        const auto findings = m_check->findings();
        const QString checkError = m_check->error();
        m_check.release()->deleteLater();
        if (!checkError.isEmpty() && !m_pending->allowOtherServers) {
            setState(State::Failed, checkError + u"; pass --allow-other-servers to serve anyway"_s);
            return;
        }
        if (!findings.isEmpty()) {
            Q_EMIT otherServersFound(findings);
            QStringList lines;
            for (const auto &f : findings)
                lines << f.summary();
            const QString text = u"another DHCP server answers on %1: %2"_s.arg(
                m_pending->setup.listen.interfaceName, lines.join(u"; "_s));
            if (!m_pending->allowOtherServers) {
                setState(State::Failed, text + u". Not serving addresses: use proxy mode (--dhcp-mode proxy, "
                                               "boot files only) or --allow-other-servers to override"_s);
                return;
            }
            Q_EMIT problem(text + u" (serving anyway: other servers allowed)"_s);
        }
        startServers();
    });
    setState(State::Checking, u"looking for other DHCP servers on %1"_s.arg(cs.interfaceName));
    m_check->start();
}

void BootServices::startServers()
{
    Pending &p = *m_pending;
    p.waiting = 0;
    p.failed = false;
    m_failedServer.clear();
    if (p.setup.enabled) {
        ++p.waiting;
    } else {
        p.texts[DhcpSlot] = u"DHCP off"_s;
    }
    // Without a boot tree TFTP is simply not part of the run (and not of the summary).
    p.texts[TftpSlot].clear();
    if (p.tftp)
        ++p.waiting;
    else if (!p.bootTree.isEmpty())
        p.texts[TftpSlot] = u"TFTP off"_s;
    p.texts[HttpSlot].clear();
    if (p.http)
        ++p.waiting;
    else if (!p.bootTree.isEmpty())
        p.texts[HttpSlot] = u"HTTP off"_s;
    if (p.setup.enabled)
        startDhcp();
    if (p.tftp)
        startTftp();
    if (p.http)
        startHttp();
    if (m_dhcp && m_http) {
        // On the network thread, as the DISCOVER or ACK is handled: a machine
        // that starts over must find no old connection of its own address
        // and port (Net::TcpEnding).
        connect(m_dhcp, &Dhcp::Server::machineStarting, m_http, &Http::Server::dropMachine);
        connect(m_dhcp, &Dhcp::Server::leaseGranted, m_http, &Http::Server::addressTaken);
    }
    if (!p.waiting)
        setState(State::Running, runningSummary(p.texts));
}

void BootServices::serverStarted(int slot, bool ok, const QString &error, const QString &text)
{
    if (!m_pending || m_pending->failed)
        return;
    if (!ok) {
        m_pending->failed = true;
        m_failedServer = slot == TftpSlot ? u"TFTP"_s : slot == HttpSlot ? u"HTTP"_s : u"DHCP"_s;
        stop();
        setState(State::Failed, error);
        return;
    }
    m_pending->texts[slot] = text;
    if (--m_pending->waiting == 0)
        setState(State::Running, runningSummary(m_pending->texts));
}

void BootServices::startDhcp()
{
    const DhcpSetup setup = m_pending->setup;
    auto *server = new Dhcp::Server(setup.listen, setup.settings, setup.pool, setup.leaseFile);
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
    connect(server, &Dhcp::Server::startFinished, this, [this, setup](bool ok, const QString &error) {
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
FileServer *BootServices::startFileServer(int slot, quint16 port, const QString &text, const QString &errorPrefix)
{
    typename FileServer::Listen listen;
    listen.address = m_pending->run.bindAddress;
    listen.port = port;
    auto *server = new FileServer(listen, m_files,
                                  [addresses = m_addresses](quint32 ip) { return addresses->lookup(ip); });
    server->moveToThread(&m_thread);
    connect(server, &FileServer::event, this, &BootServices::event);
    connect(server, &FileServer::startFinished, this, [this, slot, text, errorPrefix](bool ok, const QString &error) {
        serverStarted(slot, ok, errorPrefix + error, text);
    });
    Net::startOnItsThread(server);
    return server;
}

void BootServices::startTftp()
{
    const quint16 port = m_pending->run.tftpPort;
    m_tftp = startFileServer<Tftp::Server>(TftpSlot, port, u"TFTP on port %1 from %2"_s.arg(port).arg(m_pending->bootTree),
                                           u"TFTP: "_s);
}

void BootServices::startHttp()
{
    const quint16 port = m_pending->run.httpPort;
    // Its errors name HTTP already ("HTTP port 80 is in use: ...").
    m_http = startFileServer<Http::Server>(HttpSlot, port, u"HTTP on port %1"_s.arg(port), QString());
    connect(m_http, &Http::Server::installDone, this, &BootServices::hostInstalled);
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
    // The run's boot tree and DHCP mode, which --boot-tree and --dhcp-mode may have set.
    const QString bootTree = m_site.bootTree;
    const Site::DhcpMode mode = m_site.dhcpMode;
    m_site = site;
    m_site.bootTree = bootTree;
    m_site.dhcpMode = mode;
    // The Macs' images, pins and names reach the running DHCP server on its
    // own thread; what each Mac chose stays.
    if (m_dhcp && m_serverAddress) {
        QMetaObject::invokeMethod(m_dhcp, [server = m_dhcp, bsdp = DhcpSetup::bsdpSettings(
                                                              m_site, QHostAddress(m_serverAddress), m_httpPort)] {
            server->setBsdpSettings(bsdp);
        });
    }
    if (m_building)
        m_siteChanged = true; // rebuilt once the first files are in
    else if (m_files)
        rebuildFiles();
}

// The servers keep serving the files they have until the new ones are ready.
void BootServices::rebuildFiles()
{
    if (!m_files)
        return;
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<std::pair<std::shared_ptr<const Boot::FileSource>, QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const auto [files, warnings] = watcher->result();
        if (generation != m_generation)
            return; // a newer site is on its way, or the services stopped
        for (const QString &warning : warnings)
            Q_EMIT problem(warning);
        setFileSource(files);
    });
    watcher->setFuture(QtConcurrent::run([site = m_site, sitePath = m_sitePath, loaders = m_loaderDirectory,
                                          server = m_serverAddress, port = m_httpPort] {
        QStringList warnings;
        auto files = Boot::ServedFiles::create(site, sitePath, loaders, serverOrNull(server), &warnings, port);
        return std::pair{files, warnings};
    }));
}

void BootServices::stop()
{
    ++m_generation; // a rebuild under way belongs to this run only
    m_building.reset(); // its result is dropped; the worker finishes on its own
    m_check.reset();
    if (m_dhcp) {
        m_dhcp->deleteLater(); // closes its sockets on the network thread
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
    // Checking, or running with DHCP off, also ends here; a failure keeps its message.
    if (m_state == State::Running || m_state == State::Checking)
        setState(State::Stopped, u"stopped"_s);
}

} // namespace Services
