// SPDX-License-Identifier: GPL-3.0-or-later
#include "offscreen.h"
#include "eventlistmodel.h"
#include "timeline/eventlog.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Ui::EventListModel;
using Severity = Timeline::BootEvent::Severity;

namespace {

Net::MacAddress mac(int n)
{
    return Net::MacAddress({0x52, 0x54, 0x00, 0x00, 0x00, quint8(n)});
}

Timeline::BootEvent bootEvent(int n, Severity severity = Severity::Info)
{
    Timeline::BootEvent e;
    e.msecs = 1700000000000 + n;
    e.mac = mac(n % 7);
    e.protocol = Timeline::BootEvent::Protocol::Dhcp;
    e.kind = Timeline::BootEvent::Kind::Discover;
    e.summary = u"event %1"_s.arg(n);
    e.arch = u"x64 UEFI"_s;
    e.severity = severity;
    return e;
}

QString summaryAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, EventListModel::Details).data().toString();
}

} // namespace

class TestEventListModel : public QObject
{
    Q_OBJECT

public:
    static void initMain() { useOffscreenPlatformUnlessSet(); }

private Q_SLOTS:
    void startsFromTheLog();
    void batches_data();
    void batches();
    void columnsAndRoles();
    void severityColours();
    void clearResets();
};

void TestEventListModel::startsFromTheLog()
{
    Timeline::EventLog log;
    log.append(bootEvent(1));
    log.append(bootEvent(2));
    log.flush();
    EventListModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(EventListModel::ColumnCount));
    QCOMPARE(summaryAt(model, 1), u"event 2"_s);
    QVERIFY(!model.event(2));
    QVERIFY(!model.event(-1));
}

// Each batch is flushed as one; the log keeps at most maxEvents, dropping the
// oldest, and the model must say so with remove/insert pairs the tester accepts.
void TestEventListModel::batches_data()
{
    QTest::addColumn<int>("maxEvents");
    QTest::addColumn<QList<int>>("batchSizes");

    QTest::newRow("under the limit") << 100 << QList<int>{1, 5, 20};
    QTest::newRow("fills exactly") << 10 << QList<int>{4, 6};
    QTest::newRow("drops the oldest") << 10 << QList<int>{8, 5, 3};
    QTest::newRow("batch larger than the log") << 5 << QList<int>{3, 12, 1};
    QTest::newRow("first batch overflows") << 4 << QList<int>{9};
    QTest::newRow("single-event log") << 1 << QList<int>{1, 1, 3};
}

void TestEventListModel::batches()
{
    QFETCH(int, maxEvents);
    QFETCH(QList<int>, batchSizes);

    Timeline::EventLog log;
    log.setMaxEvents(maxEvents);
    EventListModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    int next = 0;
    int total = 0;
    for (const int size : std::as_const(batchSizes)) {
        inserted.clear();
        removed.clear();
        for (int i = 0; i < size; ++i)
            log.append(bootEvent(next++));
        QCOMPARE(model.rowCount(), qMin(total, maxEvents)); // nothing before the batch arrives
        log.flush();
        const int before = qMin(total, maxEvents);
        total += size;
        const int expected = qMin(total, maxEvents);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(inserted.size(), 1); // one insert per batch, however large
        const int gone = before + size - expected;
        QCOMPARE(removed.size(), qMin(gone, before) > 0 ? 1 : 0);
        // The newest event is last, the oldest kept is first.
        QCOMPARE(summaryAt(model, expected - 1), u"event %1"_s.arg(next - 1));
        QCOMPARE(summaryAt(model, 0), u"event %1"_s.arg(next - expected));
    }
    QCOMPARE(log.droppedCount(), qMax(0, total - maxEvents));
}

void TestEventListModel::columnsAndRoles()
{
    Timeline::EventLog log;
    EventListModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Timeline::BootEvent e = bootEvent(3);
    e.msecs = QDateTime(QDate(2025, 3, 1), QTime(7, 41, 2, 113)).toMSecsSinceEpoch();
    e.kind = Timeline::BootEvent::Kind::Offer;
    e.summary = u"offered 10.0.0.100, boot file core.efi"_s;
    e.address = QHostAddress(u"10.0.0.100"_s).toIPv4Address();
    e.vendorClass = u"PXEClient:Arch:00007:UNDI:003016"_s;
    log.append(e);
    Timeline::BootEvent note;
    note.protocol = Timeline::BootEvent::Protocol::Console;
    note.kind = Timeline::BootEvent::Kind::Started;
    note.summary = u"DHCP server on eth1 port 67"_s;
    log.append(note);
    log.flush();

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, EventListModel::Time).toString(), u"07:41:02.113"_s);
    QCOMPARE(cell(0, EventListModel::Mac).toString(), u"52:54:00:00:00:03"_s);
    QCOMPARE(cell(0, EventListModel::Protocol).toString(), u"DHCP"_s);
    QCOMPARE(cell(0, EventListModel::Event).toString(), u"OFFER"_s);
    QCOMPARE(cell(0, EventListModel::Details).toString(), e.summary); // address already in it
    QCOMPARE(cell(0, EventListModel::Architecture).toString(), u"x64 UEFI"_s);
    QVERIFY(cell(0, EventListModel::Details, Qt::ToolTipRole).toString().contains(e.vendorClass));
    QVERIFY(cell(0, EventListModel::Mac, Qt::FontRole).canConvert<QFont>());

    const QString search = cell(0, EventListModel::Time, EventListModel::SearchRole).toString();
    QVERIFY(search.contains(u"52:54:00:00:00:03"_s));
    QVERIFY(search.contains(u"core.efi"_s));

    // Rackside's own notes have no machine.
    QCOMPARE(cell(1, EventListModel::Mac).toString(), QString());
    QCOMPARE(cell(1, EventListModel::Event).toString(), u"started"_s);

    QCOMPARE(model.headerData(EventListModel::Mac, Qt::Horizontal).toString(), u"MAC"_s);
    QCOMPARE(model.headerData(EventListModel::Architecture, Qt::Horizontal).toString(), u"Architecture"_s);
}

void TestEventListModel::severityColours()
{
    Timeline::EventLog log;
    EventListModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.append(bootEvent(1, Severity::Info));
    log.append(bootEvent(2, Severity::Warning));
    log.append(bootEvent(3, Severity::Failure));
    log.flush();

    for (int column = 0; column < model.columnCount(); ++column) {
        QVERIFY(!model.index(0, column).data(Qt::ForegroundRole).isValid()); // the palette's own colour
        const QColor warning = model.index(1, column).data(Qt::ForegroundRole).value<QColor>();
        const QColor failure = model.index(2, column).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(warning.isValid());
        QVERIFY(failure.isValid());
        // Failures red, warnings amber.
        QVERIFY(failure.red() > 2 * failure.green() && failure.red() > 2 * failure.blue());
        QVERIFY(warning.red() > warning.green() && warning.green() > 2 * warning.blue());
        QVERIFY(warning != failure);
    }
    QCOMPARE(model.index(2, 0).data(EventListModel::SeverityRole).toInt(), int(Severity::Failure));
}

void TestEventListModel::clearResets()
{
    Timeline::EventLog log;
    EventListModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 4; ++i)
        log.append(bootEvent(i));
    log.flush();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    log.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    log.append(bootEvent(9));
    log.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(summaryAt(model, 0), u"event 9"_s);
}

QTEST_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"
