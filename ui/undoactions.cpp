// SPDX-License-Identifier: GPL-3.0-or-later
#include "undoactions.h"

#include "siteedit/siteeditor.h"

#include <QAction>

namespace Ui {

namespace {

QAction *historyAction(Site::SiteEditor *editor, QObject *parent, const QString &prefix, bool undo)
{
    auto *action = new QAction(parent);
    const auto update = [editor, action, prefix, undo] {
        const QString step = undo ? editor->undoText() : editor->redoText();
        action->setEnabled(undo ? editor->canUndo() : editor->canRedo());
        action->setText(step.isEmpty() ? prefix : prefix + u' ' + step);
    };
    update();
    QObject::connect(editor, &Site::SiteEditor::historyChanged, action, update);
    QObject::connect(action, &QAction::triggered, editor, [editor, undo] {
        if (undo)
            editor->undo();
        else
            editor->redo();
    });
    return action;
}

} // namespace

QAction *createUndoAction(Site::SiteEditor *editor, QObject *parent, const QString &prefix)
{
    return historyAction(editor, parent, prefix, true);
}

QAction *createRedoAction(Site::SiteEditor *editor, QObject *parent, const QString &prefix)
{
    return historyAction(editor, parent, prefix, false);
}

} // namespace Ui
