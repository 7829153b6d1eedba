// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "bootpage.h"
#include "dhcpmodepicker.h"
#include "eventlistpane.h"
#include "hostspage.h"
#include "hoststablemodel.h"
#include "imagespage.h"
#include "netbootimagespane.h"
#include "sitecheck/boottreecheck.h"
#include "interfacepicker.h"
#include "languagechoice.h"
#include "menusmodel.h"
#include "menuspage.h"
#include "otherserversdialog.h"
#include "servicelights.h"
#include "sitefiles.h"
#include "imagechanges.h"
#include "undoactions.h"
#include "hostimport/hostimport.h"
#include "sitefile/sitefile.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString SplitterKey = u"window/splitter/"_s;
const QString LastInterfaceKey = u"network/lastInterface"_s;

QLabel *toolBarLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setContentsMargins(12, 0, 6, 0);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QTabWidget(this))
    , m_boot(new BootPage(m_monitor.sessions(), m_monitor.log(), this))
    , m_hosts(new HostsPage(&m_editor, this))
    , m_menus(new MenusPage(m_hosts->model(), this))
    , m_images(new ImagesPage(&m_editor, this))
    , m_events(new EventListPane(m_monitor.log(), this))
{
    setObjectName(u"mainWindow"_s);
    m_boot->setCapture(m_monitor.services()->capture());
    connect(m_boot, &BootPage::captureSaved, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Capture saved to %1").arg(path), 8000);
        else
            QMessageBox::warning(this, tr("Capture not saved"), error);
    });
    m_pages->setObjectName(u"pages"_s);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_boot, tr("&Boot"));
    m_pages->addTab(m_hosts, tr("&Hosts"));
    m_pages->addTab(m_menus, tr("&Menus"));
    m_pages->addTab(m_images, tr("&Images"));
    m_pages->addTab(m_events, tr("&Log"));
    m_pages->setTabToolTip(0, tr("Every machine's boot, live (Alt+B)"));
    m_pages->setTabToolTip(1, tr("The machines Rackside knows by MAC address (Alt+H)"));
    m_pages->setTabToolTip(2, tr("Boot menus and the grub.cfg each machine gets (Alt+M)"));
    m_pages->setTabToolTip(3, tr("Installer images imported into the site; drop an ISO anywhere to import it (Alt+I)"));
    m_pages->setTabToolTip(4, tr("Every event, as it happened (Alt+L)"));
    setAcceptDrops(true);
    connect(m_images->netbootPane(), &NetbootImagesPane::problem, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Mac NetBoot image"), message); });
    m_hosts->setObjectName(u"hostsPage"_s);
    m_events->setObjectName(u"logPage"_s);
    connect(&m_editor, &Site::SiteEditor::changed, this, &MainWindow::siteChanged);
    connect(&m_editor, &Site::SiteEditor::modifiedChanged, this, &QWidget::setWindowModified);
    connect(&m_editor, &Site::SiteEditor::saved, this, [this](const QString &path) {
        setWindowTitle(QFileInfo(path).fileName() % u"[*] — Rackside"_s);
    });

    connect(m_boot, &BootPage::addHostRequested, this, &MainWindow::addHostFromLane);
    setCentralWidget(m_pages);
    m_files = new SiteFiles(&m_editor, this);
    m_files->mayMove = [this] { return !importRunning(); };
    m_imageChanges = new ImageChanges(&m_editor, m_files, &m_monitor, this);
    connect(m_images, &ImagesPage::imported, m_imageChanges, &ImageChanges::imported);
    connect(m_images, &ImagesPage::removeRequested, m_imageChanges, &ImageChanges::removeImage);
    connect(m_images->netbootPane(), &NetbootImagesPane::addRequested, m_imageChanges, &ImageChanges::addNetbootImage);
    connect(m_images->netbootPane(), &NetbootImagesPane::removeRequested, m_imageChanges,
            &ImageChanges::removeNetbootImage);
    createMenus();
    createToolBar();
    createStatusBar();
    connect(m_files, &SiteFiles::message, m_message, &QLabel::setText);
    connect(m_imageChanges, &ImageChanges::message, m_message, &QLabel::setText);

    using Services::BootServices;
    BootServices *services = m_monitor.services();
    connect(services, &BootServices::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_monitor, &Services::BootMonitor::installApplied, this,
            [this](const Net::MacAddress &, const QString &who, Site::SiteEditor::Saved saved, const QString &error) {
                m_imageChanges->noteSaved(Timeline::BootEvent::Kind::Installed, saved,
                          tr("%1 is installed: it boots its local disk from now on").arg(who), error);
            });
    connect(services, &BootServices::otherServersFound, this,
            [this](const QList<Dhcp::RogueCheck::Finding> &findings) { m_otherServers = findings; });
    connect(services, &BootServices::problem, this, [this](const QString &message) {
        note(Timeline::BootEvent::Kind::Problem, message, Timeline::BootEvent::Severity::Warning);
        statusBar()->showMessage(message, 10000);
    });
    connect(m_monitor.log(), &Timeline::EventLog::eventsAdded, this, &MainWindow::updateCounts);
    connect(m_monitor.log(), &Timeline::EventLog::cleared, this, &MainWindow::updateCounts);

    readSettings();
    updateCounts();
    updateControls();
}

