// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/bootmonitor.h"
#include "siteedit/siteeditor.h"

#include <QObject>

class QWidget;

namespace Ui {

class SiteFiles;

/// What importing, adding and removing images does to the site, for the
/// console: an import and a Mac NetBoot image are edits saved at once when
/// nothing else is unsaved (like an install-done); removing an image saves
/// the site, then deletes its copies. Each outcome goes to the event list.
class ImageChanges : public QObject
{
    Q_OBJECT
public:
    /// Dialogs open over @p window; notes go to @p monitor's event list.
    ImageChanges(Site::SiteEditor *editor, SiteFiles *files, Services::BootMonitor *monitor, QWidget *window);

    void imported(const Site::Image &image, const Site::MenuEntry &entry);
    void addNetbootImage(const Site::NetbootImage &image);
    // By value: a name read out of the site goes with the image it names.
    void removeNetbootImage(QString name);
    void removeImage(QString name);

    /// Tells the operator what an automatic change did: saved, to be saved,
    /// or not saved (with the error in a dialog).
    void noteSaved(Timeline::BootEvent::Kind kind, Site::SiteEditor::Saved saved, const QString &what,
                   const QString &error);

Q_SIGNALS:
    /// What the status bar should say.
    void message(const QString &text);

private:
    Site::SiteEditor *m_editor;
    SiteFiles *m_files;
    Services::BootMonitor *m_monitor;
    QWidget *m_window;
};

} // namespace Ui
