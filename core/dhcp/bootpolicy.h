// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/bootclient.h"

#include <QHash>
#include <QString>

namespace Dhcp {

/// Which boot file a client gets: by firmware architecture, a different file
/// for iPXE (so it never chainloads itself), and per-host overrides.
class BootPolicy
{
public:
    struct Choice
    {
        QString file; ///< empty: no boot file for this client
        bool isUrl = false; ///< HTTP boot: file is a URL, echo option 60 "HTTPClient"
        QString reason; ///< why no file, in words
    };

    void setFile(BootClient::Arch arch, const QString &file) { m_files.insert(int(arch), file); }
    void setIpxeFile(const QString &file) { m_ipxe = file; }
    QString file(BootClient::Arch arch) const { return m_files.value(int(arch)); }
    QString ipxeFile() const { return m_ipxe; }

    /// \a hostFile is the host's own boot file, empty when it has none.
    /// "{server}" in a file or URL becomes \a server.
    Choice choose(const BootClient &client, const QString &hostFile, const QString &server) const;

    /// True for file names that are iPXE itself (undionly.kpxe, ipxe.efi...).
    static bool looksLikeIpxe(const QString &file);

private:
    QHash<int, QString> m_files;
    QString m_ipxe;
};

} // namespace Dhcp
