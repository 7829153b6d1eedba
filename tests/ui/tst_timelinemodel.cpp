// SPDX-License-Identifier: GPL-3.0-or-later
// The boot timeline: a real VM's recorded boot (tests/data/timeline, from
// `RACKSIDE_RECORD=... tests/e2e/boot_uefi_grub.sh`) replayed into a
// SessionTracker and the model: one lane, every stage in order with the
// files' sizes, the failure text of a machine that never requested its
// offer, batching of 500 machines, and the Boot page (filter, zoom,
// details, and the lane painted in the stage colours).
#include "offscreen.h"
#include "bootpage.h"
#include "timeaxis.h"
#include "timelinedelegate.h"
#include "timelinemodel.h"
#include "timeline/eventlog.h"
#include "timeline/eventrecording.h"
#include "timeline/sessiontracker.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using Timeline::BootEvent;
using Timeline::BootSession;
using Ui::TimelineModel;
using Stage = BootSession::Stage;

namespace {

const Net::MacAddress VmMac = *Net::MacAddress::parse(u"52:54:00:12:34:57"_s);

QList<BootEvent> recorded(const QString &name)
{
    QFile file(QStringLiteral(RACKSIDE_TEST_DATA "/timeline/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    const auto read = Timeline::EventRecording::read(&file);
    if (!read.errors.isEmpty())
        qFatal("%s: %s", qPrintable(name), qPrintable(read.errors.join(u"; "_s)));
    return read.events;
}

BootEvent dhcp(qint64 t, const Net::MacAddress &mac, BootEvent::Kind kind, const QString &summary, quint32 address = 0)
{
    BootEvent e;
    e.msecs = t;
    e.mac = mac;
    e.protocol = BootEvent::Protocol::Dhcp;
    e.kind = kind;
    e.summary = summary;
    e.arch = u"x64 UEFI"_s;
    e.vendorClass = u"PXEClient:Arch:00007:UNDI:003000"_s;
    e.address = address;
    return e;
}

// The sizes the VM's transfers reported, by file.
QHash<QString, qint64> sentSizes(const QList<BootEvent> &events)
{
    QHash<QString, qint64> sizes;
    for (const BootEvent &e : events)
        if (e.kind == BootEvent::Kind::Sent)
            sizes.insert(e.path, e.size);
    return sizes;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
public:
    static void initMain() { useOffscreenPlatformUnlessSet(); }

private Q_SLOTS:
    void recordedUefiBoot()
    {
        const QList<BootEvent> events = recorded(u"uefi-grub.jsonl"_s);
        QVERIFY(events.size() > 20);
        Timeline::SessionTracker tracker;
        tracker.setAutoTick(false);
        TimelineModel model(&tracker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tracker.addEvents(events);
        tracker.tick(events.last().msecs + 60'000);
        model.flush();

        const int row = model.rowOf(VmMac);
        QVERIFY(row >= 0);
        const BootSession s = model.index(row, TimelineModel::Lane).data(TimelineModel::SessionRole).value<BootSession>();
        QCOMPARE(s.mac, VmMac);
        QList<Stage> stages;
        for (const BootSession::Span &span : s.spans)
            stages << span.stage;
        const QList<Stage> want{Stage::Address, Stage::BootLoader, Stage::Menu, Stage::Kernel, Stage::Initrd,
                                Stage::HandedOver};
        QVERIFY2(stages.mid(0, want.size()) == want, qPrintable(model.index(row, TimelineModel::Stage).data().toString()));
        const auto sizes = sentSizes(events);
        QCOMPARE(s.bytes(Stage::Kernel), sizes.value(u"debian-installer/amd64/linux"_s));
        QCOMPARE(s.bytes(Stage::Initrd), sizes.value(u"debian-installer/amd64/initrd.gz"_s));
        QVERIFY(s.bytes(Stage::Kernel) > 10'000'000);
        QCOMPARE(s.span(Stage::BootLoader)->path, u"boot/grub/x86_64-efi/core.efi"_s);
        QVERIFY(s.failures.isEmpty());
        QCOMPARE(model.index(row, TimelineModel::Architecture).data().toString(), u"x64 UEFI"_s);
        QVERIFY(model.index(row, TimelineModel::Address).data().toString().startsWith(u"10.77.0."_s));
        const QString stage = model.index(row, TimelineModel::Stage).data().toString();
        QVERIFY2(stage == u"handed over"_s || stage == u"running"_s, qPrintable(stage));
        QCOMPARE(model.index(row, TimelineModel::Progress).data(TimelineModel::ProgressRole).toInt(), -1);
    }

    void neverRequestedIsAFailureInWords()
    {
        Timeline::SessionTracker tracker;
        tracker.setAutoTick(false);
        TimelineModel model(&tracker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Net::MacAddress mac = *Net::MacAddress::parse(u"52:54:00:aa:00:01"_s);
        const qint64 t0 = 1'764'600'000'000;
        BootEvent offer = dhcp(t0 + 2, mac, BootEvent::Kind::Offer,
                               u"10.0.0.23, boot file boot/grub/x86_64-efi/core.efi from 10.0.0.1"_s, 0x0a000017);
        offer.bootFile = u"boot/grub/x86_64-efi/core.efi"_s;
        offer.bootServer = 0x0a000001;
        tracker.addEvents({dhcp(t0, mac, BootEvent::Kind::Discover, u"x64 UEFI"_s), offer});
        model.flush();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TimelineModel::Stage).data().toString(), u"address"_s);
        tracker.tick(t0 + 60'000);
        model.flush();
        const QModelIndex stage = model.index(0, TimelineModel::Stage);
        QCOMPARE(stage.data().toString(),
                 u"failed: offered 10.0.0.23, never requested: check the client's architecture"_s);
        QVERIFY(stage.data(Qt::ForegroundRole).value<QBrush>().color().red() > 150);
        QCOMPARE(stage.data(TimelineModel::StateRole).toInt(), int(BootSession::State::Failed));
    }

    void fiveHundredMachinesInBatches()
    {
        Timeline::SessionTracker tracker;
        tracker.setAutoTick(false);
        TimelineModel model(&tracker);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 t0 = 1'764'600'000'000;
        QList<BootEvent> batch;
        QElapsedTimer clock;
        clock.start();
        int total = 0;
        for (int round = 0; round < 20; ++round) {
            batch.clear();
            for (int m = 0; m < 500; ++m) {
                const Net::MacAddress mac({0x52, 0x54, 0x01, 0x00, quint8(m >> 8), quint8(m)});
                const BootEvent::Kind kind = round % 2 ? BootEvent::Kind::Request : BootEvent::Kind::Discover;
                batch.append(dhcp(t0 + round * 100 + m, mac, kind, u"x64 UEFI"_s));
            }
            tracker.addEvents(batch);
            total += int(batch.size());
            if (round % 5 == 4)
                model.flush(); // the update timer, at most every 100 ms
        }
        model.flush();
        qInfo("%d events for 500 machines into the timeline in %lld ms, %d updates", total, clock.elapsed(),
              model.updates());
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.updates(), 4);
        QCOMPARE(inserted.size(), 1); // all 500 lanes in one insert
        QVERIFY(changed.size() <= 3); // then one dataChanged per update
        QVERIFY(clock.elapsed() < 5000);
    }

    void bootPage()
    {
        Timeline::EventLog log;
        Timeline::SessionTracker tracker;
        tracker.setAutoTick(false);
        const QList<BootEvent> events = recorded(u"uefi-grub.jsonl"_s);
        for (const BootEvent &e : events)
            log.append(e);
        log.flush();
        const Net::MacAddress other = *Net::MacAddress::parse(u"52:54:00:aa:00:02"_s);
        tracker.addEvents(events);
        tracker.addEvents({dhcp(events.last().msecs + 10, other, BootEvent::Kind::Discover, u"x64 UEFI"_s)});
        tracker.tick(events.last().msecs + 60'000);

        Ui::BootPage page(&tracker, &log);
        page.resize(1200, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.model()->flush();
        QTableView *view = page.view();
        QCOMPARE(view->model()->rowCount(), 2);
        // Newest activity on top: the machine that only sent a DISCOVER came last.
        QCOMPARE(view->model()->index(0, TimelineModel::Machine).data(TimelineModel::MacRole).toString(),
                 other.toString());

        auto *filter = page.findChild<QLineEdit *>(u"timelineFilter"_s);
        QVERIFY(filter);
        QTest::keyClicks(filter, u"12:34:57"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        const QString details = page.detailsText();
        QVERIFY2(details.contains(u"debian-installer/amd64/linux"_s) && details.contains(u"DHCP ACK"_s),
                 qPrintable(details.left(500)));

        // Zoom and scroll like an operator.
        const qint64 span = page.axis()->spanMs();
        QTest::keySequence(&page, QKeySequence::ZoomIn);
        QCOMPARE(page.axis()->spanMs(), span / 2);
        QTest::keySequence(&page, QKeySequence::ZoomOut);
        QCOMPARE(page.axis()->spanMs(), span);

        // The lane is painted in the stage colours once the axis shows the boot.
        const BootSession *s = page.model()->session(page.model()->rowOf(VmMac));
        QVERIFY(s);
        page.axis()->setFollowing(false, 0);
        page.axis()->setSpan(s->durationMs() + 2'000);
        page.axis()->scroll(0); // stop following at the current right edge
        const qint64 shift = s->endMs + 1'000 - page.axis()->endMs();
        page.axis()->scroll(double(shift) / double(page.axis()->spanMs()));
        const QRect lane = view->visualRect(view->model()->index(0, TimelineModel::Lane));
        QVERIFY(lane.width() > 100);
        const QImage image = view->viewport()->grab(lane).toImage();
        int kernel = 0, initrd = 0;
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, image.height() / 2);
            kernel += c == Ui::TimelineDelegate::stageColor(Stage::Kernel);
            initrd += c == Ui::TimelineDelegate::stageColor(Stage::Initrd);
        }
        QVERIFY2(kernel > 0 && initrd > kernel, qPrintable(u"kernel %1 px, initrd %2 px"_s.arg(kernel).arg(initrd)));
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
