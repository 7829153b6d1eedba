// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/roguecheck.h"
#include "services/bootmonitor.h"
#include "services/runoptions.h"
#include "siteedit/siteeditor.h"
#include "timeline/eventlog.h"
#include "timeline/sessiontracker.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace Ui {

class BootPage;
class DhcpModePicker;
class HostsPage;
class ImagesPage;
class MenusPage;
class EventListPane;
class InterfacePicker;
class ServiceLights;
class SiteFiles;
class ImageChanges;

/// The console: start and stop the servers for one site on one interface,
/// and watch the boot events arrive.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the site at \a path, reporting problems in a dialog; false if it could not be read.
    bool openSite(const QString &path);
    /// Ports and addresses for this session (tests use 127.0.0.1 and spare ports).
    void setRunOptions(const Services::RunOptions &run) { m_run = run; }

    const Site::Document &site() const { return m_editor.site(); }
    QString sitePath() const { return m_editor.path(); }
    Timeline::EventLog *eventLog() { return m_monitor.log(); }
    Timeline::SessionTracker *sessions() { return m_monitor.sessions(); }
    BootPage *bootPage() const { return m_boot; }
    HostsPage *hostsPage() const { return m_hosts; }
    MenusPage *menusPage() const { return m_menus; }
    ImagesPage *imagesPage() const { return m_images; }
    /// Imports installer images as if dropped on the window.
    void importImages(const QStringList &files);
    /// The open site: every edit, one history for the whole site (Edit ▸ Undo), saving.
    Site::SiteEditor *siteEditor() { return &m_editor; }
    /// Reads hosts from a dhcpd.conf, dnsmasq config or spreadsheet text
    /// file into the Hosts page (one undo step); problems in a dialog unless \a quiet.
    bool importHosts(const QString &path, bool quiet = false);
    /// Shows the page called @p name (boot, hosts, menus or log); false when there is none.
    bool showPage(const QString &name);
    /// Presses Start: the rogue check, then the servers for the open site.
    void startServices() { start(); }
    /// Sites opened or saved lately, newest first (File > Open recent).
    QStringList recentSites() const;
    /// Rebuilds File > Open recent (done each time it opens).
    void fillRecentMenu();
    Services::BootServices *services() { return m_monitor.services(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void readSettings();

    void newSite();
    void showSite(const Site::Document &site, const QString &path);
    void chooseSite();
    bool maybeSave();

    void startOrStop();
    void start(bool allowOtherServers = false);
    void stop();
    void onStateChanged(Services::BootServices::State state, const QString &message);
    void askAboutOtherServers();
    void note(Timeline::BootEvent::Kind kind, const QString &text, Timeline::BootEvent::Severity severity);
    void updateControls();
    void updateCounts();
    void chooseHostsToImport();
    void addHostFromLane(const Net::MacAddress &mac, const QString &arch);
    /// An edit, undo or redo anywhere (or a site opened): what depends on those parts follows.
    void siteChanged(Site::SiteEditor::Parts parts);
    bool importRunning();
    void showServerAddress();

    Site::SiteEditor m_editor; // before the pages that edit it
    Services::BootMonitor m_monitor{&m_editor}; // before the pages that show it
    Services::RunOptions m_run;
    Services::BootServices::State m_state = Services::BootServices::State::Stopped; ///< as last reported
    QList<Dhcp::RogueCheck::Finding> m_otherServers;

    QTabWidget *m_pages = nullptr;
    BootPage *m_boot = nullptr;
    HostsPage *m_hosts = nullptr;
    MenusPage *m_menus = nullptr;
    ImagesPage *m_images = nullptr;
    EventListPane *m_events = nullptr;
    QAction *m_startStop = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_recent = nullptr;
    InterfacePicker *m_interfaces = nullptr;
    DhcpModePicker *m_mode = nullptr;
    ServiceLights *m_lights = nullptr;
    SiteFiles *m_files = nullptr;
    ImageChanges *m_imageChanges = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace Ui
