// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefile/jsonlocator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Site::JsonLocator;

class TestSiteJsonLocator : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void locateFallsBackToParent_data();
    void locateFallsBackToParent();
    void parentPath_data();
    void parentPath();
    void columnsCountCharacters();
    void crlfLineEnds();
    void duplicateKeys();
    void syntaxErrors_data();
    void syntaxErrors();
};

namespace {

// Columns are counted by hand in the comments of find_data().
const QByteArray sample = "{\n"
                          "  \"a\": 1,\n"
                          "  \"list\": [ 10, { \"x\": \"y\" } ],\n"
                          "  \"obj\": {\n"
                          "    \"k\\u0041\": true\n"
                          "  }\n"
                          "}\n";

} // namespace

void TestSiteJsonLocator::find_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("key");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("root") << QString() << false << 1 << 1;
    QTest::newRow("a value") << u"a"_s << false << 2 << 8;
    QTest::newRow("a key") << u"a"_s << true << 2 << 3;
    QTest::newRow("list") << u"list"_s << false << 3 << 11;
    QTest::newRow("list[0]") << u"list[0]"_s << false << 3 << 13;
    QTest::newRow("list[0] as key") << u"list[0]"_s << true << 3 << 13;
    QTest::newRow("list[1]") << u"list[1]"_s << false << 3 << 17;
    QTest::newRow("list[1].x value") << u"list[1].x"_s << false << 3 << 24;
    QTest::newRow("list[1].x key") << u"list[1].x"_s << true << 3 << 19;
    QTest::newRow("escaped key decoded") << u"obj.kA"_s << false << 5 << 16;
    QTest::newRow("escaped key, key part") << u"obj.kA"_s << true << 5 << 5;
    QTest::newRow("missing") << u"obj.kB"_s << false << 0 << 0;
    QTest::newRow("index past the end") << u"list[2]"_s << false << 0 << 0;
}

void TestSiteJsonLocator::find()
{
    QFETCH(QString, path);
    QFETCH(bool, key);
    QFETCH(int, line);
    QFETCH(int, column);

    const JsonLocator locator(sample);
    QVERIFY(!locator.syntaxError());
    const auto position
        = locator.find(path, key ? JsonLocator::Part::Key : JsonLocator::Part::Value);
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

void TestSiteJsonLocator::locateFallsBackToParent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing member of list[1]") << u"list[1].missing"_s << 3 << 17;
    QTest::newRow("missing element") << u"list[7]"_s << 3 << 11;
    QTest::newRow("missing top-level") << u"nope.deeper"_s << 1 << 1;
}

void TestSiteJsonLocator::locateFallsBackToParent()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);

    const JsonLocator locator(sample);
    QCOMPARE(locator.locate(path), (JsonLocator::Position {line, column}));
}

void TestSiteJsonLocator::parentPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parent");

    QTest::newRow("member of element") << u"hosts[1].mac"_s << u"hosts[1]"_s;
    QTest::newRow("element") << u"hosts[1]"_s << u"hosts"_s;
    QTest::newRow("top level") << u"hosts"_s << QString();
    QTest::newRow("nested") << u"dhcp.ranges[0].start"_s << u"dhcp.ranges[0]"_s;
    QTest::newRow("root") << QString() << QString();
}

void TestSiteJsonLocator::parentPath()
{
    QFETCH(QString, path);
    QFETCH(QString, parent);
    QCOMPARE(JsonLocator::parentPath(path), parent);
}

void TestSiteJsonLocator::columnsCountCharacters()
{
    // "é" is two bytes and "€" three; each is one column.
    const QByteArray json = "{ \"n\xc3\xa9\": \"\xe2\x82\xac\", \"x\": 1 }";
    const JsonLocator locator(json);
    QCOMPARE(locator.find(u"n\u00e9"_s), (JsonLocator::Position {1, 9}));
    QCOMPARE(locator.find(u"x"_s, JsonLocator::Part::Key), (JsonLocator::Position {1, 14}));
    QCOMPARE(locator.positionOfOffset(json.indexOf("\"x\"")), (JsonLocator::Position {1, 14}));
}

void TestSiteJsonLocator::crlfLineEnds()
{
    const JsonLocator locator("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}\r\n");
    QCOMPARE(locator.find(u"a"_s), (JsonLocator::Position {2, 8}));
    QCOMPARE(locator.find(u"b"_s, JsonLocator::Part::Key), (JsonLocator::Position {3, 3}));
}

void TestSiteJsonLocator::duplicateKeys()
{
    const JsonLocator locator(R"({"a": 1, "b": {"c": 1, "c": 2}, "a": 3})");
    const auto &duplicates = locator.duplicateKeys();
    QCOMPARE(duplicates.size(), 2);
    QCOMPARE(duplicates.at(0).path, u"b.c"_s);
    QCOMPARE(duplicates.at(0).first, (JsonLocator::Position {1, 16}));
    QCOMPARE(duplicates.at(0).second, (JsonLocator::Position {1, 24}));
    QCOMPARE(duplicates.at(1).path, u"a"_s);
    QCOMPARE(duplicates.at(1).first, (JsonLocator::Position {1, 2}));
    // Like QJsonDocument, the last one counts.
    QCOMPARE(locator.find(u"a"_s), (JsonLocator::Position {1, 38}));
}

void TestSiteJsonLocator::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << 1 << 1 << u"the file is empty"_s;
    QTest::newRow("missing comma in list")
        << QByteArray("[1\n 2]") << 1 << 3 << u"expected ',' or ']' after [0]"_s;
    QTest::newRow("unclosed list") << QByteArray("{ \"a\": [1, 2\n\n") << 1 << 13
                                   << u"the file ends inside the list opened at 1:8"_s;
    QTest::newRow("value missing")
        << QByteArray("{ \"a\": }") << 1 << 8 << u"expected a value, found '}'"_s;
    QTest::newRow("file ends after colon")
        << QByteArray("{ \"a\":") << 1 << 7 << u"the file ends where a value should be"_s;
    QTest::newRow("bad number") << QByteArray("[ -x ]") << 1 << 3 << u"-x is not a JSON value"_s;
    QTest::newRow("too deep") << QByteArray(600, '[') << 1 << 514 << u"nested too deeply"_s;
}

void TestSiteJsonLocator::syntaxErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const JsonLocator locator(json);
    QVERIFY(locator.syntaxError());
    QVERIFY2(locator.syntaxError()->message.contains(message),
        qPrintable(locator.syntaxError()->message));
    QCOMPARE(locator.syntaxError()->position, (JsonLocator::Position {line, column}));
}

QTEST_GUILESS_MAIN(TestSiteJsonLocator)
#include "tst_sitejsonlocator.moc"