MainWindow::~MainWindow()
{
    // The services stop as members go; this window no longer listens by then.
    m_monitor.services()->disconnect(this);
    m_monitor.disconnect(this);
    // The pages read the site editor and the monitor, members that go before
    // the window's children would: the pages go first.
    delete m_pages;
    m_pages = nullptr;
}

bool MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == name + u"Page"_s) {
            m_pages->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

// {server} in the Menus page's preview: what the servers will put there.
void MainWindow::showServerAddress()
{
    QHostAddress server = site().serverAddress;
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(site().interfaceName);
    for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
        if (server.isNull() && entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
            server = entry.ip();
    }
    m_menus->setServerAddress(server);
}

// An edit anywhere, its undo or redo, or another site opened.
void MainWindow::siteChanged(Site::SiteEditor::Parts parts)
{
    if (parts.testFlag(Site::SiteEditor::Part::Network)) {
        m_mode->setMode(site().dhcpMode);
        showServerAddress();
        updateControls();
    }
}

// Files dropped anywhere on the window: installer images to import.
void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        files.append(url.toLocalFile());
    event->acceptProposedAction();
    importImages(files);
}

void MainWindow::importImages(const QStringList &files)
{
    showPage(u"images"_s);
    m_images->importFiles(files);
}

void MainWindow::addHostFromLane(const Net::MacAddress &mac, const QString &arch)
{
    const int row = m_hosts->addSeenHost(mac, arch);
    m_pages->setCurrentWidget(m_hosts);
    if (row >= 0)
        m_hosts->view()->setFocus();
    m_message->setText(row < 0 ? tr("%1 is already a host").arg(mac.toString())
                               : tr("Added %1 as a host (row %2): give it a name and an address")
                                     .arg(mac.toString())
                                     .arg(row + 1));
}

void MainWindow::chooseHostsToImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import hosts"), QDir::homePath(),
        tr("Host lists (dhcpd.conf *.conf *.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importHosts(path);
}

