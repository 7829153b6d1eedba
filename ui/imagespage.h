// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/menuentry.h"
#include "siteedit/siteeditor.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Images {
class ImportJob;
}

namespace Ui {

class ImagesTableModel;
class NetbootImagesPane;

/// The Images page: the installer images imported into the site, an import
/// running in the background with its progress and a Cancel button, and
/// removal. ISOs dropped anywhere on the window come here; Apple NBI
/// folders go to the Mac NetBoot images below.
class ImagesPage : public QWidget
{
    Q_OBJECT

public:
    /// Shows @p editor's images; imports go beside its site file.
    explicit ImagesPage(const Site::SiteEditor *editor, QWidget *parent = nullptr);
    ~ImagesPage() override;

    ImagesTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The Mac NetBoot images, below the installer images.
    NetbootImagesPane *netbootPane() const { return m_netboot; }
    /// What the line under the table says.
    QString statusText() const;
    bool isImporting() const;

    /// Imports @p files (an ISO, archive or folder; or a kernel and its
    /// initrds) in the background; one import at a time.
    void importFiles(const QStringList &files);
    void cancelImport();

Q_SIGNALS:
    /// An import finished: add @p image and @p entry to the site.
    void imported(const Site::Image &image, const Site::MenuEntry &entry, const QStringList &notes);
    /// The operator asked to remove the image called @p name.
    void removeRequested(const QString &name);
    /// No import runs any more (after imported(), a failure or a cancel).
    void importStopped();

private:
    void chooseFiles();
    void startImport(const QStringList &files, bool acceptGuess, const QString &initrd);
    void importFinished();
    void showStatus(const QString &text);

    const Site::SiteEditor *m_editor;
    ImagesTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_import;
    QPushButton *m_remove;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    NetbootImagesPane *m_netboot;
    Images::ImportJob *m_job = nullptr;
    QList<QStringList> m_queue; // more images dropped at once, imported one after another
};

} // namespace Ui
