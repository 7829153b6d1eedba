// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/bootmonitor.h"

#include "timeline/stagerules.h"

#include <QDateTime>

namespace Services {

BootMonitor::BootMonitor(Site::SiteEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    connect(&m_services, &BootServices::event, &m_log, &Timeline::EventLog::append);
    connect(&m_log, &Timeline::EventLog::eventsAdded, this, [this](qsizetype /*removed*/, qsizetype count) {
        const QList<Timeline::BootEvent> &events = m_log.events();
        m_sessions.addEvents(events.mid(events.size() - count));
    });
    connect(&m_services, &BootServices::hostInstalled, this, &BootMonitor::hostInstalled);
    connect(&m_services, &BootServices::stateChanged, this, [this](BootServices::State state) {
        if (state == BootServices::State::Running)
            m_sessions.forgetFirewall();
    });
    connect(editor, &Site::SiteEditor::changed, this, &BootMonitor::siteChanged);
    applySiteToSessions();
}

void BootMonitor::start(const RunOptions &run)
{
    m_services.start(m_editor->site(), m_editor->path(), run);
}

void BootMonitor::stop()
{
    m_services.stop();
}

void BootMonitor::note(Timeline::BootEvent::Kind kind, const QString &text, Timeline::BootEvent::Severity severity)
{
    Timeline::BootEvent event;
    event.msecs = QDateTime::currentMSecsSinceEpoch();
    event.protocol = Timeline::BootEvent::Protocol::Console;
    event.kind = kind;
    event.summary = text;
    event.severity = severity;
    m_log.append(event);
}

void BootMonitor::siteChanged(Site::SiteEditor::Parts parts)
{
    if (parts & (Site::SiteEditor::Part::Hosts | Site::SiteEditor::Part::Menus))
        applySiteToSessions();
    // Running (or starting) servers follow at once: a host edited now boots as edited.
    m_services.updateSite(m_editor->site());
}

// Host names and the menus' kernels and initrds make the lanes read better.
void BootMonitor::applySiteToSessions()
{
    QHash<Net::MacAddress, QString> names;
    for (const Site::Host &h : m_editor->site().hosts)
        if (!h.hostname.isEmpty())
            names.insert(h.mac, h.hostname);
    m_sessions.setHostnames(names);
    Timeline::StageRules rules;
    rules.addMenus(m_editor->site().menus);
    m_sessions.setRules(rules);
}

void BootMonitor::hostInstalled(const Net::MacAddress &mac)
{
    const Site::Host *host = m_editor->site().hostByMac(mac);
    const QString who = host ? host->label() : mac.toString();
    QString error;
    const Site::SiteEditor::Saved saved = m_editor->markInstalled(mac, &error);
    Q_EMIT installApplied(mac, who, saved, error);
}

} // namespace Services
