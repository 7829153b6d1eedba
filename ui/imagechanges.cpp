// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagechanges.h"

#include "images/siteimages.h"
#include "images/sitenetboot.h"
#include "sitefiles.h"

#include <QDir>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;
using Kind = Timeline::BootEvent::Kind;
using Severity = Timeline::BootEvent::Severity;

namespace Ui {

ImageChanges::ImageChanges(Site::SiteEditor *editor, SiteFiles *files, Services::BootMonitor *monitor,
                           QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_files(files)
    , m_monitor(monitor)
    , m_window(window)
{
}

void ImageChanges::noteSaved(Kind kind, Site::SiteEditor::Saved saved, const QString &what, const QString &error)
{
    using Saved = Site::SiteEditor::Saved;
    switch (saved) {
    case Saved::Unchanged:
        return;
    case Saved::Saved:
        Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(m_editor->path())));
        m_monitor->note(kind, tr("%1 (saved in the site)").arg(what), Severity::Info);
        return;
    case Saved::Failed:
        QMessageBox::warning(m_window, tr("Cannot save site"), error);
        break;
    case Saved::NotSaved:
        break;
    }
    m_monitor->note(kind, tr("%1; save the site to keep it").arg(what), Severity::Warning);
}

// An import finished on the Images page: its copies are in the boot tree,
// so the site must name them.
void ImageChanges::imported(const Site::Image &image, const Site::MenuEntry &entry)
{
    QString menu;
    QString error;
    const auto saved = m_editor->editAndSave(tr("import %1").arg(image.name), [&](Site::Document &d) {
        menu = Images::SiteImages::add(d, image, entry);
    }, &error);
    // Undo cannot take the copies back out of the boot tree: it stops here, as before imports were edits.
    m_editor->forgetHistory();
    noteSaved(Kind::Imported, saved, tr("%1 imported as %2, with an entry in the menu %3").arg(image.title, image.name, menu),
              error);
}

// Mac NetBoot images change only the site (an NBI folder is served where it is).
void ImageChanges::addNetbootImage(const Site::NetbootImage &image)
{
    QString problem;
    if (Site::Document check = m_editor->site(); !Images::SiteNetboot::add(check, image, &problem)) {
        QMessageBox::warning(m_window, tr("Mac NetBoot image"), tr("%1 was not added: %2").arg(image.name, problem));
        return;
    }
    QString error;
    const auto saved = m_editor->editAndSave(tr("add Mac NetBoot image %1").arg(image.name), [&](Site::Document &d) {
        Images::SiteNetboot::add(d, image, &problem);
    }, &error);
    noteSaved(Kind::NetBoot, saved, tr("Mac NetBoot image %1 added (BSDP id %2)").arg(image.name, image.id().toString()),
              error);
}

void ImageChanges::removeNetbootImage(QString name)
{
    if (QMessageBox::question(m_window, tr("Remove Mac NetBoot image"),
                              tr("Remove %1 from the Macs' boot picker? Hosts pinned to it choose again; an NBI "
                                 "folder stays on disk.")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    QString error;
    const auto saved = m_editor->editAndSave(tr("remove Mac NetBoot image %1").arg(name), [&](Site::Document &d) {
        Images::SiteNetboot::remove(d, name);
    }, &error);
    noteSaved(Kind::NetBoot, saved, tr("Mac NetBoot image %1 removed").arg(name), error);
}

void ImageChanges::removeImage(QString name)
{
    const QStringList entries = Images::SiteImages::entriesUsing(m_editor->site(), name);
    const auto answer = QMessageBox::question(
        m_window, tr("Remove image"),
        tr("Remove %1, its copies in the boot tree and the menu entries that boot it (%2)? The site is saved "
           "at once.")
            .arg(name, entries.isEmpty() ? tr("none") : entries.join(u", "_s)));
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT m_editor->commitRequested();
    const bool edited =
        m_editor->edit(tr("remove image %1").arg(name), [&](Site::Document &d) { Images::SiteImages::remove(d, name); });
    if (!m_files->saveTo(m_editor->path())) {
        if (edited)
            m_editor->undo(); // the saved site still names the copies: they stay
        return;
    }
    m_editor->forgetHistory(); // an undo would name copies deleted below
    // The saved site no longer names the copies.
    if (!Images::SiteImages::removeCopies(m_editor->site().bootTreePath(m_editor->path()), name))
        m_monitor->note(Kind::Problem, tr("Could not delete all of images/%1 in the boot tree").arg(name),
                        Severity::Warning);
    m_monitor->note(Kind::Removed, tr("Image %1 removed").arg(name), Severity::Info);
}

} // namespace Ui
