// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "bootpage.h"
#include "dhcpmodepicker.h"
#include "eventlistpane.h"
#include "hostspage.h"
#include "hoststablemodel.h"
#include "imagespage.h"
#include "netbootimagespane.h"
#include "images/sitenetboot.h"
#include "images/siteimages.h"
#include "sitecheck/boottreecheck.h"
#include "interfacepicker.h"
#include "languagechoice.h"
#include "menusmodel.h"
#include "menuspage.h"
#include "otherserversdialog.h"
#include "servicelights.h"
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
const QString LastSiteKey = u"site/lastPath"_s;
const QString SplitterKey = u"window/splitter/"_s;
const QString RecentSitesKey = u"site/recent"_s;
constexpr int MaxRecentSites = 8;
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
    connect(m_images, &ImagesPage::imported, this, &MainWindow::imageImported);
    connect(m_images, &ImagesPage::removeRequested, this, &MainWindow::removeImage);
    connect(m_images->netbootPane(), &NetbootImagesPane::addRequested, this, &MainWindow::addNetbootImage);
    connect(m_images->netbootPane(), &NetbootImagesPane::removeRequested, this, &MainWindow::removeNetbootImage);
    connect(m_images->netbootPane(), &NetbootImagesPane::problem, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Mac NetBoot image"), message); });
    m_hosts->setObjectName(u"hostsPage"_s);
    m_events->setObjectName(u"logPage"_s);
    connect(&m_editor, &Site::SiteEditor::changed, this, &MainWindow::siteChanged);
    connect(&m_editor, &Site::SiteEditor::modifiedChanged, this, &QWidget::setWindowModified);
    connect(&m_editor, &Site::SiteEditor::saved, this, [this](const QString &path) {
        setWindowTitle(QFileInfo(path).fileName() % u"[*] — Rackside"_s);
        rememberSite(path);
    });

    connect(m_boot, &BootPage::addHostRequested, this, &MainWindow::addHostFromLane);
    setCentralWidget(m_pages);
    createMenus();
    createToolBar();
    createStatusBar();

    using Services::BootServices;
    BootServices *services = m_monitor.services();
    connect(services, &BootServices::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_monitor, &Services::BootMonitor::installApplied, this,
            [this](const Net::MacAddress &, const QString &who, Site::SiteEditor::Saved saved, const QString &error) {
                noteSaved(Timeline::BootEvent::Kind::Installed, saved,
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

// An import finished on the Images page: its copies are in the boot tree,
// so the site must name them. Saved at once when nothing else is unsaved,
// like an install-done.
void MainWindow::imageImported(const Site::Image &image, const Site::MenuEntry &entry)
{
    QString menu;
    QString error;
    const auto saved = m_editor.editAndSave(tr("import %1").arg(image.name), [&](Site::Document &d) {
        menu = Images::SiteImages::add(d, image, entry);
    }, &error);
    noteSaved(Timeline::BootEvent::Kind::Imported, saved,
              tr("%1 imported as %2, with an entry in the menu %3").arg(image.title, image.name, menu), error);
}

void MainWindow::noteSaved(Timeline::BootEvent::Kind kind, Site::SiteEditor::Saved saved, const QString &what,
                           const QString &error)
{
    using Saved = Site::SiteEditor::Saved;
    using Severity = Timeline::BootEvent::Severity;
    switch (saved) {
    case Saved::Unchanged:
        return;
    case Saved::Saved:
        m_message->setText(tr("Saved %1").arg(QDir::toNativeSeparators(m_editor.path())));
        note(kind, tr("%1 (saved in the site)").arg(what), Severity::Info);
        return;
    case Saved::Failed:
        QMessageBox::warning(this, tr("Cannot save site"), error);
        break;
    case Saved::NotSaved:
        break;
    }
    note(kind, tr("%1; save the site to keep it").arg(what), Severity::Warning);
}

// Mac NetBoot images change only the site (an NBI folder is served where it
// is): saved at once, like an import, when nothing else is unsaved.
void MainWindow::addNetbootImage(const Site::NetbootImage &image)
{
    QString problem;
    if (Site::Document check = site(); !Images::SiteNetboot::add(check, image, &problem)) {
        QMessageBox::warning(this, tr("Mac NetBoot image"), tr("%1 was not added: %2").arg(image.name, problem));
        return;
    }
    QString error;
    const auto saved = m_editor.editAndSave(tr("add Mac NetBoot image %1").arg(image.name), [&](Site::Document &d) {
        Images::SiteNetboot::add(d, image, &problem);
    }, &error);
    noteSaved(Timeline::BootEvent::Kind::NetBoot, saved,
              tr("Mac NetBoot image %1 added (BSDP id %2)").arg(image.name, image.id().toString()), error);
}

void MainWindow::removeNetbootImage(const QString &name)
{
    if (QMessageBox::question(this, tr("Remove Mac NetBoot image"),
                              tr("Remove %1 from the Macs' boot picker? Hosts pinned to it choose again; an NBI "
                                 "folder stays on disk.")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    QString error;
    const auto saved = m_editor.editAndSave(tr("remove Mac NetBoot image %1").arg(name), [&](Site::Document &d) {
        Images::SiteNetboot::remove(d, name);
    }, &error);
    noteSaved(Timeline::BootEvent::Kind::NetBoot, saved, tr("Mac NetBoot image %1 removed").arg(name), error);
}

void MainWindow::removeImage(const QString &name)
{
    const QStringList entries = Images::SiteImages::entriesUsing(site(), name);
    const auto answer = QMessageBox::question(
        this, tr("Remove image"),
        tr("Remove %1, its copies in the boot tree and the menu entries that boot it (%2)? The site is saved "
           "at once.")
            .arg(name, entries.isEmpty() ? tr("none") : entries.join(u", "_s)));
    if (answer != QMessageBox::Yes)
        return;
    m_menus->commitPendingEdits();
    m_editor.edit(tr("remove image %1").arg(name), [&](Site::Document &d) { Images::SiteImages::remove(d, name); });
    if (!writeSite(m_editor.path())) {
        m_editor.undo(); // the saved site still names the copies: they stay
        return;
    }
    // The saved site no longer names the copies.
    if (!Images::SiteImages::removeCopies(site().bootTreePath(m_editor.path()), name))
        note(Timeline::BootEvent::Kind::Problem, tr("Could not delete all of images/%1 in the boot tree").arg(name),
             Timeline::BootEvent::Severity::Warning);
    note(Timeline::BootEvent::Kind::Removed, tr("Image %1 removed").arg(name), Timeline::BootEvent::Severity::Info);
}

void MainWindow::addHostFromLane(const Net::MacAddress &mac, const QString &arch)
{
    if (site().hostByMac(mac)) {
        m_message->setText(tr("%1 is already a host").arg(mac.toString()));
        m_pages->setCurrentWidget(m_hosts);
        return;
    }
    Site::Host host;
    host.mac = mac;
    host.notes = arch.isEmpty() ? tr("seen booting %1").arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_s))
                                : tr("%1, seen booting %2").arg(arch, QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_s));
    const int row = m_hosts->model()->addHost(host);
    m_pages->setCurrentWidget(m_hosts);
    m_hosts->view()->setFocus();
    m_message->setText(tr("Added %1 as a host (row %2): give it a name and an address").arg(mac.toString()).arg(row + 1));
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!quiet)
            QMessageBox::warning(this, tr("Import hosts"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const Site::HostImport imported = m_hosts->addHosts(QString::fromUtf8(file.readAll()), path);
    const qsizetype hosts = imported.hosts.size();
    m_pages->setCurrentWidget(m_hosts);
    m_message->setText(tr("Imported %n hosts from %1 (%2)", nullptr, int(hosts))
                           .arg(QFileInfo(path).fileName(), Site::HostImport::formatName(imported.format)));
    if (!imported.problems.isEmpty() && !quiet) {
        QMessageBox box(QMessageBox::Information, tr("Import hosts"),
                        tr("%n hosts imported.", nullptr, int(hosts)) % u' '
                            % tr("%n things to look at:", nullptr, int(imported.problems.size())),
                        QMessageBox::Ok, this);
        box.setInformativeText(Site::problemsToString(imported.problems.mid(0, 8)));
        box.setDetailedText(Site::problemsToString(imported.problems));
        box.exec();
    }
    return hosts > 0;
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
    file->addAction(tr("&Save site"), QKeySequence::Save, this, &MainWindow::saveSite)
        ->setObjectName(u"saveSiteAction"_s);
    file->addAction(tr("Save site &as…"), QKeySequence::SaveAs, this, &MainWindow::saveSiteAs)
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
    language->setToolTipsVisible(true);
    auto *languages = new QActionGroup(language);
    const QString chosen = LanguageChoice::chosen();
    const QString systemName = QLocale::system().nativeLanguageName();
    QList<LanguageChoice::Language> choices = LanguageChoice::available();
    choices.prepend({QString(), tr("System language (%1)").arg(systemName)});
    for (const LanguageChoice::Language &choice : std::as_const(choices)) {
        QAction *a = language->addAction(choice.name);
        a->setObjectName(u"language_"_s + (choice.code.isEmpty() ? u"system"_s : choice.code));
        a->setCheckable(true);
        a->setChecked(choice.code == chosen);
        a->setToolTip(tr("Takes effect when Rackside starts again"));
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice] {
            LanguageChoice::choose(choice.code);
            m_message->setText(tr("Rackside will speak %1 from its next start.").arg(choice.name));
        });
    }
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

    const QString last = settings.value(LastSiteKey).toString();
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
    const auto result = Site::SiteFile::load(path);
    if (!result.document) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open site"),
                        tr("%1 cannot be used:").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        box.setInformativeText(problemsToString(result.problems.mid(0, 5)));
        if (result.problems.size() > 5)
            box.setDetailedText(problemsToString(result.problems));
        box.exec();
        return false;
    }
    if (m_monitor.isActive())
        stop();
    showSite(*result.document, path);
    rememberSite(path);
    return true;
}

void MainWindow::rememberSite(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    settings.setValue(LastSiteKey, absolute);
    QStringList recent = settings.value(RecentSitesKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(RecentSitesKey, recent.mid(0, MaxRecentSites));
}

QStringList MainWindow::recentSites() const
{
    return QSettings().value(RecentSitesKey).toStringList();
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = recentSites();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QFileInfo info(recent.at(i));
        QAction *a = m_recent->addAction(u"&%1 %2  (%3)"_s.arg(i + 1).arg(info.fileName(),
                                                                          QDir::toNativeSeparators(info.absolutePath())));
        a->setEnabled(info.exists());
        a->setToolTip(info.exists() ? info.absoluteFilePath() : tr("%1 no longer exists").arg(info.absoluteFilePath()));
        const QString path = info.absoluteFilePath();
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openSite(path);
        });
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent sites"))->setEnabled(false);
    m_recent->addSeparator();
    m_recent->addAction(tr("&Clear the list"), this, [] { QSettings().remove(RecentSitesKey); })
        ->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseSite()
{
    if (!maybeSave())
        return;
    const QString dir = m_editor.path().isEmpty() ? QFileInfo(QSettings().value(LastSiteKey).toString()).absolutePath()
                                                  : QFileInfo(m_editor.path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open site"), dir,
                                                      tr("Rackside sites (*.json);;All files (*)"));
    if (!path.isEmpty())
        openSite(path);
}

bool MainWindow::saveSite()
{
    return m_editor.path().isEmpty() ? saveSiteAs() : writeSite(m_editor.path());
}

bool MainWindow::saveSiteAs()
{
    if (importRunning())
        return false;
    const QString suggested = m_editor.path().isEmpty() ? QDir::home().filePath(u"site.json"_s) : m_editor.path();
    QString path = QFileDialog::getSaveFileName(this, tr("Save site as"), suggested, tr("Rackside sites (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    return writeSite(path);
}

bool MainWindow::writeSite(const QString &path)
{
    m_menus->commitPendingEdits();
    // A few kilobytes, written atomically: as quick as reading it.
    // The pages stay as they are (selection, undo history); only the name changes.
    QString error;
    if (!m_editor.saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save site"), error);
        return false;
    }
    m_message->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::maybeSave()
{
    m_menus->commitPendingEdits();
    if (!m_editor.isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to %1?").arg(windowTitle().section(u"[*]"_s, 0, 0)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveSite();
    return answer == QMessageBox::Discard;
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
