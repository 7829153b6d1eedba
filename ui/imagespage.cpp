// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagespage.h"

#include "imagestablemodel.h"
#include "netbootimagespane.h"
#include "images/nbifolder.h"
#include "images/importjob.h"
#include "images/siteimages.h"
#include "sitecheck/boottreecheck.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

ImagesPage::ImagesPage(const Site::SiteEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new ImagesTableModel(editor, this))
    , m_view(new QTableView(this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_netboot(new NetbootImagesPane(editor, this))
{
    setObjectName(u"imagesPage"_s);
    m_import->setObjectName(u"importImageButton"_s);
    m_remove->setObjectName(u"removeImageButton"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_import->setToolTip(tr("Import an installer ISO, a netboot archive, or a kernel and its initrds. "
                            "You can also drop them anywhere on the window."));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(m_netboot, 1);
    showStatus(tr("Drop an installer ISO on the window to import it."));

    connect(m_import, &QPushButton::clicked, this, &ImagesPage::chooseFiles);
    connect(m_cancel, &QPushButton::clicked, this, &ImagesPage::cancelImport);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT removeRequested(m_model->image(current.row()).name);
    });
    const auto updateRemove = [this] { m_remove->setEnabled(m_view->currentIndex().isValid() && !isImporting()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateRemove);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateRemove);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    updateRemove();
}

ImagesPage::~ImagesPage() = default;

QString ImagesPage::statusText() const
{
    return m_status->text();
}

bool ImagesPage::isImporting() const
{
    return m_job != nullptr;
}

void ImagesPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

void ImagesPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import installer images"), QString(),
        tr("Installer images (*.iso *.tar.gz *.tgz);;Kernel and initrds (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void ImagesPage::importFiles(const QStringList &files)
{
    // An Apple NBI folder is served as it is: no import, a NetBoot image.
    if (files.size() == 1 && Images::NbiFolder::isNbiFolder(files.first())) {
        QString error;
        if (!m_netboot->addFolder(files.first(), &error))
            showStatus(error);
        return;
    }
    // Several ISOs, archives or folders are several imports; anything else
    // dropped together is a kernel and its initrds.
    static const QStringList images{u"iso"_s, u"gz"_s, u"tgz"_s, u"tar"_s, u"xz"_s, u"zst"_s};
    const bool separate = files.size() > 1 && std::all_of(files.cbegin(), files.cend(), [](const QString &f) {
        return QFileInfo(f).isDir() || images.contains(QFileInfo(f).suffix().toLower());
    });
    if (!separate) {
        startImport(files, false, QString());
        return;
    }
    for (const QString &file : files)
        m_queue.append({file});
    if (!m_job)
        startImport(m_queue.takeFirst(), false, QString());
}

void ImagesPage::cancelImport()
{
    m_queue.clear();
    if (m_job) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        showStatus(tr("Cancelling…"));
    }
}

void ImagesPage::startImport(const QStringList &files, bool acceptGuess, const QString &initrd)
{
    if (m_job) {
        showStatus(tr("One import at a time: %1 is still being imported.").arg(m_job->request().sources.first()));
        return;
    }
    if (m_editor->path().isEmpty()) {
        showStatus(tr("Save the site first: imported kernels and initrds go into its boot tree."));
        return;
    }
    Images::ImportRequest request = Images::ImportRequest::forSite(m_editor->site(), m_editor->path(), files);
    request.acceptGuess = acceptGuess;
    request.initrd = initrd;

    m_job = new Images::ImportJob(request, this);
    connect(m_job, &Images::ImportJob::progress, this, [this](const Images::ImportProgress &p) {
        m_progress->setValue(p.totalBytes > 0 ? int(p.bytes * 1000 / p.totalBytes) : 0);
        showStatus(tr("Copying %1 (file %2 of %3): %4 of %5")
                       .arg(QFileInfo(p.file).fileName())
                       .arg(qMin(p.files + 1, p.totalFiles))
                       .arg(p.totalFiles)
                       .arg(QLocale().formattedDataSize(p.bytes), QLocale().formattedDataSize(p.totalBytes)));
    });
    connect(m_job, &Images::ImportJob::finished, this, &ImagesPage::importFinished);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_import->setEnabled(false);
    m_remove->setEnabled(false);
    showStatus(tr("Reading %1…").arg(files.first()));
    m_job->start();
}

void ImagesPage::importFinished()
{
    Images::ImportJob *job = std::exchange(m_job, nullptr);
    job->deleteLater();
    // Whatever happens below, the next queued image follows, and whoever waits hears it stopped.
    const auto next = qScopeGuard([this] {
        if (!m_job && !m_queue.isEmpty())
            startImport(m_queue.takeFirst(), false, QString());
        if (!m_job)
            Q_EMIT importStopped();
    });
    m_progress->hide();
    m_cancel->hide();
    m_import->setEnabled(true);
    m_remove->setEnabled(m_view->currentIndex().isValid());
    const Images::ImageImport &result = job->result();
    const QStringList sources = job->request().sources;
    if (job->succeeded()) {
        Site::Image image = result.image();
        if (!image.file.isEmpty())
            image.file = Images::SiteImages::pathInSite(image.file, m_editor->path());
        showStatus(tr("Imported %1 as %2.").arg(image.title, image.name)
                   + (result.notes().isEmpty() ? QString() : u' ' + result.notes().join(u' ')));
        Q_EMIT imported(image, result.entry(), result.notes());
        return;
    }
    if (result.cancelled()) {
        showStatus(tr("Import cancelled: nothing was copied."));
        return;
    }
    const Images::Installer &found = result.installer();
    if (found.guessed && !found.kernel.isEmpty() && !found.initrds.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Import an unknown image?"),
            tr("Rackside does not know what %1 installs. Import its kernel %2 and initrd %3 as they are? "
               "You will write the kernel arguments yourself on the Menus page.")
                .arg(QFileInfo(sources.first()).fileName(), found.kernel, found.initrds.join(u", "_s)));
        if (answer == QMessageBox::Yes) {
            startImport(sources, true, QString());
            return;
        }
    } else if (found.family == Images::Installer::Family::Debian && !found.problem.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Debian's ISO cannot boot over the network"),
                                                  found.problem + u"\n\n"_s + tr("Choose the netboot initrd now?"));
        if (answer == QMessageBox::Yes) {
            const QString initrd = QFileDialog::getOpenFileName(this, tr("Debian netboot initrd"), QString(),
                                                                tr("initrd (initrd.gz);;All files (*)"));
            if (!initrd.isEmpty()) {
                startImport(sources, false, initrd);
                return;
            }
        }
    }
    showStatus(result.error());
}

} // namespace Ui
