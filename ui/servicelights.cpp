// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicelights.h"

#include "serviceindicator.h"

#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

ServiceLights::ServiceLights(QWidget *parent)
    : QWidget(parent)
    , m_dhcp(new ServiceIndicator(this))
    , m_tftp(new ServiceIndicator(this))
    , m_http(new ServiceIndicator(this))
{
    m_dhcp->setObjectName(u"dhcpStatus"_s);
    m_tftp->setObjectName(u"tftpStatus"_s);
    m_http->setObjectName(u"httpStatus"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (ServiceIndicator *light : {m_dhcp, m_tftp, m_http})
        layout->addWidget(light);
}

void ServiceLights::show(Services::BootServices::State state, const Services::BootServices &services,
                         Site::DhcpMode mode, const Services::RunOptions &run, const QString &details)
{
    using State = Services::BootServices::State;
    using Light = ServiceIndicator::Light;
    const bool proxy = mode == Site::DhcpMode::Proxy;
    const QString name = proxy ? u"proxyDHCP"_s : mode == Site::DhcpMode::Bsdp ? u"BSDP"_s : u"DHCP"_s;
    const QString ports = proxy ? tr("ports %1, %2").arg(run.dhcpPort).arg(run.proxyPort)
                                : tr("port %1").arg(run.dhcpPort);
    const QString failed = services.failure().server;
    showFileServer(m_tftp, u"TFTP"_s, run.tftpPort, services.servesTftp(), state, failed, details);
    showFileServer(m_http, u"HTTP"_s, run.httpPort, services.servesHttp(), state, failed, details);
    if (mode == Site::DhcpMode::Off && state != State::Failed) {
        m_dhcp->setStatus(Light::Off, tr("DHCP off"), details);
        return;
    }
    switch (state) {
    case State::Stopped:
    case State::Stopping:
        m_dhcp->setStatus(Light::Off, tr("%1 stopped · %2").arg(name, ports), details);
        break;
    case State::AssemblingFiles:
    case State::CheckingOtherServers:
    case State::Starting:
        m_dhcp->setStatus(Light::Busy, tr("Looking for other DHCP servers…"), details);
        break;
    case State::Running:
        m_dhcp->setStatus(Light::On, tr("%1 running · %2").arg(name, ports), details);
        break;
    case State::Failed:
        m_dhcp->setStatus(Light::Failed, tr("%1 failed · %2").arg(name, ports), details);
        break;
    }
}

void ServiceLights::showFileServer(ServiceIndicator *light, const QString &server, quint16 port, bool serving,
                                   Services::BootServices::State state, const QString &failed,
                                   const QString &details)
{
    using State = Services::BootServices::State;
    using Light = ServiceIndicator::Light;
    const QString onPort = tr("port %1").arg(port);
    if (port == 0) {
        //: %1 is TFTP or HTTP
        light->setStatus(Light::Off, tr("%1 off").arg(server), details);
        return;
    }
    switch (state) {
    case State::Stopped:
    case State::Stopping:
        //: %1 is TFTP or HTTP, %2 "port 69"
        light->setStatus(Light::Off, tr("%1 stopped · %2").arg(server, onPort), details);
        break;
    case State::AssemblingFiles:
    case State::CheckingOtherServers:
    case State::Starting:
        light->setStatus(Light::Busy, tr("%1 waits for the DHCP check").arg(server), details);
        break;
    case State::Running:
        if (serving)
            light->setStatus(Light::On, tr("%1 running · %2").arg(server, onPort), details);
        else
            light->setStatus(Light::Off, tr("%1 off: the site has no boot tree").arg(server), details);
        break;
    case State::Failed:
        if (failed == server)
            light->setStatus(Light::Failed, tr("%1 failed · %2").arg(server, onPort), details);
        else
            light->setStatus(Light::Off, tr("%1 stopped · %2").arg(server, onPort), details);
        break;
    }
}

} // namespace Ui
