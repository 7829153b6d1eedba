// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolereplay.h"

#include "mainwindow.h"
#include "timeline/eventrecording.h"
#include "timeline/eventreplay.h"

#include <QApplication>
#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Commands {

bool ConsoleReplay::start(Ui::MainWindow &window, QString *error) const
{
    if (recordings.isEmpty() && screenshot.isEmpty())
        return true;
    auto *replay = new Timeline::EventReplay(&window);
    replay->setSpeed(speed);
    qint64 delay = 0;
    for (const QString &path : recordings) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the recording %1: %2"_s.arg(path, file.errorString());
            return false;
        }
        const auto read = Timeline::EventRecording::read(&file);
        if (read.events.isEmpty()) {
            *error = u"%1 holds no events%2"_s.arg(path, read.errors.isEmpty() ? QString() : u": "_s + read.errors.first());
            return false;
        }
        replay->add(read.events, delay);
        delay += 2000;
    }
    QObject::connect(replay, &Timeline::EventReplay::event, window.eventLog(), &Timeline::EventLog::append);
    if (!screenshot.isEmpty()) {
        window.resize(1280, 720); // the same picture whatever size the window had last time
        const QString file = screenshot;
        const int after = screenshotDelayMs;
        QObject::connect(replay, &Timeline::EventReplay::finished, &window, [&window, file, after] {
            QTimer::singleShot(after, &window, [&window, file] {
                window.eventLog()->flush();
                if (!window.grab().save(file))
                    qWarning("rackside: cannot write the screenshot %s", qPrintable(file));
                QApplication::quit();
            });
        });
    }
    replay->start();
    return true;
}

} // namespace Commands
