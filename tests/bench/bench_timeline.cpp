// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline ingest: 500 machines booting at once, 100,000 events, through
// the console's own path (EventLog batches -> SessionTracker ->
// TimelineModel -> sorting proxy -> a shown Boot page, offscreen), fed in
// batches of 1,000 events as the network thread would deliver them, with
// the page painted after every batch. Prints the wall time, the slowest
// batch (how long the window would stall), the model's updates and the peak
// memory. usage: bench_timeline [MACHINES] [EVENTS_PER_MACHINE]
#include "../ui/offscreen.h"
#include "bootpage.h"
#include "timelinemodel.h"
#include "timeline/eventlog.h"
#include "timeline/sessiontracker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTextStream>

using namespace Qt::StringLiterals;
using Timeline::BootEvent;

namespace {

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// One machine's boot as the servers report it: DHCP, then TFTP transfers
// with a progress event each second, padded with progress to \a count events.
QList<BootEvent> boot(int machine, qint64 t0, int count)
{
    const Net::MacAddress mac({0x52, 0x54, 0x02, 0x00, quint8(machine >> 8), quint8(machine)});
    const quint32 ip = 0x0a000000u + 100 + quint32(machine);
    QList<BootEvent> out;
    qint64 t = t0;
    using Kind = BootEvent::Kind;
    using Protocol = BootEvent::Protocol;
    auto add = [&](Protocol protocol, Kind kind, const QString &summary, const QString &path = {},
                   qint64 bytes = -1, qint64 size = -1) {
        BootEvent e;
        e.msecs = t;
        e.mac = mac;
        e.protocol = protocol;
        e.kind = kind;
        e.summary = summary;
        e.arch = u"x64 UEFI"_s;
        e.vendorClass = u"PXEClient:Arch:00007:UNDI:003000"_s;
        e.address = kind == Kind::Discover ? 0 : ip;
        if (kind == Kind::Offer || kind == Kind::Ack) {
            e.bootFile = u"boot/grub/x86_64-efi/core.efi"_s;
            e.bootServer = 0x0a000001;
        }
        e.path = path;
        e.bytes = bytes;
        e.size = size;
        out.append(e);
        t += 20;
    };
    const QString file = u"boot/grub/x86_64-efi/core.efi"_s;
    add(Protocol::Dhcp, Kind::Discover, u"x64 UEFI"_s);
    add(Protocol::Dhcp, Kind::Offer, u"10.0.0.1, boot file %1 from 10.0.0.1"_s.arg(file));
    add(Protocol::Dhcp, Kind::Request, u"x64 UEFI"_s);
    add(Protocol::Dhcp, Kind::Ack, u"10.0.0.1, boot file %1 from 10.0.0.1"_s.arg(file));
    const std::pair<QString, qint64> files[] = {{file, 465'920},
                                                {u"boot/grub/grub.cfg"_s, 900},
                                                {u"debian-installer/amd64/linux"_s, 12'171'200},
                                                {u"debian-installer/amd64/initrd.gz"_s, 40'761'958}};
    const int progressEach = std::max(0, (count - 4 - 8) / 2); // kernel and initrd share the rest
    for (const auto &[path, size] : files) {
        add(Protocol::Tftp, Kind::Read, path, path, 0, size);
        const bool big = size > 1'000'000;
        for (int i = 1; big && i <= progressEach; ++i)
            add(Protocol::Tftp, Kind::Progress, path, path, size * i / (progressEach + 1), size);
        add(Protocol::Tftp, Kind::Sent, path, path, size, size);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    useOffscreenPlatformUnlessSet();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int machines = args.size() > 1 ? args.at(1).toInt() : 500;
    const int perMachine = args.size() > 2 ? args.at(2).toInt() : 200;

    Timeline::EventLog log;
    Timeline::SessionTracker tracker;
    tracker.setAutoTick(false);
    QObject::connect(&log, &Timeline::EventLog::eventsAdded, &tracker, [&](qsizetype, qsizetype count) {
        tracker.addEvents(log.events().mid(log.events().size() - count));
    });
    Ui::BootPage page(&tracker, &log);
    page.resize(1280, 720);
    page.show();

    // Every machine's boot, interleaved in time as they would arrive.
    const qint64 t0 = 1'764'600'000'000;
    QList<BootEvent> all;
    for (int m = 0; m < machines; ++m)
        all += boot(m, t0 + m * 7, perMachine);
    std::stable_sort(all.begin(), all.end(), [](const BootEvent &a, const BootEvent &b) { return a.msecs < b.msecs; });

    const qint64 rssBefore = peakRssKiB();
    QElapsedTimer total, batch;
    qint64 slowest = 0;
    total.start();
    for (qsizetype i = 0; i < all.size(); i += 1000) {
        batch.start();
        for (qsizetype j = i; j < std::min(all.size(), i + 1000); ++j)
            log.append(all.at(j));
        log.flush();
        page.model()->flush();
        page.view()->viewport()->repaint();
        QCoreApplication::processEvents();
        slowest = std::max(slowest, batch.elapsed());
    }
    const qint64 ms = total.elapsed();
    tracker.tick(all.last().msecs + 60'000);
    page.model()->flush();
    int handedOver = 0;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        handedOver += page.model()->index(r, Ui::TimelineModel::Stage).data().toString() == u"handed over"_s;

    QTextStream out(stdout);
    out << u"timeline ingest: %1 machines, %2 events in batches of 1,000, Boot page shown (offscreen)\n"_s
               .arg(machines)
               .arg(all.size());
    out << u"| Events | Machines | Wall time | Events/s | Slowest batch (GUI stall) | Model updates | Peak RSS | "
           "Handed over |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n"_s;
    out << u"| %1 | %2 | %3 ms | %4 | %5 ms | %6 | %7 MiB (%8 MiB before) | %9 |\n"_s.arg(all.size())
               .arg(page.model()->rowCount())
               .arg(ms)
               .arg(qint64(double(all.size()) * 1000.0 / double(std::max<qint64>(1, ms))))
               .arg(slowest)
               .arg(page.model()->updates())
               .arg(peakRssKiB() / 1024)
               .arg(rssBefore / 1024)
               .arg(handedOver);
    return handedOver == machines ? 0 : 1;
}
