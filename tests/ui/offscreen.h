// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

/// Widgets and fonts need a GUI application, and CI has no display: UI tests
/// call this from their static initMain() to use the offscreen platform
/// unless QT_QPA_PLATFORM says otherwise.
inline void useOffscreenPlatformUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}
