// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "site/document.h"

#include <QHash>
#include <QHostAddress>

#include <memory>
#include <optional>

namespace Boot {

/// Unattended installs over HTTP, in front of the other files:
///
/// - answers/<name> and answers/<mac>/<name>: the site's answer file <name>
///   rendered for one host (AnswerTemplate: {mac}, {hostname}, {ip},
///   {server}, the site's variables, the host's over them);
/// - install-done and install-done/<mac>: the installer's last call; the
///   answer carries the "install done" notice, on which Rackside sets the
///   host's next boot to its local disk.
///
/// The machine is the MAC in the URL, else the MACs it announced
/// (X-RHN-Provisioning-MAC-<n>: the one it talks to us on when that is a
/// host, else the first that is a host), else the requester's MAC (its
/// lease), else the host with the requester's address as fixed address.
/// Only hosts in the site get answers: an installer wipes disks, so an
/// unknown machine, or one Rackside cannot tell, gets a 404 saying why and
/// never another machine's answers: a host asking for another host's MAC
/// in the URL, or announcing MACs its lease contradicts, is refused (the
/// operator's own curl from a machine that is no host may name any host).
/// install-done counts over HTTP only. Immutable; share between threads.
class AnswerFiles final : public FileSource
{
public:
    static constexpr QLatin1StringView answersFolder{"answers"};
    static constexpr QLatin1StringView installDone{"install-done"};

    /// Templates by name, read from the site (text, or file beside
    /// @p sitePath). Unreadable files are left out, each with a line in @p warnings.
    static QHash<QString, QString> loadTemplates(const Site::Document &site, const QString &sitePath,
                                                 QStringList *warnings);

    /// @p serverAddress is {server} (null: the site's serverAddress).
    AnswerFiles(Site::Document site, QHash<QString, QString> templates, QHostAddress serverAddress,
                std::shared_ptr<const FileSource> next);

    OpenedFile open(const QString &path, const Requester &who) const override;

private:
    /// The values an answer file for @p host gets. {ip} is its fixed address,
    /// else @p requester when that is the host itself (@p sameMachine), else empty.
    QHash<QString, QString> values(const Site::Host &host, const QHostAddress &requester, bool sameMachine) const;
    struct Match
    {
        const Site::Host *host = nullptr;
        Net::MacAddress mac; ///< the machine as identified, host or not
        QString why; ///< when there is no host: why not, for the 404
    };
    Match identify(const std::optional<Net::MacAddress> &inUrl, const Requester &who) const;
    OpenedFile answer(const QString &path, const QString &name, const std::optional<Net::MacAddress> &inUrl,
                      const Requester &who) const;
    OpenedFile done(const QString &path, const std::optional<Net::MacAddress> &inUrl, const Requester &who) const;

    Site::Document m_site;
    QHash<QString, QString> m_templates;
    QHostAddress m_server;
    std::shared_ptr<const FileSource> m_next;
};

} // namespace Boot
