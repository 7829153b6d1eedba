// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolereplay.h"

#include "bootpage.h"
#include "mainwindow.h"
#include "timelinemodel.h"
#include "timeline/eventrecording.h"
#include "timeline/eventreplay.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

// Grabs the window and prints every lane: "52:54:00:12:34:56  kernel".
void takeScreenshot(Ui::MainWindow &window, const QString &file, int exitCode, const QString &select = {})
{
    window.eventLog()->flush();
    window.bootPage()->model()->flush();
    if (const auto mac = Net::MacAddress::parse(select); mac && !window.bootPage()->selectMachine(*mac))
        qWarning("rackside: --select: no lane for %s", qPrintable(select));
    if (!window.grab().save(file))
        qWarning("rackside: cannot write the screenshot %s", qPrintable(file));
    QTextStream out(stdout);
    const Ui::TimelineModel *lanes = window.bootPage()->model();
    for (int row = 0; row < lanes->rowCount(); ++row)
        out << u"lane %1  %2\n"_s.arg(lanes->mac(row).toString(),
                                     lanes->index(row, Ui::TimelineModel::Stage).data().toString());
    out.flush();
    QApplication::exit(exitCode);
}

} // namespace

bool ConsoleReplay::watchForStage(Ui::MainWindow &window, QString *error) const
{
    using Timeline::BootSession;
    std::optional<BootSession::Stage> stage;
    for (int s = int(BootSession::Stage::Address); s <= int(BootSession::Stage::Installed); ++s)
        if (BootSession::stageKey(BootSession::Stage(s)) == screenshotAtStage
            || BootSession::stageName(BootSession::Stage(s)) == screenshotAtStage)
            stage = BootSession::Stage(s);
    if (!stage) {
        *error = u"--screenshot-at-stage: no stage called \"%1\" (address, boot loader, menu, kernel, initrd, "
                 "handed over, running, answers, installed)"_s.arg(screenshotAtStage);
        return false;
    }
    window.resize(1280, 720);
    auto *poll = new QTimer(&window);
    QElapsedTimer clock;
    clock.start();
    const QString file = screenshot;
    const int timeoutMs = stageTimeoutMs;
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, clock, stage, file, timeoutMs] {
        const Ui::TimelineModel *lanes = window.bootPage()->model();
        bool reached = false;
        for (int row = 0; row < lanes->rowCount() && !reached; ++row)
            reached = lanes->session(row) && lanes->session(row)->reached(*stage);
        const bool late = clock.elapsed() > timeoutMs;
        if (!reached && !late)
            return;
        poll->stop();
        const int code = reached ? 0 : 1;
        QTimer::singleShot(reached ? 1000 : 0, &window, [&window, file, code] { takeScreenshot(window, file, code); });
    });
    poll->start(250);
    return true;
}

bool ConsoleReplay::start(Ui::MainWindow &window, QString *error) const
{
    if (!screenshotAtStage.isEmpty())
        return watchForStage(window, error);
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
        QObject::connect(replay, &Timeline::EventReplay::finished, &window, [&window, file, after, select = select] {
            QTimer::singleShot(after, &window, [&window, file, select] { takeScreenshot(window, file, 0, select); });
        });
    }
    replay->start();
    return true;
}

} // namespace Commands
