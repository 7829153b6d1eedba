// SPDX-License-Identifier: GPL-3.0-or-later
// Does the console stay responsive while its HTTP server is busy? The whole
// window (offscreen) serves a file over 127.0.0.1 to many curl clients at
// once (each from its own 127.1.x.y, one connection each), while a 10 ms
// timer on the GUI thread measures how late each tick comes: the longest
// gap is how long the window would have frozen. The network thread serves;
// the GUI thread only takes the events (GET, progress each second, sent)
// into the log, the sessions and the Boot page.
// usage: bench_gui_http [CLIENTS] [SIZE_MIB]   (default 100 clients, 30 MiB)
#include "../ui/offscreen.h"
#include "mainwindow.h"
#include "services/bootservices.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using Services::BootServices;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &why)
{
    QTextStream(stderr) << "bench_gui_http: " << why << Qt::endl;
    return 1;
}

bool writeFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    for (qint64 left = bytes; left > 0; left -= block.size())
        file.write(block.constData(), std::min<qint64>(left, block.size()));
    return file.error() == QFile::NoError;
}

// Runs the event loop until @p done or @p ms pass.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    useOffscreenPlatformUnlessSet();
    QApplication app(argc, argv);
    const int clients = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    const int sizeMib = argc > 2 ? QByteArray(argv[2]).toInt() : 30;
    if (clients < 1 || clients > 1000 || sizeMib < 1)
        return fail(u"usage: bench_gui_http [CLIENTS 1-1000] [SIZE_MIB]"_s);

    QTemporaryDir dir(QDir(qEnvironmentVariable("RACKSIDE_BUILD_DIR", QDir::tempPath())).filePath(u"bench-gui-http-XXXXXX"_s));
    if (!dir.isValid() || !QDir(dir.path()).mkpath(u"boot-tree"_s))
        return fail(u"cannot make a work folder"_s);
    const qint64 size = qint64(sizeMib) * 1024 * 1024;
    if (!writeFile(dir.filePath(u"boot-tree/many.bin"_s), size))
        return fail(u"cannot write the file"_s);
    QFile site(dir.filePath(u"site.json"_s));
    if (!site.open(QIODevice::WriteOnly) || site.write("{ \"version\": 1 }\n") < 0)
        return fail(u"cannot write the site"_s);
    site.close();

    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    Services::RunOptions run;
    run.bindAddress = QHostAddress::LocalHost;
    run.dhcpMode = u"off"_s;
    run.tftpPort = 0;
    run.httpPort = port;
    Ui::MainWindow window;
    window.setRunOptions(run);
    if (!window.openSite(site.fileName()))
        return fail(u"cannot open the site"_s);
    window.resize(1280, 800);
    window.show();
    qint64 events = 0;
    QObject::connect(window.services(), &BootServices::event, &app, [&events] { ++events; });
    window.startServices();
    if (!waitFor([&] { return window.services()->state() == BootServices::State::Running; }, 20000))
        return fail(u"the services did not start: "_s + window.services()->summary());

    // One curl, CLIENTS transfers at once, each from its own address.
    QFile rc(dir.filePath(u"clients.curlrc"_s));
    if (!rc.open(QIODevice::WriteOnly))
        return fail(u"cannot write the curl config"_s);
    QTextStream config(&rc);
    config << "parallel\nparallel-immediate\nparallel-max = " << clients << '\n';
    for (int i = 0; i < clients; ++i) {
        if (i)
            config << "next\n";
        config << "url = \"http://127.0.0.1:" << port << "/many.bin\"\n"
               << "interface = \"127.1." << i / 250 << '.' << i % 250 + 1 << "\"\n"
               << "output = \"/dev/null\"\nwrite-out = \"%{http_code} %{size_download}\\n\"\n";
    }
    config.flush();
    rc.close();

    // The GUI thread's pulse: a 10 ms timer, and how late each tick is.
    QList<qint64> gaps;
    QElapsedTimer pulse;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        gaps.append(pulse.restart());
    });

    QProcess curl;
    curl.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 eventsBefore = events;
    QElapsedTimer wall;
    wall.start();
    pulse.start();
    tick.start();
    curl.start(u"curl"_s, {u"-sS"_s, u"-K"_s, rc.fileName()});
    if (!curl.waitForStarted(5000))
        return fail(u"cannot run curl"_s);
    if (!waitFor([&] { return curl.state() == QProcess::NotRunning; }, 600000))
        return fail(u"curl did not finish in 10 minutes"_s);
    const qint64 ms = wall.elapsed();
    tick.stop();
    // The last events may still be on their way to the GUI thread.
    waitFor([] { return false; }, 300);

    const QList<QByteArray> answers = curl.readAllStandardOutput().split('\n');
    const QByteArray whole = "200 " + QByteArray::number(size);
    const auto ok = std::count(answers.begin(), answers.end(), whole);
    if (ok != clients)
        return fail(u"%1 of %2 transfers were whole: %3"_s.arg(ok).arg(clients).arg(QString::fromUtf8(curl.readAllStandardError())));

    std::sort(gaps.begin(), gaps.end());
    const qint64 worst = gaps.isEmpty() ? -1 : gaps.last();
    const qint64 p99 = gaps.isEmpty() ? -1 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
    const auto late = std::count_if(gaps.begin(), gaps.end(), [](qint64 g) { return g > 50; });
    const double mibs = double(size) * clients / 1048576.0 / (double(ms) / 1000.0);
    out() << "| Clients x size | Wall time | Throughput | Events to the GUI | GUI ticks (10 ms) | Longest gap | 99th percentile | Gaps > 50 ms |\n"
          << "|---:|---:|---:|---:|---:|---:|---:|---:|\n"
          << "| " << clients << " x " << sizeMib << " MiB | " << QString::number(double(ms) / 1000.0, 'f', 2)
          << " s | " << QString::number(mibs, 'f', 0) << " MiB/s | " << events - eventsBefore << " | " << gaps.size()
          << " | " << worst << " ms | " << p99 << " ms | " << late << " |" << Qt::endl;
    window.services()->stop();
    return 0;
}
