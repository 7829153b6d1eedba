// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAction;
class QObject;

namespace Site {
class SiteEditor;
}

namespace Ui {

/// Undo and Redo for the site editor's one history, as QUndoStack makes
/// them: "Undo rename menu install to debian", enabled while there is a step.
QAction *createUndoAction(Site::SiteEditor *editor, QObject *parent, const QString &prefix);
QAction *createRedoAction(Site::SiteEditor *editor, QObject *parent, const QString &prefix);

} // namespace Ui