bool MainWindow::importHosts(const QString &path, bool quiet)
{
    const auto imported = m_hosts->importFile(path, quiet);
    if (!imported)
        return false;
    m_pages->setCurrentWidget(m_hosts);
    m_message->setText(tr("Imported %n hosts from %1 (%2)", nullptr, int(imported->hosts.size()))
                           .arg(QFileInfo(path).fileName(), Site::HostImport::formatName(imported->format)));
    return !imported->hosts.isEmpty();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New site"), QKeySequence::New, this, [this] {
            if (!maybeSave())
                return;
            if (m_monitor.isActive())
                stop();
            newSite();
        })->setObjectName(u"newSiteAction"_s);
    m_open = file->addAction(tr("&Open site…"), QKeySequence::Open, this, &MainWindow::chooseSite);
    m_open->setObjectName(u"openSiteAction"_s);
    m_recent = file->addMenu(tr("Open &recent"));
    m_recent->setObjectName(u"recentSitesMenu"_s);
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("&Save site"), QKeySequence::Save, m_files, &SiteFiles::save)
        ->setObjectName(u"saveSiteAction"_s);
    file->addAction(tr("Save site &as…"), QKeySequence::SaveAs, m_files, &SiteFiles::saveAs)
        ->setObjectName(u"saveSiteAsAction"_s);
    file->addSeparator();
    file->addAction(tr("&Import hosts…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::chooseHostsToImport)
        ->setObjectName(u"importHostsAction"_s);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close)->setObjectName(u"quitAction"_s);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = createUndoAction(&m_editor, this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = createRedoAction(&m_editor, this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    LanguageChoice::fillMenu(language, [this](const QString &name) {
        m_message->setText(tr("Rackside will speak %1 from its next start.").arg(name));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Services"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_startStop = bar->addAction(QString(), this, &MainWindow::startOrStop);
    m_startStop->setObjectName(u"startStopAction"_s);

    bar->addSeparator();
    m_interfaces = new InterfacePicker(bar);
    m_interfaces->setObjectName(u"interfacePicker"_s);
    bar->addWidget(toolBarLabel(tr("&Interface"), m_interfaces, bar));
    bar->addWidget(m_interfaces);
    connect(m_interfaces, &InterfacePicker::interfaceChosen, this, [this](const QString &name) {
        QSettings().setValue(LastInterfaceKey, name);
        m_editor.edit(tr("use interface %1").arg(name), [&name](Site::Document &d) { d.interfaceName = name; });
    });

    m_mode = new DhcpModePicker(bar);
    m_mode->setObjectName(u"dhcpModePicker"_s);
    bar->addWidget(toolBarLabel(tr("&DHCP"), m_mode, bar));
    bar->addWidget(m_mode);
    connect(m_mode, &DhcpModePicker::modeChosen, this, [this](Site::DhcpMode mode) {
        m_editor.edit(tr("DHCP mode %1").arg(Site::dhcpModeName(mode)), [mode](Site::Document &d) { d.dhcpMode = mode; });
    });

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_lights = new ServiceLights(bar);
    bar->addWidget(m_lights);
}

void MainWindow::createStatusBar()
{
    m_message = new QLabel(this);
    m_message->setObjectName(u"statusMessage"_s);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(6, 0, 0, 0);
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"eventCounts"_s);
    statusBar()->addWidget(m_message, 1);
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1180, 720);
    restoreState(settings.value(StateKey).toByteArray());
    // The pages' panes keep the sizes the operator gave them.
    for (QSplitter *splitter : findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(SplitterKey + splitter->objectName()).toByteArray());

    const QString last = SiteFiles::last();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        const auto result = Site::SiteFile::load(last);
        if (result.document) {
            showSite(*result.document, last);
            return;
        }
        newSite();
        m_message->setText(tr("Could not reopen %1: %2").arg(last, result.problems.value(0).toString()));
        return;
    }
    newSite();
}

// Another site while an import copies into this one's boot tree would get
// an image whose files are elsewhere.
bool MainWindow::importRunning()
{
    if (!m_images->isImporting())
        return false;
    showPage(u"images"_s);
    QMessageBox::information(this, tr("An import is running"),
                             tr("Wait for the import to finish, or cancel it, before you switch or rename the site."));
    return true;
}

void MainWindow::newSite()
{
    if (importRunning())
        return;
    Site::Document site;
    site.dhcpMode = Site::DhcpMode::Off;
    showSite(site, {});
    m_message->setText(tr("New site. Choose an interface and a DHCP mode, or open a site (File ▸ Open site…)."));
}

void MainWindow::showSite(const Site::Document &opened, const QString &path)
{
    // A site without an interface gets the operator's last one; one naming an
    // interface this machine lacks keeps it, shown as unusable.
    Site::Document shown = opened;
    const QString last = QSettings().value(LastInterfaceKey).toString();
    const bool fillIn = opened.interfaceName.isEmpty() && m_interfaces->isUsable(last);
    if (fillIn && path.isEmpty())
        shown.interfaceName = last; // a new site: nothing to save yet
    m_editor.open(shown, path);
    if (fillIn && !path.isEmpty()) // an opened one: filling it in is a change to save
        m_editor.edit(tr("use interface %1").arg(last), [&last](Site::Document &d) { d.interfaceName = last; });
    m_interfaces->setCurrentInterfaceName(site().interfaceName);
    m_mode->setMode(site().dhcpMode);
    const QString title = path.isEmpty() ? tr("New site") : QFileInfo(path).fileName();
    setWindowTitle(title % u"[*] — Rackside"_s);
    setWindowModified(m_editor.isModified());
    showServerAddress();
    m_message->setText(path.isEmpty() ? QString() : tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    if (!site().interfaceName.isEmpty() && !m_interfaces->isUsable(site().interfaceName)) {
        m_message->setText(tr("The site's interface %1 cannot be used on this machine: choose another.")
                               .arg(site().interfaceName));
    }
    updateControls();
}

bool MainWindow::openSite(const QString &path)
{
    if (importRunning())
        return false;
    const auto site = m_files->read(path);
    if (!site)
        return false;
    if (m_monitor.isActive())
        stop();
    showSite(*site, path);
    SiteFiles::remember(path);
    return true;
}

QStringList MainWindow::recentSites() const
{
    return SiteFiles::recent();
}

void MainWindow::fillRecentMenu()
{
    m_files->fillRecentMenu(m_recent, [this](const QString &path) { openSite(path); });
}

void MainWindow::chooseSite()
{
    if (const QString path = m_files->chooseToOpen(); !path.isEmpty())
        openSite(path);
}

bool MainWindow::maybeSave()
{
    return m_files->maybeSave();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_images->isImporting()) {
        // Cancel, and close once the import has stopped (or landed: then it is saved or asked about).
        const auto answer = QMessageBox::question(this, tr("An import is running"),
                                                  tr("Cancel the import and quit?"));
        if (answer == QMessageBox::Yes) {
            connect(m_images, &ImagesPage::importStopped, this, &QWidget::close, Qt::QueuedConnection);
            m_images->cancelImport();
        }
        event->ignore();
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    for (const QSplitter *splitter : findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(SplitterKey + splitter->objectName(), splitter->saveState());
    event->accept();
}

void MainWindow::startOrStop()
{
    if (m_monitor.isActive())
        stop();
    else
        start();
}

void MainWindow::start(bool allowOtherServers)
{
    m_menus->commitPendingEdits();
    if (site().dhcpMode != Site::DhcpMode::Off && site().interfaceName.isEmpty() && !m_run.bindAddress.isLoopback()) {
        m_message->setText(tr("Choose the interface facing the machines to boot, then press Start."));
        m_interfaces->setFocus();
        return;
    }
    m_otherServers.clear();
    Services::RunOptions run = m_run;
    run.allowOtherServers = run.allowOtherServers || allowOtherServers;
    m_monitor.start(run);
}

void MainWindow::stop()
{
    m_monitor.stop();
}

void MainWindow::onStateChanged(Services::BootServices::State state, const QString &message)
{
    using State = Services::BootServices::State;
    using Severity = Timeline::BootEvent::Severity;
    m_state = state;
    m_message->setText(message);
    switch (state) {
    case State::AssemblingFiles:
    case State::CheckingOtherServers:
        note(Timeline::BootEvent::Kind::Checking, message, Severity::Info);
        break;
    case State::Starting:
    case State::Stopping:
        break;
    case State::Running:
        m_otherServers.clear();
        note(Timeline::BootEvent::Kind::Started, message, Severity::Info);
        break;
    case State::Stopped:
        note(Timeline::BootEvent::Kind::Stopped, message, Severity::Info);
        break;
    case State::Failed:
        note(Timeline::BootEvent::Kind::StartFailed, message, Severity::Failure);
        break;
    }
    updateControls();
    if (state == State::Failed && !m_otherServers.isEmpty())
        askAboutOtherServers();
}

void MainWindow::askAboutOtherServers()
{
    auto *dialog = new OtherServersDialog(m_otherServers, site().interfaceName, this);
    dialog->setObjectName(u"otherServersDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OtherServersDialog::chosen, this, [this](OtherServersDialog::Choice choice) {
        switch (choice) {
        case OtherServersDialog::Choice::UseProxy:
            m_editor.edit(tr("DHCP mode %1").arg(Site::dhcpModeName(Site::DhcpMode::Proxy)),
                          [](Site::Document &d) { d.dhcpMode = Site::DhcpMode::Proxy; });
            start();
            break;
        case OtherServersDialog::Choice::ServeAnyway:
            start(true);
            break;
        case OtherServersDialog::Choice::Cancel:
            break;
        }
    });
    dialog->open();
}

void MainWindow::note(Timeline::BootEvent::Kind kind, const QString &text, Timeline::BootEvent::Severity severity)
{
    m_monitor.note(kind, text, severity);
}

void MainWindow::updateControls()
{
    const bool active = m_monitor.isActive();
    m_startStop->setText(active ? tr("Stop") : tr("Start"));
    m_startStop->setIcon(style()->standardIcon(active ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_startStop->setToolTip(active ? tr("Stop all services") : tr("Start all services on the chosen interface"));
    const QString locked = tr("Stop the services to change this");
    for (QWidget *w : {static_cast<QWidget *>(m_interfaces), static_cast<QWidget *>(m_mode)}) {
        w->setEnabled(!active);
        w->setStatusTip(active ? locked : QString());
    }
    m_open->setEnabled(!active);
    m_lights->show(m_state, *m_monitor.services(), site().dhcpMode, m_run, m_message->text());
}

void MainWindow::updateCounts()
{
    const qsizetype events = m_monitor.log()->events().size();
    const qsizetype machines = m_monitor.log()->machines().size();
    m_counts->setText(tr("%n events", nullptr, int(events)) % u"  ·  "_s % tr("%n machines", nullptr, int(machines)));
}

} // namespace Ui
