// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP server over loopback against curl (a client we did not write)
// and raw sockets: whole files, HEAD, ranges, keep-alive, pipelining,
// errors, slow and greedy clients, and what the timeline hears.
#include "boot/treefiles.h"
#include "http/server.h"
#include "net/macaddress.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_data; // tree/images/initrd.img
    std::unique_ptr<Http::Server> m_server;
    QList<Timeline::BootEvent> m_events;

    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1/%2"_s.arg(m_server->port()).arg(path);
    }
    /// curl's output and exit code, with the event loop running so the server answers.
    std::pair<QByteArray, int> curl(const QStringList &arguments)
    {
        QProcess p;
        p.start(u"curl"_s, QStringList{u"-s"_s} + arguments);
        if (!p.waitForStarted())
            return {QByteArray(), -1};
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 30'000)) {
            p.kill();
            return {QByteArray(), -2};
        }
        return {p.readAllStandardOutput(), p.exitCode()};
    }
    void startServer(Http::Server::Limits limits = {}, Http::Server::MacLookup macs = {})
    {
        m_server = std::make_unique<Http::Server>(Http::Server::Listen{QHostAddress::LocalHost, 0},
                                                  std::make_shared<Boot::TreeFiles>(m_dir.filePath(u"tree"_s)),
                                                  std::move(macs), limits);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_events.clear();
        connect(m_server.get(), &Http::Server::event, this, [this](const Timeline::BootEvent &e) { m_events.append(e); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is missing: tools/dev installs it");
        QDir(m_dir.path()).mkpath(u"tree/images"_s);
        m_data.resize(3 * 1024 * 1024 + 333);
        QRandomGenerator random(7);
        for (char &c : m_data)
            c = char(random.bounded(256));
        QFile f(m_dir.filePath(u"tree/images/initrd.img"_s));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(m_data) == m_data.size());
    }
    void init() { startServer(); }
    void cleanup() { m_server.reset(); }

    void wholeFileAndEvents()
    {
        const auto [body, code] = curl({url(u"images/initrd.img"_s)});
        QCOMPARE(code, 0);
        QVERIFY(body == m_data);
        QTRY_VERIFY(!m_events.isEmpty() && m_events.last().kind == Timeline::BootEvent::Kind::Sent);
        const Timeline::BootEvent &sent = m_events.last();
        QCOMPARE(sent.protocol, Timeline::BootEvent::Protocol::Http);
        QCOMPARE(sent.path, u"images/initrd.img"_s);
        QCOMPARE(sent.bytes, qint64(m_data.size()));
        QCOMPARE(sent.size, qint64(m_data.size()));
        QCOMPARE(sent.address, QHostAddress(QHostAddress::LocalHost).toIPv4Address());
        QCOMPARE(m_events.first().kind, Timeline::BootEvent::Kind::Get);
    }

    void headSaysTheSize()
    {
        const auto [head, code] = curl({u"-I"_s, url(u"images/initrd.img"_s)});
        QCOMPARE(code, 0);
        QVERIFY2(head.startsWith("HTTP/1.1 200 OK\r\n"), head.constData());
        QVERIFY(head.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(m_data.size()) + "\r\n")));
        QVERIFY(head.contains("\r\nAccept-Ranges: bytes\r\n"));
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("length");
        QTest::newRow("start") << u"0-99"_s << 0LL << 100LL;
        QTest::newRow("middle") << u"1000000-1999999"_s << 1000000LL << 1000000LL;
        QTest::newRow("to the end") << u"3145000-"_s << 3145000LL << qint64(3 * 1024 * 1024 + 333 - 3145000);
        QTest::newRow("suffix") << u"-333"_s << qint64(3 * 1024 * 1024) << 333LL;
    }
    void ranges()
    {
        QFETCH(QString, range);
        QFETCH(qint64, first);
        QFETCH(qint64, length);
        const auto [body, code] = curl({u"-r"_s, range, u"-D"_s, u"-"_s, url(u"images/initrd.img"_s)});
        QCOMPARE(code, 0);
        const qsizetype split = body.indexOf("\r\n\r\n");
        const QByteArray head = body.first(split);
        QVERIFY2(head.startsWith("HTTP/1.1 206 Partial Content"), head.constData());
        const QByteArray expected = QByteArray("Content-Range: bytes ") + QByteArray::number(first) + '-'
                                    + QByteArray::number(first + length - 1) + '/' + QByteArray::number(m_data.size());
        QVERIFY2(head.contains(expected), head.constData());
        QVERIFY(body.sliced(split + 4) == m_data.mid(first, length));
    }

    void unsatisfiableRange()
    {
        const auto [code, exit] = curl({u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"-r"_s,
                                        u"9999999-"_s, url(u"images/initrd.img"_s)});
        QCOMPARE(exit, 0);
        QCOMPARE(code, QByteArray("416"));
    }

    void keepAliveReusesTheConnection()
    {
        // Three transfers in one curl run: one connection made, then reused.
        const auto [out, code] = curl({u"-o"_s, u"/dev/null"_s, u"-o"_s, u"/dev/null"_s, u"-o"_s, u"/dev/null"_s,
                                       u"-w"_s, u"%{num_connects} "_s, url(u"images/initrd.img"_s),
                                       url(u"images/initrd.img"_s), url(u"nothing-here"_s)});
        QCOMPARE(code, 0);
        QCOMPARE(out, QByteArray("1 0 0 "));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("missing") << QStringList{u"images/none"_s} << QByteArray("404");
        QTest::newRow("traversal") << QStringList{u"--path-as-is"_s, u"../../etc/passwd"_s} << QByteArray("403");
        QTest::newRow("encoded traversal") << QStringList{u"--path-as-is"_s, u"%2e%2e/%2e%2e/etc/passwd"_s} << QByteArray("403");
        QTest::newRow("POST") << QStringList{u"-X"_s, u"DELETE"_s, u"images/initrd.img"_s} << QByteArray("405");
        QTest::newRow("huge header") << QStringList{u"-H"_s, u"X-Big: "_s + QString(20000, u'x'), u"images/initrd.img"_s}
                                     << QByteArray("431");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, status);
        const QString path = arguments.takeLast();
        const auto [code, exit] = curl(QStringList{u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s} + arguments
                                       + QStringList{url(path)});
        QCOMPARE(code, status);
        Q_UNUSED(exit);
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(client.waitForConnected(5000));
        client.write("HEAD /images/initrd.img HTTP/1.1\r\nHost: a\r\n\r\n"
                     "GET /images/none HTTP/1.1\r\nHost: a\r\n\r\n"
                     "GET /images/initrd.img HTTP/1.1\r\nHost: a\r\nRange: bytes=0-9\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll(), client.state() == QAbstractSocket::UnconnectedState), 10000);
        answer += client.readAll();
        const qsizetype ok = answer.indexOf("HTTP/1.1 200"), missing = answer.indexOf("HTTP/1.1 404"),
                        partial = answer.indexOf("HTTP/1.1 206");
        QVERIFY2(ok == 0 && missing > ok && partial > missing, answer.left(600).constData());
        QVERIFY(answer.endsWith(m_data.first(10)));
    }

    void keptAliveConnectionFollowsANewSource()
    {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET /images/initrd.img HTTP/1.1\r\nHost: a\r\nRange: bytes=0-3\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll(), answer.endsWith(m_data.first(4))), 5000);
        // Another tree, swapped in while the connection waits for its next request.
        QVERIFY(QDir(m_dir.path()).mkpath(u"other/images"_s));
        QFile other(m_dir.filePath(u"other/images/initrd.img"_s));
        QVERIFY(other.open(QIODevice::WriteOnly) && other.write("the new site") == 12);
        other.close();
        m_server->setFileSource(std::make_shared<Boot::TreeFiles>(m_dir.filePath(u"other"_s)));
        client.write("GET /images/initrd.img HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        answer.clear();
        QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll(), client.state() == QAbstractSocket::UnconnectedState), 5000);
        answer += client.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200 ") && answer.endsWith("\r\n\r\nthe new site"), answer.constData());
    }

    void slowClientTimesOutOthersServed()
    {
        Http::Server::Limits limits;
        limits.connection.headTimeoutMs = 300;
        startServer(limits);
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET /images/initrd.img HTTP/1.1\r\nHo");
        // Meanwhile a real client is served in full.
        const auto [body, code] = curl({url(u"images/initrd.img"_s)});
        QCOMPARE(code, 0);
        QVERIFY(body == m_data);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += slow.readAll(), slow.state() == QAbstractSocket::UnconnectedState), 5000);
        answer += slow.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    }

    // A machine that starts over (its DHCPDISCOVER) or whose address goes to
    // another machine loses its connections at once, mid-download too.
    void machineStartingOverIsDropped()
    {
        const auto mac = *Net::MacAddress::parse(u"52:54:00:12:34:56"_s);
        const auto other = *Net::MacAddress::parse(u"52:54:00:12:34:57"_s);
        startServer({}, [mac](quint32) { return mac; });
        const auto open = [this] {
            auto s = std::make_shared<QTcpSocket>();
            // Reads slowly: the download stays in flight.
            s->setReadBufferSize(4096);
            s->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 8192);
            s->connectToHost(QHostAddress::LocalHost, m_server->port());
            s->waitForConnected(5000);
            s->write("GET /images/initrd.img HTTP/1.1\r\nHost: a\r\n\r\n");
            return s;
        };
        auto downloading = open();
        QTRY_COMPARE(m_server->connections(), 1);
        QTRY_VERIFY(downloading->bytesAvailable() > 0);
        m_server->dropMachine(other);
        m_server->addressTaken(mac, quint32(0x7f000001));
        QTest::qWait(100);
        QCOMPARE(m_server->connections(), 1); // neither is about this machine
        m_server->dropMachine(mac);
        QCOMPARE(m_server->connections(), 0);
        // What arrived before the reset can still be read; then the socket is gone.
        qint64 got = 0;
        QTRY_VERIFY_WITH_TIMEOUT((got += downloading->readAll().size(),
                                  downloading->state() == QAbstractSocket::UnconnectedState), 5000);
        QVERIFY2(got < m_data.size(), qPrintable(QString::number(got))); // cut off mid-download
        QCOMPARE(downloading->error(), QAbstractSocket::RemoteHostClosedError);
        auto again = open();
        QTRY_COMPARE(m_server->connections(), 1);
        m_server->addressTaken(other, quint32(0x7f000001));
        QCOMPARE(m_server->connections(), 0);
        QTRY_VERIFY_WITH_TIMEOUT((again->readAll(), again->state() == QAbstractSocket::UnconnectedState), 5000);
    }

    void connectionsPerClientCapped()
    {
        Http::Server::Limits limits;
        limits.connectionsPerClient = 2;
        startServer(limits);
        QList<std::shared_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 3; ++i) {
            auto s = std::make_shared<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(s->waitForConnected(5000));
            sockets.append(s);
        }
        QTRY_COMPARE(m_server->connections(), 3);
        QByteArray third;
        QTRY_VERIFY_WITH_TIMEOUT((third += sockets.last()->readAll(), third.startsWith("HTTP/1.1 503 ")), 5000);
        QTRY_COMPARE(m_server->connections(), 2);
        // Those within the cap are served.
        sockets.first()->write("GET /images/initrd.img HTTP/1.1\r\nHost: a\r\nRange: bytes=-4\r\n\r\n");
        QByteArray first;
        QTRY_VERIFY_WITH_TIMEOUT((first += sockets.first()->readAll(), first.endsWith(m_data.last(4))), 5000);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
