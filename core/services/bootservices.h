// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/roguecheck.h"
#include "services/runoptions.h"
#include "site/document.h"
#include "timeline/bootevent.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Dhcp {
class Server;
}

namespace Services {

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

    /// Checks for other DHCP servers when serving addresses, then starts.
    void start(const Site::Document &site, const QString &sitePath, const RunOptions &run);
    void stop();
    State state() const { return m_state; }
    QString summary() const { return m_summary; }

Q_SIGNALS:
    void stateChanged(Services::BootServices::State state, const QString &message);
    void otherServersFound(const QList<Dhcp::RogueCheck::Finding> &findings);
    void event(const Timeline::BootEvent &event);
    void problem(const QString &message);

private:
    void startServers();
    void setState(State state, const QString &message);

    State m_state = State::Stopped;
    QString m_summary;
    QThread m_thread;
    Dhcp::Server *m_dhcp = nullptr; // lives on m_thread
    std::unique_ptr<Dhcp::RogueCheck> m_check;
    struct Pending;
    std::unique_ptr<Pending> m_pending;
};

} // namespace Services
