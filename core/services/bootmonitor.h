// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/bootservices.h"
#include "siteedit/siteeditor.h"
#include "timeline/eventlog.h"
#include "timeline/sessiontracker.h"

#include <QObject>

namespace Services {

/// Everything between the site and what the operator watches, the same for
/// the console and `rackside serve`: the servers (BootServices), every event
/// (EventLog), each machine's lanes (SessionTracker) with the stage rules
/// and host names taken from the site, and the site edits the servers cause
/// (install-done, applied once through the site editor). An event goes
/// socket -> server (network thread) -> BootServices::event (queued) ->
/// EventLog (batched) -> SessionTracker -> lane.
class BootMonitor : public QObject
{
    Q_OBJECT
public:
    /// Watches and serves @p editor's site (which it does not own).
    explicit BootMonitor(Site::SiteEditor *editor, QObject *parent = nullptr);

    BootServices *services() { return &m_services; }
    Timeline::EventLog *log() { return &m_log; }
    Timeline::SessionTracker *sessions() { return &m_sessions; }
    bool isActive() const { return m_services.isActive(); }

    /// Serves the editor's site as it is now; later edits follow while it runs.
    void start(const RunOptions &run);
    void stop();
    /// Something Rackside itself has to say, in the event list.
    void note(Timeline::BootEvent::Kind kind, const QString &text, Timeline::BootEvent::Severity severity);

Q_SIGNALS:
    /// An installer's install-done was applied to the site: @p saved says
    /// whether the site file has it (see SiteEditor::markInstalled).
    void installApplied(const Net::MacAddress &mac, const QString &host, Site::SiteEditor::Saved saved,
                        const QString &error);

private:
    void siteChanged(Site::SiteEditor::Parts parts);
    void applySiteToSessions();
    void hostInstalled(const Net::MacAddress &mac);

    Site::SiteEditor *m_editor;
    Timeline::EventLog m_log;
    Timeline::SessionTracker m_sessions; // fed from m_log's batches
    BootServices m_services;
};

} // namespace Services
