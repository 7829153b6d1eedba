// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteedit/siteeditor.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace Ui {

/// The File menu's work on site files for the console: reading one (its
/// problems in a dialog), asking where to open or save, asking to save
/// unsaved changes, and the list of recent sites (File ▸ Open recent). The
/// site itself is the editor's; this class only talks to the operator.
class SiteFiles : public QObject
{
    Q_OBJECT
public:
    /// Dialogs open over @p window.
    SiteFiles(Site::SiteEditor *editor, QWidget *window);

    /// Says no (after telling the operator why) while the site may not switch or move.
    std::function<bool()> mayMove = [] { return true; };

    /// The site at @p path, or nullopt after a dialog naming its problems.
    std::optional<Site::Document> read(const QString &path);
    /// Where to open a site from (after asking to save this one); empty: cancelled.
    QString chooseToOpen();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    /// Unsaved changes: save, discard (true) or cancel (false)?
    bool maybeSave();

    /// Sites opened or saved lately, newest first.
    static QStringList recent();
    /// The last site opened or saved, as the console reopens it.
    static QString last();
    static void remember(const QString &path);
    /// Fills File ▸ Open recent; @p open is called with a path the operator picks.
    void fillRecentMenu(QMenu *menu, const std::function<void(const QString &)> &open);

Q_SIGNALS:
    /// What the status bar should say.
    void message(const QString &text);

private:
    Site::SiteEditor *m_editor;
    QWidget *m_window;
};

} // namespace Ui
