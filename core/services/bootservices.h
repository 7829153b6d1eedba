// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "capture/recorder.h"
#include "dhcp/roguecheck.h"
#include "dhcp/roguewatch.h"
#include "firewall/check.h"
#include "services/dhcpsetup.h"
#include "services/runoptions.h"
#include "services/servedfilesbuilder.h"
#include "site/document.h"
#include "timeline/bootevent.h"

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
///
/// Starting is an explicit state machine:
///
///   Stopped -> AssemblingFiles -> CheckingOtherServers -> Starting -> Running
///      |             |                    |                  |          |
///      +-------------+--------------------+---> Failed <-----+          |
///   AssemblingFiles, CheckingOtherServers, Starting, Running
///      --stop()--> Stopping --(servers deleted on their thread)--> Stopped
///
/// AssemblingFiles is skipped without a boot tree, CheckingOtherServers
/// unless it serves addresses. A failure carries a code and details, so the
/// command line can name the flag to pass and the console can offer a button.
class BootServices : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, AssemblingFiles, CheckingOtherServers, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    /// Why a start failed.
    struct Failure
    {
        enum class Code {
            None,
            SiteUnusable, ///< the site (or the run) cannot be served: no address, a bad mode...
            NoInterface, ///< DHCP needs the interface facing the machines
            BootTreeMissing, ///< the boot tree given for this run is not a folder
            OtherDhcpServers, ///< another DHCP server answers: proxy mode, or serve anyway
            CheckFailed, ///< the look for other DHCP servers could not be made
            ServerFailed, ///< DHCP, TFTP or HTTP could not open its sockets (in use, privileges)
        };
        Code code = Code::None;
        QString message; ///< what happened, with no command-line flag in it
        QString server; ///< "DHCP", "TFTP" or "HTTP" for ServerFailed
        QList<Dhcp::RogueCheck::Finding> otherServers; ///< for OtherDhcpServers
    };

    explicit BootServices(QObject *parent = nullptr);
    ~BootServices() override;

    /// Begins starting DHCP (unless off), TFTP and HTTP (each from
    /// run.bootTree, else the site's boot tree when that folder exists,
    /// unless its port is 0; also in proxy mode and with DHCP off).
    void start(const Site::Document &site, const QString &sitePath, const RunOptions &run);
    void stop();
    State state() const { return m_state; }
    /// Starting, running or stopping: the run is not over.
    bool isActive() const { return m_state != State::Stopped && m_state != State::Failed; }
    /// True while a TFTP server is running or starting (a run without a boot tree has none).
    bool servesTftp() const { return m_tftp != nullptr; }
    /// True while an HTTP server is running or starting.
    bool servesHttp() const { return m_http != nullptr; }
    /// What each machine sent and was sent, across runs, for saving as pcapng.
    std::shared_ptr<const Capture::Recorder> capture() const { return m_capture; }
    const Failure &failure() const { return m_failure; }
    QString summary() const { return m_summary; }
    /// What TFTP and HTTP serve from now on; transfers under way keep their file.
    void setFileSource(std::shared_ptr<const Boot::FileSource> files);
    /// The operator edited the site while the services run: the configs and
    /// answer files served from now on follow it (rebuilt on a worker
    /// thread). DHCP keeps the settings it started with, but Macs' images.
    void updateSite(const Site::Document &site);
    std::shared_ptr<const Boot::FileSource> fileSource() const { return m_files; }

    /// IPv4 -> MAC, learnt from DHCP, for naming TFTP clients.
    std::shared_ptr<ClientAddresses> clientAddresses() const { return m_addresses; }

    /// "assembling the boot files", "running"...
    static QString stateName(State state);

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
    enum Slot { DhcpSlot, TftpSlot, HttpSlot, SlotCount };

    void enter(State state, const QString &message);
    void fail(Failure failure);
    void filesBuilt(const ServedFilesBuilder::Result &result);
    void checkOtherServers();
    void startServers();
    void watchForOtherServers();
    void checkFirewall();
    void startDhcp();
    /// TFTP or HTTP on @p port, serving m_files, started on the network thread.
    template<typename FileServer>
    FileServer *startFileServer(Slot slot, quint16 port, const QString &text);
    void serverStarted(Slot slot, bool ok, const QString &error, const QString &text);
    void closeServers();
    ServedFilesBuilder::Input buildInput() const;

    State m_state = State::Stopped;
    Failure m_failure;
    QString m_summary;
    QThread m_thread;
    Dhcp::Server *m_dhcp = nullptr; // lives on m_thread
    Tftp::Server *m_tftp = nullptr; // lives on m_thread
    Http::Server *m_http = nullptr; // lives on m_thread
    std::shared_ptr<const Boot::FileSource> m_files;
    std::shared_ptr<ClientAddresses> m_addresses;
    ServedFilesBuilder m_builder;
    std::shared_ptr<Capture::Recorder> m_capture = std::make_shared<Capture::Recorder>();
    std::unique_ptr<Dhcp::RogueCheck> m_check;
    std::unique_ptr<Dhcp::RogueWatch> m_watch; ///< while running in serve mode
    std::unique_ptr<Firewall::Check> m_firewall; ///< at each start
    QList<Dhcp::RogueCheck::Finding> m_allowedServers; ///< found at start, allowed: not told again
    int m_run = 0; ///< counts runs, so a late report of an old run is dropped

    // The run being started or served.
    Site::Document m_site; ///< what the file servers' files are built from (the run's boot tree and mode in it)
    QString m_sitePath;
    RunOptions m_options;
    DhcpSetup m_setup;
    QString m_bootTree; ///< --boot-tree, else the site's; empty: no TFTP or HTTP
    bool m_wantTftp = false;
    bool m_wantHttp = false;
    QString m_texts[SlotCount]; ///< each server's part of the Running summary
    int m_waitingFor = 0; ///< servers still opening their sockets
};

} // namespace Services
