// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QToolButton>

namespace Ui {

/// A flat button for @p action in a page's button row: it shows the
/// action's text and tooltip and follows its enabled state.
inline QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setAutoRaise(true);
    return b;
}

} // namespace Ui
