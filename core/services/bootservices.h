// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "dhcp/roguecheck.h"
#include "services/runoptions.h"
#include "site/document.h"
#include "timeline/bootevent.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThread>

#include <memory>

namespace Dhcp {
class Server;
}
namespace Tftp {
class Server;
}
namespace Http {
class Server;
}

namespace Services {

class ClientAddresses;

/// Starts and stops Rackside's servers for one site. The servers live on a
/// network thread of their own and report through queued signals, so the
/// network never waits for whoever listens (GUI or terminal).
class BootServices : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Checking, Running, Failed };
    Q_ENUM(State)

    explicit BootServices(QObject *parent = nullptr);
    ~BootServices() override;

    /// Assembles the boot files (on a worker thread), checks for other DHCP
    /// servers when serving addresses, then starts DHCP (unless off), TFTP
    /// and HTTP (each from run.bootTree, else the site's boot tree when that
    /// folder exists, unless its port is 0; also in proxy mode and with DHCP
    /// off).
    void start(const Site::Document &site, const QString &sitePath, const RunOptions &run);
    void stop();
    State state() const { return m_state; }
    /// True while a TFTP server is running or starting (a run without a boot tree has none).
    bool servesTftp() const { return m_tftp != nullptr; }
    /// True while an HTTP server is running or starting.
    bool servesHttp() const { return m_http != nullptr; }
    /// "DHCP", "TFTP" or "HTTP": the server whose start failed; empty otherwise.
    QString failedServer() const { return m_failedServer; }
    QString summary() const { return m_summary; }
    /// What TFTP and HTTP serve from now on; transfers under way keep their file.
    void setFileSource(std::shared_ptr<const Boot::FileSource> files);
    /// The operator edited the site while the services run: the configs and
    /// answer files served from now on follow it (rebuilt on a worker
    /// thread). DHCP keeps the settings it started with.
    void updateSite(const Site::Document &site);
    std::shared_ptr<const Boot::FileSource> fileSource() const { return m_files; }
    /// What TFTP will serve, made on a worker thread, and what the operator
    /// should hear about it (a missing loader and the package that has it).
    struct BuiltFiles
    {
        std::shared_ptr<const Boot::FileSource> files;
        QStringList warnings;
        QString loaderDirectory;
    };

    /// IPv4 -> MAC, learnt from DHCP, for naming TFTP clients.
    std::shared_ptr<ClientAddresses> clientAddresses() const { return m_addresses; }

Q_SIGNALS:
    void stateChanged(Services::BootServices::State state, const QString &message);
    void otherServersFound(const QList<Dhcp::RogueCheck::Finding> &findings);
    void event(const Timeline::BootEvent &event);
    void problem(const QString &message);
    /// An installer called install-done for @p mac: its next boot is its
    /// local disk. The owner's site editor applies it (Site::SiteEditor::
    /// markInstalled), which saves it and, through updateSite(), serves it.
    void hostInstalled(const Net::MacAddress &mac);

private:
    void checkOtherServers();
    void startServers();
    void startDhcp();
    void startTftp();
    void startHttp();
    /// TFTP or HTTP on @p port, serving m_files, started on the network thread.
    template<typename FileServer>
    FileServer *startFileServer(int slot, quint16 port, const QString &text, const QString &errorPrefix);
    void serverStarted(int slot, bool ok, const QString &error, const QString &text);
    void setState(State state, const QString &message);
    void rebuildFiles();

    State m_state = State::Stopped;
    QString m_failedServer;
    QString m_summary;
    QThread m_thread;
    Dhcp::Server *m_dhcp = nullptr; // lives on m_thread
    Tftp::Server *m_tftp = nullptr; // lives on m_thread
    Http::Server *m_http = nullptr; // lives on m_thread
    std::shared_ptr<const Boot::FileSource> m_files;
    // What the running file servers' files are built from.
    Site::Document m_site;
    QString m_sitePath;
    QString m_loaderDirectory;
    quint32 m_serverAddress = 0;
    quint16 m_httpPort = 80;
    bool m_siteChanged = false; ///< updateSite() while the first files were built
    int m_generation = 0; ///< the latest rebuild; older results are dropped
    std::shared_ptr<ClientAddresses> m_addresses;
    std::unique_ptr<QFutureWatcher<BuiltFiles>> m_building;
    std::unique_ptr<Dhcp::RogueCheck> m_check;
    struct Pending;
    std::unique_ptr<Pending> m_pending;
};

} // namespace Services
