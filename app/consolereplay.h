// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Ui {
class MainWindow;
}

namespace Commands {

/// The console's --replay and --screenshot options: recorded boot events
/// (`rackside serve --record`) played into the window as if machines were
/// booting now, and a picture of the window taken when they are done. For
/// demos, the README's screenshot and UI tests.
struct ConsoleReplay
{
    QStringList recordings; ///< each plays from the start, 2 s after the previous one
    double speed = 1.0;
    QString screenshot; ///< PNG written once the replay is over (and the app quits)
    QString select; ///< the MAC whose lane is selected (details shown) in the screenshot
    int screenshotDelayMs = 6000; ///< past the hand-over wait, so the lanes show where the boots ended
    /// Live instead of after a replay: the PNG is taken once a machine's
    /// lane reaches this stage ("kernel"), or at the timeout (exit code 1).
    /// Each lane's stage is printed too, for tests that boot a real VM.
    QString screenshotAtStage;
    int stageTimeoutMs = 180'000;

    /// Starts the replay into \a window; false and \a error when a recording cannot be read.
    bool start(Ui::MainWindow &window, QString *error) const;

private:
    bool watchForStage(Ui::MainWindow &window, QString *error) const;
};

} // namespace Commands
