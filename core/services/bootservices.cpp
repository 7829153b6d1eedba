// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/bootservices.h"

#include "dhcp/server.h"
#include "services/dhcpsetup.h"

using namespace Qt::StringLiterals;

namespace Services {

struct BootServices::Pending
{
    DhcpSetup setup;
    bool allowOtherServers = false;
};

BootServices::BootServices(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Timeline::BootEvent>();
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
    QString error;
    auto setup = DhcpSetup::fromSite(site, sitePath, run, &error);
    if (!setup) {
        setState(State::Failed, error);
        return;
    }
    m_pending = std::make_unique<Pending>(Pending{*setup, run.allowOtherServers || site.allowOtherServers});
    const bool serving = setup->enabled && setup->settings.mode == Dhcp::Responder::Mode::Serve;
    if (!serving || run.bindAddress.isLoopback()) {
        startServers();
        return;
    }
    // Safe on a shared LAN: look for other DHCP servers before serving addresses.
    Dhcp::RogueCheck::Settings cs;
    cs.interfaceName = setup->listen.interfaceName;
    cs.serverPort = setup->listen.serverPort;
    cs.clientPort = setup->listen.clientPort;
    cs.timeoutMs = run.rogueTimeoutMs;
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
    const DhcpSetup setup = m_pending->setup;
    if (!setup.enabled) {
        setState(State::Running, u"DHCP off"_s);
        return;
    }
    auto *server = new Dhcp::Server(setup.listen, setup.settings, setup.pool, setup.leaseFile);
    server->moveToThread(&m_thread);
    m_dhcp = server;
    connect(server, &Dhcp::Server::event, this, &BootServices::event);
    connect(server, &Dhcp::Server::problem, this, &BootServices::problem);
    connect(server, &Dhcp::Server::startFinished, this, [this, setup](bool ok, const QString &error) {
        if (!ok) {
            stop();
            setState(State::Failed, error);
            return;
        }
        const bool proxy = setup.settings.mode == Dhcp::Responder::Mode::Proxy;
        const QString where = setup.listen.interfaceName.isEmpty() ? setup.listen.address.toString()
                                                                    : setup.listen.interfaceName;
        QString text = u"DHCP %1 on %2 port %3 as %4"_s.arg(proxy ? u"proxy"_s : u"server"_s, where)
                           .arg(setup.listen.serverPort)
                           .arg(QHostAddress(setup.settings.serverAddress).toString());
        if (proxy && setup.listen.proxyPort)
            text += u", proxyDHCP port %1"_s.arg(setup.listen.proxyPort);
        if (!setup.leaseFile.isEmpty() && !proxy)
            text += u", leases in %1"_s.arg(setup.leaseFile);
        setState(State::Running, text);
    });
    server->startInThread();
}

void BootServices::stop()
{
    m_check.reset();
    if (m_dhcp) {
        m_dhcp->deleteLater(); // closes its sockets on the network thread
        m_dhcp = nullptr;
    }
    // Checking, or running with DHCP off, also ends here; a failure keeps its message.
    if (m_state == State::Running || m_state == State::Checking)
        setState(State::Stopped, u"stopped"_s);
}

} // namespace Services
