// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/bootservices.h"
#include "site/dhcpmode.h"

#include <QWidget>

namespace Ui {

class ServiceIndicator;

/// The tool bar's three lights, DHCP, TFTP and HTTP, drawn from the
/// services' state: off, busy while starting, on, or failed (DHCP, and
/// the file server whose port could not be opened).
class ServiceLights : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceLights(QWidget *parent = nullptr);

    /// Shows @p services in @p state (as last reported) serving a site in
    /// DHCP mode @p mode on @p run's ports; @p details is what each light's
    /// tooltip adds.
    void show(Services::BootServices::State state, const Services::BootServices &services, Site::DhcpMode mode,
              const Services::RunOptions &run, const QString &details);

private:
    void showFileServer(ServiceIndicator *light, const QString &server, quint16 port, bool serving,
                        Services::BootServices::State state, const QString &failed, const QString &details);

    ServiceIndicator *m_dhcp;
    ServiceIndicator *m_tftp;
    ServiceIndicator *m_http;
};

} // namespace Ui
