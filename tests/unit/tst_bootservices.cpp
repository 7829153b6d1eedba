// SPDX-License-Identifier: GPL-3.0-or-later
// Services::BootServices on 127.0.0.1 with DHCP off: where TFTP serves from
// (--boot-tree, else the site's boot-tree folder), what happens when that
// folder is missing, and that start() hands the disk work to a worker thread
// instead of doing it on the caller's (the GUI's) thread.
#include "services/bootservices.h"
#include "tftp/packet.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using Services::BootServices;

namespace {

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

quint16 freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One HTTP/1.0 GET; the whole answer (head and body), empty when nobody answers.
QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write("GET " + path + " HTTP/1.0\r\n\r\n");
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(3000))
        answer += socket.readAll();
    return answer + socket.readAll();
}

// One lockstep download at 512-byte blocks; empty on any error.
QByteArray download(quint16 port, const QString &path, QString *error)
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    socket.writeDatagram(Tftp::Packet::readRequest(path.toUtf8(), "octet").encode(), QHostAddress::LocalHost, port);
    QByteArray data;
    for (;;) {
        if (!socket.hasPendingDatagrams() && !socket.waitForReadyRead(3000)) {
            *error = u"no answer"_s;
            return {};
        }
        QHostAddress from;
        quint16 tid = 0;
        QByteArray d(1024, Qt::Uninitialized);
        d.resize(socket.readDatagram(d.data(), d.size(), &from, &tid));
        QString why;
        const auto p = Tftp::Packet::decode(d, &why);
        if (!p) {
            *error = why;
            return {};
        }
        if (p->opcode == Tftp::Opcode::Error) {
            *error = QString::fromUtf8(p->message);
            return {};
        }
        data += p->data;
        socket.writeDatagram(Tftp::Packet::ack(p->block).encode(), QHostAddress::LocalHost, tid);
        if (p->data.size() < 512)
            return data;
    }
}

Services::RunOptions loopbackRun(quint16 tftpPort)
{
    Services::RunOptions run;
    run.bindAddress = QHostAddress::LocalHost;
    run.dhcpMode = u"off"_s;
    run.tftpPort = tftpPort;
    run.httpPort = freeTcpPort();
    return run;
}

bool waitForState(BootServices &services, BootServices::State want, int ms = 20000)
{
    return QTest::qWaitFor([&] { return services.state() == want || services.state() == BootServices::State::Failed; },
                           ms)
        && services.state() == want;
}

} // namespace

class TestBootServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servesTheSitesBootTree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"boot-tree/images"_s));
        QFile file(dir.filePath(u"boot-tree/images/hello.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray body = QByteArray("served from the site's own boot tree\n").repeated(40);
        file.write(body);
        file.close();

        BootServices services;
        QSignalSpy states(&services, &BootServices::stateChanged);
        const quint16 port = freeUdpPort();
        const Services::RunOptions run = loopbackRun(port);
        services.start(Site::Document(), dir.filePath(u"site.json"_s), run);
        // The boot files are assembled on a worker thread: start() has not
        // waited for them.
        QCOMPARE(services.state(), BootServices::State::AssemblingFiles);
        QVERIFY2(waitForState(services, BootServices::State::Running), qPrintable(services.summary()));
        // The run went through its states in order (no DHCP: no check for other servers).
        QList<BootServices::State> went;
        for (const auto &args : std::as_const(states))
            went << args.at(0).value<BootServices::State>();
        QCOMPARE(went, (QList<BootServices::State>{BootServices::State::AssemblingFiles, BootServices::State::Starting,
                                                   BootServices::State::Running}));
        QVERIFY2(services.summary().contains(dir.filePath(u"boot-tree"_s)), qPrintable(services.summary()));
        QVERIFY2(services.summary().contains(u"HTTP on port %1"_s.arg(run.httpPort)), qPrintable(services.summary()));
        QVERIFY(services.servesTftp() && services.servesHttp());
        QString error;
        QCOMPARE(download(port, u"images/hello.txt"_s, &error), body);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The same tree over HTTP.
        const QByteArray answer = httpGet(run.httpPort, "/images/hello.txt");
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200).constData());
        QVERIFY(answer.endsWith(QByteArray("\r\n\r\n").append(body)));
        services.stop();
        QCOMPARE(services.state(), BootServices::State::Stopped);
    }

    void bootTreeOptionWinsOverTheSite()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"boot-tree"_s));
        QVERIFY(QDir(dir.path()).mkpath(u"elsewhere"_s));
        QFile file(dir.filePath(u"elsewhere/only-here"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        BootServices services;
        const quint16 port = freeUdpPort();
        Services::RunOptions run = loopbackRun(port);
        // Relative to the working directory, like a shell's --boot-tree, not to the site's folder.
        run.bootTree = QDir::current().relativeFilePath(dir.filePath(u"elsewhere"_s));
        services.start(Site::Document(), dir.filePath(u"site.json"_s), run);
        QVERIFY2(waitForState(services, BootServices::State::Running), qPrintable(services.summary()));
        QString error;
        QCOMPARE(download(port, u"only-here"_s, &error), QByteArray("x"));
    }

    void missingSiteTreeLeavesTftpOff()
    {
        QTemporaryDir dir;
        BootServices services;
        QSignalSpy problems(&services, &BootServices::problem);
        const quint16 port = freeUdpPort();
        services.start(Site::Document(), dir.filePath(u"site.json"_s), loopbackRun(port));
        QVERIFY2(waitForState(services, BootServices::State::Running), qPrintable(services.summary()));
        QCOMPARE(problems.size(), 1);
        const QString message = problems.first().first().toString();
        QVERIFY2(message.contains(dir.filePath(u"boot-tree"_s)) && message.contains(u"TFTP and HTTP not started"_s),
                 qPrintable(message));
        QVERIFY2(services.summary().contains(u"TFTP off"_s), qPrintable(services.summary()));
        QVERIFY(!services.servesHttp());
        QVERIFY(!services.fileSource());
    }

    void httpPortInUseFailsTheRun()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"boot-tree"_s));
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        Services::RunOptions run = loopbackRun(freeUdpPort());
        run.httpPort = squatter.serverPort();
        BootServices services;
        services.start(Site::Document(), dir.filePath(u"site.json"_s), run);
        QVERIFY(QTest::qWaitFor([&] { return services.state() == BootServices::State::Failed; }, 20000));
        QCOMPARE(services.failure().code, BootServices::Failure::Code::ServerFailed);
        QCOMPARE(services.failure().server, u"HTTP"_s);
        QVERIFY2(services.summary().contains(u"HTTP port %1 is in use"_s.arg(run.httpPort)), qPrintable(services.summary()));
        QVERIFY(!services.servesTftp() && !services.servesHttp()); // nothing is left half running
    }

    void missingBootTreeOptionFails()
    {
        QTemporaryDir dir;
        BootServices services;
        Services::RunOptions run = loopbackRun(freeUdpPort());
        run.bootTree = dir.filePath(u"typo"_s);
        services.start(Site::Document(), dir.filePath(u"site.json"_s), run);
        QCOMPARE(services.state(), BootServices::State::Failed);
        QCOMPARE(services.failure().code, BootServices::Failure::Code::BootTreeMissing);
        // The command line names --boot-tree; core's words name no flag.
        QVERIFY2(services.summary().contains(run.bootTree) && !services.summary().contains(u"--"_s),
                 qPrintable(services.summary()));
    }

    void stopWhileAssembling()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"boot-tree"_s));
        BootServices services;
        services.start(Site::Document(), dir.filePath(u"site.json"_s), loopbackRun(freeUdpPort()));
        QCOMPARE(services.state(), BootServices::State::AssemblingFiles);
        QSignalSpy states(&services, &BootServices::stateChanged);
        services.stop();
        QCOMPARE(services.state(), BootServices::State::Stopped);
        QCOMPARE(states.size(), 2); // Stopping, then Stopped
        QTest::qWait(1500); // the worker's late result must not start anything
        QCOMPARE(services.state(), BootServices::State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestBootServices)
#include "tst_bootservices.moc"
