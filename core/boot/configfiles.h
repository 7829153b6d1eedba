// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/configname.h"
#include "boot/filesource.h"
#include "boot/machine.h"
#include "site/document.h"

#include <QByteArray>
#include <QHostAddress>

#include <memory>
#include <optional>

namespace Boot {

/// Serves the boot loaders' configs, rendered from a site snapshot on each
/// request, and passes every other request to the next source (the boot
/// tree, then the loader tree).
///
/// Generated, when the site has menus (a site without menus serves its
/// tree's own files untouched):
/// - GRUB, in any folder called grub or directly below one (boot/grub,
///   boot/grub/x86_64-efi, debian-installer/amd64/grub/x86_64-efi where
///   Debian's signed grubx64.efi looks): grub.cfg-01-<mac> and
///   grub.cfg-<8 hex digits> for a known host, grub.cfg for anyone.
/// - PXELINUX, in any pxelinux.cfg folder: 01-<mac>, <hex IP>, default.
/// - iPXE scripts: any *.ipxe in a folder called ipxe, for the requester.
///
/// A name with a MAC or address is the host with that MAC or fixed address;
/// grub.cfg and default are the requester (Requester::mac, else its address
/// as a host's fixed address), unknown machines getting the default menu.
/// A host whose next boot is its local disk gets a config that boots it
/// (GrubConfig::renderLocalBoot), menus or not.
/// Names of unknown machines, shortened hex addresses and UUIDs fall through
/// to the next source, which normally answers NotFound at once, so the
/// loader moves on to its next name. Immutable; share between threads.
class ConfigFiles final : public FileSource
{
public:
    /// @p serverAddress is {server} in kernel arguments (null: the site's
    /// serverAddress; both null: GRUB's own ${net_default_server}).
    /// @p next may be null (then only generated files exist).
    /// @p httpPort goes into iPXE's http:// URLs when it is not 80.
    ConfigFiles(Site::Document site, std::shared_ptr<const FileSource> next,
                QHostAddress serverAddress = QHostAddress(), quint16 httpPort = 80);

    OpenedFile open(const QString &path, const Requester &who) const override;

    /// The config @p name would get for @p who; nullopt when it is not
    /// generated (it falls through to the next source).
    std::optional<QByteArray> render(const ConfigName &name, const Requester &who) const;

private:
    const Site::Host *hostFor(const ConfigName &name, const Requester &who) const;
    Machine machineFor(const Site::Host *host, const Requester &who) const;

    Site::Document m_site;
    std::shared_ptr<const FileSource> m_next;
    QHostAddress m_server;
    quint16 m_httpPort;
};

} // namespace Boot
