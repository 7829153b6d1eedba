// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline::EventReplay: two recordings played side by side, sped up; every
// event comes, in time order, moved to the present, on time.
#include "timeline/eventreplay.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Timeline::BootEvent;

namespace {

QList<BootEvent> recording(quint8 machine, qint64 t0, const QList<qint64> &offsets)
{
    QList<BootEvent> out;
    for (qint64 at : offsets) {
        BootEvent e;
        e.msecs = t0 + at;
        e.mac = Net::MacAddress({0x52, 0x54, 0, 0, 0, machine});
        e.summary = u"at %1"_s.arg(at);
        out.append(e);
    }
    return out;
}

} // namespace

class TestEventReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sideBySideAndSpedUp()
    {
        Timeline::EventReplay replay;
        // Recorded a year apart; both play from the start, the second 2 s later.
        replay.add(recording(1, 1'700'000'000'000, {0, 1000, 4000, 8000}));
        replay.add(recording(2, 1'731'000'000'000, {0, 500, 3000}), 2000);
        replay.setSpeed(10);
        QSignalSpy events(&replay, &Timeline::EventReplay::event);
        QSignalSpy finished(&replay, &Timeline::EventReplay::finished);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer clock;
        clock.start();
        replay.start();
        QVERIFY(finished.wait(5000));
        const qint64 took = clock.elapsed();
        QCOMPARE(events.size(), 7);
        QList<qint64> replayed;
        for (const auto &args : events)
            replayed << args.first().value<BootEvent>().msecs - before;
        // In order, squeezed tenfold: 0 .1 .2 .25 .4 .5 .8 s after the start.
        const QList<qint64> want{0, 100, 200, 250, 400, 500, 800};
        for (qsizetype i = 0; i < want.size(); ++i)
            QVERIFY2(replayed.at(i) >= want.at(i) && replayed.at(i) <= want.at(i) + 200,
                     qPrintable(u"event %1 at %2 ms"_s.arg(i).arg(replayed.at(i))));
        QCOMPARE(events.at(3).first().value<BootEvent>().mac, Net::MacAddress({0x52, 0x54, 0, 0, 0, 2}));
        QVERIFY2(took >= 780 && took < 3000, qPrintable(u"%1 ms"_s.arg(took)));
        QCOMPARE(replay.remaining(), 0);
    }

    void emptyFinishesAtOnce()
    {
        Timeline::EventReplay replay;
        QSignalSpy finished(&replay, &Timeline::EventReplay::finished);
        replay.start();
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventReplay)
#include "tst_eventreplay.moc"
