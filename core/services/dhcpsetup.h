// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/server.h"
#include "services/runoptions.h"
#include "site/document.h"

#include <optional>

namespace Services {

/// Everything the DHCP server needs, worked out from the site and the run's
/// overrides: which interface and address, which mode, which pool, which
/// boot files. Fails with an operator-readable reason.
struct DhcpSetup
{
    Dhcp::Server::Listen listen;
    Dhcp::Responder::Settings settings;
    Dhcp::LeasePool::Config pool;
    QString leaseFile;
    Site::DhcpMode mode = Site::DhcpMode::Off; ///< the site's, or the run's override
    bool enabled = false; ///< mode is not "off"

    /// @p noInterface, when given, tells the one failure the operator fixes
    /// by choosing an interface.
    static std::optional<DhcpSetup> fromSite(const Site::Document &site, const QString &sitePath,
                                             const RunOptions &run, QString *error, bool *noInterface = nullptr);
    /// The BSDP part: the site's NetBoot images as Macs see them.
    static Dhcp::BsdpResponder::Settings bsdpSettings(const Site::Document &site, const QHostAddress &server,
                                                      quint16 httpPort);
    /// The first IPv4 address of \a interfaceName; null if it has none.
    static QHostAddress interfaceAddress(const QString &interfaceName, QString *error);
};

} // namespace Services
