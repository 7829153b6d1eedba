// SPDX-License-Identifier: GPL-3.0-or-later
// Every recording in tests/data/timeline replayed through the session
// tracker gives the same lanes, stages, transfers, failure texts and printed
// lines as the snapshot beside it (<name>.lanes). The snapshots were taken
// before the boot events became typed (issue 14), so the change must not
// alter what an operator sees. RACKSIDE_WRITE_SNAPSHOTS=1 rewrites them, for
// a change that means to alter the timeline: review the diff.
#include "timeline/eventrecording.h"
#include "timeline/sessiontracker.h"
#include "timeline/stagereport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Timeline::BootEvent;
using Timeline::BootSession;

namespace {

QString dataDir()
{
    return QStringLiteral(RACKSIDE_TEST_DATA "/timeline");
}

// Times relative to the recording's first event, so the text is stable.
QString describe(const QList<Timeline::BootEvent> &events, const Timeline::SessionTracker &tracker)
{
    const qint64 t0 = events.isEmpty() ? 0 : events.first().msecs;
    const auto at = [t0](qint64 ms) { return ms < 0 ? u"-"_s : QString::number(ms - t0); };
    QStringList out;
    QList<Net::MacAddress> macs = tracker.machines();
    std::sort(macs.begin(), macs.end(), [](const auto &a, const auto &b) { return a.toString() < b.toString(); });
    for (const Net::MacAddress &mac : std::as_const(macs)) {
        Timeline::StageReport report;
        for (const BootSession &s : tracker.sessions(mac)) {
            out << u"%1 session %2: %3, stage %4, %5..%6, address %7, arch '%8', vendor '%9'"_s.arg(
                       mac.toString())
                       .arg(s.number)
                       .arg(BootSession::stateName(s.state), BootSession::stageKey(s.stage()), at(s.startMs),
                            at(s.endMs), QHostAddress(s.address).toString(), s.arch, s.vendorClass);
            out << u"  boot file '%1', hostname '%2', events %3"_s.arg(s.bootFile, s.hostname).arg(s.events);
            for (const BootSession::Span &span : s.spans)
                out << u"  span %1 %2..%3 %4 bytes '%5'"_s.arg(BootSession::stageKey(span.stage), at(span.startMs),
                                                                at(span.endMs))
                           .arg(span.bytes)
                           .arg(span.path);
            for (const BootSession::Transfer &t : s.transfers)
                out << u"  transfer %1 %2 stage %3 %4..%5 %6/%7 outcome %8 '%9'"_s.arg(
                           BootEvent::protocolName(t.protocol), t.path, t.stage ? BootSession::stageKey(*t.stage) : u"-"_s, at(t.startMs),
                           at(t.endMs))
                           .arg(t.bytes)
                           .arg(t.size)
                           .arg(int(t.outcome))
                           .arg(t.reason);
            for (const BootSession::Failure &f : s.failures)
                out << u"  failure %1 '%2'"_s.arg(at(f.msecs), f.reason);
            for (const auto &line : report.newLines(s))
                out << u"  line %1 %2"_s.arg(at(line.msecs), line.text);
        }
    }
    return out.join(u'\n') + u'\n';
}

} // namespace

class TestTimelineSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordingsReplayAsBefore_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("rewritten");
        const QStringList files = QDir(dataDir()).entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 3);
        // As recorded (the fixtures are in the form releases before typed
        // kinds wrote), and written again in today's form and read back.
        for (const QString &file : files) {
            QTest::newRow(qPrintable(file)) << file << false;
            QTest::newRow(qPrintable(file + u", rewritten"_s)) << file << true;
        }
    }

    void recordingsReplayAsBefore()
    {
        QFETCH(QString, name);
        QFETCH(bool, rewritten);
        QFile file(dataDir() + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto read = Timeline::EventRecording::read(&file);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(u"; "_s)));
        if (rewritten) {
            QByteArray again;
            for (const BootEvent &e : std::as_const(read.events))
                again += Timeline::EventRecording::toLine(e);
            QVERIFY(!again.contains("\"protocol\":\"DHCP\"") && !again.contains("\"protocol\":\"TFTP\""));
            QBuffer buffer(&again);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            read = Timeline::EventRecording::read(&buffer);
            QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(u"; "_s)));
        }
        QVERIFY(!read.events.isEmpty());
        Timeline::SessionTracker tracker;
        tracker.addEvents(read.events);
        tracker.tick(read.events.last().msecs + 120'000); // every wait has its verdict
        const QString got = describe(read.events, tracker);

        QFile snapshot(dataDir() + u'/' + QFileInfo(name).completeBaseName() + u".lanes"_s);
        if (qEnvironmentVariableIntValue("RACKSIDE_WRITE_SNAPSHOTS") == 1 && !rewritten) {
            QVERIFY(snapshot.open(QIODevice::WriteOnly | QIODevice::Truncate));
            snapshot.write(got.toUtf8());
            QSKIP("snapshot written: compare it with git diff");
        }
        QVERIFY2(snapshot.open(QIODevice::ReadOnly), qPrintable(snapshot.fileName() + u" is missing"_s));
        const QString want = QString::fromUtf8(snapshot.readAll());
        if (got != want) {
            const QStringList g = got.split(u'\n'), w = want.split(u'\n');
            for (qsizetype i = 0; i < std::max(g.size(), w.size()); ++i) {
                if (g.value(i) != w.value(i))
                    QFAIL(qPrintable(u"%1 line %2:\n  want: %3\n  got:  %4"_s.arg(snapshot.fileName()).arg(i + 1)
                                         .arg(w.value(i), g.value(i))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimelineSnapshot)
#include "tst_timelinesnapshot.moc"
