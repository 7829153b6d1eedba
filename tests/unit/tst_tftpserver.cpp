// SPDX-License-Identifier: GPL-3.0-or-later
// Tftp::Server over real sockets on 127.0.0.1: downloads lockstep and
// windowed, block number rollover, errors, retransmission and give-up,
// duplicate ACKs, the EDK2 size probe, the transfer cap, a swapped file
// source, malformed packets, and the timeline events of each.
#include "tftp/server.h"
#include "net/startonthread.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace Tftp;
using Timeline::BootEvent;

namespace {

class MemoryFiles : public Boot::FileSource
{
public:
    explicit MemoryFiles(QHash<QString, QByteArray> files) : m_files(std::move(files)) {}
    Boot::OpenedFile open(const QString &path, const Boot::Requester &) const override
    {
        Boot::OpenedFile f;
        f.path = path;
        const auto it = m_files.constFind(path);
        if (it == m_files.cend()) {
            f.reason = u"not found: "_s + path;
            return f;
        }
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(*it);
        buffer->open(QIODevice::ReadOnly);
        f.status = Boot::OpenedFile::Status::Ok;
        f.size = it->size();
        f.device = std::move(buffer);
        return f;
    }

private:
    QHash<QString, QByteArray> m_files;
};

QByteArray pattern(qsizetype size, int salt = 0)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char((i * 131 + i / 251 + salt) & 0xff);
    return out;
}

const Net::MacAddress ClientMac({0x52, 0x54, 0x00, 0x12, 0x34, 0x56});

// A blocking test client; the server runs on its own thread.
struct Client
{
    QUdpSocket socket;
    quint16 serverPort = 0;
    quint16 tid = 0; // the transfer's port, learnt from the first answer

    explicit Client(quint16 port) : serverPort(port) { socket.bind(QHostAddress::LocalHost, 0); }
    void sendRaw(const QByteArray &d, quint16 to = 0)
    {
        socket.writeDatagram(d, QHostAddress::LocalHost, to ? to : (tid ? tid : serverPort));
    }
    void send(const Packet &p) { sendRaw(p.encode()); }
    std::optional<Packet> receive(int ms = 2000)
    {
        if (!socket.hasPendingDatagrams() && !socket.waitForReadyRead(ms))
            return std::nullopt;
        QHostAddress from;
        quint16 port = 0;
        QByteArray d(70000, Qt::Uninitialized);
        d.resize(socket.readDatagram(d.data(), d.size(), &from, &port));
        if (!tid)
            tid = port;
        QString why;
        auto p = Packet::decode(d, &why);
        if (!p)
            qWarning("client got a malformed packet: %s", qPrintable(why));
        return p;
    }
    // Downloads after the request was sent; acknowledges each window's end.
    QByteArray download(int blockSize, int window, bool expectOack, QList<quint16> *numbers = nullptr)
    {
        QByteArray data;
        quint16 expected = 1;
        if (expectOack) {
            const auto oack = receive();
            if (!oack || oack->opcode != Opcode::OptionAck)
                return "no OACK";
            send(Packet::ack(0));
        }
        int inWindow = 0;
        for (;;) {
            const auto p = receive();
            if (!p || p->opcode != Opcode::Data)
                return data + "<no DATA>";
            if (p->block != expected)
                continue;
            if (numbers)
                numbers->append(p->block);
            data += p->data;
            const bool last = p->data.size() < blockSize;
            if (++inWindow == window || last) {
                send(Packet::ack(expected));
                inWindow = 0;
            }
            ++expected;
            if (last)
                return data;
        }
    }
};

} // namespace

class TestTftpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<BootEvent>(); }
    void init();
    void cleanup();
    void lockstepDownload();
    void windowedDownloadWithOptions();
    void blockNumbersRollOver();
    void notFoundAndAccessErrors();
    void duplicateAcksAreNotAnswered();
    void repeatedRequestStartsNoSecondTransfer();
    void retransmitsThenGivesUp();
    void edk2SizeProbeIsNotAFailure();
    void tooManyTransfers();
    void swappedFileSource();
    void malformedPacketsAreDroppedAndCounted();
    void portInUse();
    void secondServerOnThePort();

private:
    void startServer(Limits limits = {});
    QList<BootEvent> eventsOfKind(BootEvent::Kind kind);
    bool waitForKind(BootEvent::Kind kind, int count = 1, int ms = 5000);

    QThread m_thread;
    Server *m_server = nullptr;
    std::unique_ptr<QSignalSpy> m_events;
    std::shared_ptr<const Boot::FileSource> m_files;
};

void TestTftpServer::init()
{
    m_files = std::make_shared<MemoryFiles>(QHash<QString, QByteArray>{
        {u"small"_s, pattern(1000)},
        {u"exact"_s, pattern(1024)},
        {u"empty"_s, QByteArray()},
        {u"big"_s, pattern(3 * 1024 * 1024 + 17)},
        {u"rollover"_s, pattern(70000 * 8 + 3)},
    });
    m_thread.start();
}

void TestTftpServer::cleanup()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_server = nullptr;
    m_thread.quit();
    m_thread.wait();
    m_events.reset();
}

void TestTftpServer::startServer(Limits limits)
{
    m_server = new Server(Server::Listen{QHostAddress::LocalHost, 0}, m_files,
                          [](quint32 ip) { return ip == 0x7f000001 ? ClientMac : Net::MacAddress(); }, limits);
    m_server->moveToThread(&m_thread);
    m_events = std::make_unique<QSignalSpy>(m_server, &Server::event);
    QSignalSpy started(m_server, &Server::startFinished);
    Net::startOnItsThread(m_server);
    // The answer may come before wait() would start listening for it.
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
    QVERIFY2(started.at(0).at(0).toBool(), qPrintable(started.at(0).at(1).toString()));
    QVERIFY(m_server->port() != 0);
}

QList<BootEvent> TestTftpServer::eventsOfKind(BootEvent::Kind kind)
{
    QList<BootEvent> out;
    for (const auto &args : std::as_const(*m_events)) {
        const auto e = args.at(0).value<BootEvent>();
        if (e.kind == kind)
            out << e;
    }
    return out;
}

bool TestTftpServer::waitForKind(BootEvent::Kind kind, int count, int ms)
{
    return QTest::qWaitFor([&] { return eventsOfKind(kind).size() >= count; }, ms);
}

void TestTftpServer::lockstepDownload()
{
    startServer();
    for (const QString &name : {u"small"_s, u"exact"_s, u"empty"_s}) {
        Client c(m_server->port());
        c.send(Packet::readRequest(name.toUtf8(), "octet"));
        const QByteArray got = c.download(512, 1, false);
        QCOMPARE(got, static_cast<const MemoryFiles &>(*m_files).open(name, {}).device->readAll());
        QVERIFY(c.tid != m_server->port()); // RFC 1350: a new transfer ID
    }
    QVERIFY(waitForKind(BootEvent::Kind::Sent, 3));
    const auto reads = eventsOfKind(BootEvent::Kind::Read);
    const auto sent = eventsOfKind(BootEvent::Kind::Sent);
    QCOMPARE(reads.size(), 3);
    QCOMPARE(sent[0].path, u"small"_s);
    QCOMPARE(sent[0].bytes, 1000);
    QCOMPARE(sent[0].size, 1000);
    QCOMPARE(sent[0].mac, ClientMac);
    QCOMPARE(sent[0].address, 0x7f000001u);
    QCOMPARE(sent[0].protocol, BootEvent::Protocol::Tftp);
    QVERIFY2(sent[0].summary.contains(u"1000 bytes in"_s), qPrintable(sent[0].summary));
    QCOMPARE(sent[1].bytes, 1024);
    QCOMPARE(sent[2].bytes, 0);
    QVERIFY2(reads[0].summary.contains(u"no options"_s), qPrintable(reads[0].summary));
    QTRY_COMPARE(m_server->activeTransfers(), 0);
}

void TestTftpServer::windowedDownloadWithOptions()
{
    startServer();
    Client c(m_server->port());
    c.send(Packet::readRequest("big", "OCTET", {{"tsize", "0"}, {"blksize", "1468"}, {"windowsize", "16"},
                                                {"timeout", "2"}, {"unknown", "1"}}));
    const auto oack = c.receive();
    QVERIFY(oack && oack->opcode == Opcode::OptionAck);
    const qint64 size = 3 * 1024 * 1024 + 17;
    QCOMPARE(oack->option("tsize"), QByteArray::number(size));
    QCOMPARE(oack->option("blksize"), "1468"_ba);
    QCOMPARE(oack->option("windowsize"), "16"_ba);
    QCOMPARE(oack->option("timeout"), "2"_ba);
    QVERIFY(!oack->option("unknown"));
    c.send(Packet::ack(0));
    QByteArray got;
    quint16 expected = 1;
    int inWindow = 0, acks = 0;
    for (;;) {
        const auto p = c.receive();
        QVERIFY(p && p->opcode == Opcode::Data);
        QCOMPARE(p->block, expected);
        got += p->data;
        const bool last = p->data.size() < 1468;
        if (++inWindow == 16 || last) {
            c.send(Packet::ack(expected));
            ++acks;
            inWindow = 0;
        }
        ++expected;
        if (last)
            break;
    }
    QCOMPARE(got, pattern(size));
    QCOMPARE(acks, int((size / 1468 + 1 + 15) / 16));
    QVERIFY(waitForKind(BootEvent::Kind::Sent));
    const auto read = eventsOfKind(BootEvent::Kind::Read).value(0);
    QVERIFY2(read.summary.contains(u"windowsize 16"_s) && read.summary.contains(u"blksize 1468"_s),
             qPrintable(read.summary));
    QCOMPARE(eventsOfKind(BootEvent::Kind::Sent).value(0).bytes, size);
}

void TestTftpServer::blockNumbersRollOver()
{
    startServer();
    Client c(m_server->port());
    c.send(Packet::readRequest("rollover", "octet", {{"blksize", "8"}, {"windowsize", "64"}}));
    QList<quint16> numbers;
    const QByteArray got = c.download(8, 64, true, &numbers);
    QCOMPARE(got.size(), 70000 * 8 + 3);
    QCOMPARE(got, pattern(70000 * 8 + 3));
    QCOMPARE(numbers.size(), 70001);
    QCOMPARE(numbers[65534], quint16(65535));
    QCOMPARE(numbers[65535], quint16(0)); // block 65536 goes out as 0
    QCOMPARE(numbers[65536], quint16(1));
    QVERIFY(waitForKind(BootEvent::Kind::Sent));
}

void TestTftpServer::notFoundAndAccessErrors()
{
    startServer();
    Client c(m_server->port());
    c.send(Packet::readRequest("boot/grub/x86_64-efi/grub.cfg", "octet"));
    auto p = c.receive();
    QVERIFY(p && p->opcode == Opcode::Error);
    QCOMPARE(p->error, ErrorCode::FileNotFound);
    QVERIFY(c.tid != m_server->port());
    QVERIFY(waitForKind(BootEvent::Kind::Failed));
    const auto failed = eventsOfKind(BootEvent::Kind::Failed).value(0);
    QCOMPARE(failed.summary, u"not found: boot/grub/x86_64-efi/grub.cfg"_s);
    QCOMPARE(failed.severity, BootEvent::Severity::Failure);
    QCOMPARE(failed.mac, ClientMac);

    Client w(m_server->port());
    w.send(Packet{Opcode::WriteRequest, "upload", "octet", {}, 0, {}, ErrorCode::NotDefined, {}});
    p = w.receive();
    QVERIFY(p && p->opcode == Opcode::Error);
    QCOMPARE(p->error, ErrorCode::AccessViolation);

    Client m(m_server->port());
    m.send(Packet::readRequest("small", "mail"));
    p = m.receive();
    QVERIFY(p && p->opcode == Opcode::Error);
    QCOMPARE(p->error, ErrorCode::IllegalOperation);
    QVERIFY(waitForKind(BootEvent::Kind::Failed, 3));
}

void TestTftpServer::duplicateAcksAreNotAnswered()
{
    startServer(Limits{.defaultTimeoutMs = 3000});
    Client c(m_server->port());
    c.send(Packet::readRequest("big", "octet"));
    auto p = c.receive();
    QVERIFY(p && p->block == 1);
    c.send(Packet::ack(1));
    p = c.receive();
    QVERIFY(p && p->block == 2);
    // An ACK storm for block 1 (and stale or future numbers): no DATA at all.
    for (int i = 0; i < 500; ++i)
        c.send(Packet::ack(quint16(i % 2 ? 1 : 40000)));
    QVERIFY(!c.receive(400));
    c.send(Packet::ack(2));
    p = c.receive();
    QVERIFY(p && p->block == 3);
    QVERIFY(!c.receive(200)); // exactly one block per ACK
}

void TestTftpServer::repeatedRequestStartsNoSecondTransfer()
{
    startServer(Limits{.defaultTimeoutMs = 5000});
    Client c(m_server->port());
    const QByteArray rrq = Packet::readRequest("small", "octet").encode();
    for (int i = 0; i < 3; ++i)
        c.sendRaw(rrq, m_server->port());
    const auto p = c.receive();
    QVERIFY(p && p->opcode == Opcode::Data && p->block == 1);
    QVERIFY(!c.receive(300));
    QCOMPARE(m_server->activeTransfers(), 1);
    QCOMPARE(eventsOfKind(BootEvent::Kind::Read).size(), 1);
}

void TestTftpServer::retransmitsThenGivesUp()
{
    startServer(Limits{.defaultTimeoutMs = 50, .maxRetries = 3});
    Client c(m_server->port());
    c.send(Packet::readRequest("small", "octet"));
    int copies = 0;
    QElapsedTimer t;
    t.start();
    while (const auto p = c.receive(1500)) {
        QCOMPARE(p->block, quint16(1));
        ++copies;
    }
    QCOMPARE(copies, 4); // the first and three retransmissions
    // Back-off: 50 + 100 + 200 + 400 ms before giving up.
    QVERIFY2(t.elapsed() >= 700, qPrintable(QString::number(t.elapsed())));
    QVERIFY(waitForKind(BootEvent::Kind::Failed));
    QCOMPARE(eventsOfKind(BootEvent::Kind::Failed).value(0).summary, u"timed out after 3 retries at block 1"_s);
    QTRY_COMPARE(m_server->activeTransfers(), 0);
}

void TestTftpServer::edk2SizeProbeIsNotAFailure()
{
    startServer();
    Client c(m_server->port());
    c.send(Packet::readRequest("big", "octet", {{"tsize", "0"}, {"blksize", "1468"}}));
    const auto oack = c.receive();
    QVERIFY(oack && oack->opcode == Opcode::OptionAck);
    c.send(Packet::errorPacket(ErrorCode::OptionRefused, "Aborted by user"));
    QVERIFY(waitForKind(BootEvent::Kind::Aborted));
    const auto e = eventsOfKind(BootEvent::Kind::Aborted).value(0);
    QCOMPARE(e.severity, BootEvent::Severity::Info);
    QVERIFY2(e.summary.contains(u"size probe"_s), qPrintable(e.summary));
    QVERIFY(eventsOfKind(BootEvent::Kind::Failed).isEmpty());
    QTRY_COMPARE(m_server->activeTransfers(), 0);

    // A client error in the middle of a download is a failure.
    Client d(m_server->port());
    d.send(Packet::readRequest("big", "octet"));
    QVERIFY(d.receive());
    d.send(Packet::errorPacket(ErrorCode::DiskFull, "disk full"));
    QVERIFY(waitForKind(BootEvent::Kind::Failed));
    QCOMPARE(eventsOfKind(BootEvent::Kind::Failed).value(0).summary, u"client error 3: disk full"_s);
}

void TestTftpServer::tooManyTransfers()
{
    startServer(Limits{.defaultTimeoutMs = 5000, .maxTransfers = 2});
    Client a(m_server->port()), b(m_server->port()), c(m_server->port());
    a.send(Packet::readRequest("big", "octet"));
    QVERIFY(a.receive());
    b.send(Packet::readRequest("big", "octet"));
    QVERIFY(b.receive());
    c.send(Packet::readRequest("small", "octet"));
    const auto p = c.receive();
    QVERIFY(p && p->opcode == Opcode::Error);
    QCOMPARE(p->error, ErrorCode::NotDefined);
    QCOMPARE(p->message, "server busy: too many transfers"_ba);
    QCOMPARE(m_server->refusedBusy(), 1u);
    // One ends; the next request is served.
    a.send(Packet::errorPacket(ErrorCode::NotDefined, "bye"));
    QTRY_COMPARE(m_server->activeTransfers(), 1);
    Client d(m_server->port());
    d.send(Packet::readRequest("small", "octet"));
    QCOMPARE(d.download(512, 1, false), pattern(1000));
}

void TestTftpServer::swappedFileSource()
{
    startServer(Limits{.defaultTimeoutMs = 5000});
    Client running(m_server->port());
    running.send(Packet::readRequest("small", "octet"));
    auto first = running.receive();
    QVERIFY(first && first->block == 1);
    m_server->setFileSource(std::make_shared<MemoryFiles>(QHash<QString, QByteArray>{{u"new"_s, "fresh"_ba}}));
    Client c(m_server->port());
    // The swap is queued to the server's thread: ask until the new source answers.
    bool fresh = false;
    for (int i = 0; i < 50 && !fresh; ++i) {
        if (i)
            QTest::qWait(100);
        c.tid = 0;
        c.send(Packet::readRequest("new", "octet"));
        const auto p = c.receive(500);
        fresh = p && p->opcode == Opcode::Data && p->data == "fresh";
    }
    QVERIFY(fresh);
    c.send(Packet::ack(1));
    Client old(m_server->port());
    old.send(Packet::readRequest("small", "octet"));
    const auto gone = old.receive();
    QVERIFY(gone && gone->opcode == Opcode::Error && gone->error == ErrorCode::FileNotFound);
    // The transfer that began before the swap still completes.
    running.send(Packet::ack(1));
    const auto second = running.receive();
    QVERIFY(second && second->block == 2);
    QCOMPARE(first->data + second->data, pattern(1000));
}

void TestTftpServer::malformedPacketsAreDroppedAndCounted()
{
    startServer();
    // A download goes on while garbage arrives at the server port.
    Client good(m_server->port());
    good.send(Packet::readRequest("big", "octet", {{"blksize", "1400"}}));
    Client bad(m_server->port());
    const QList<QByteArray> garbage = {"", "\x00"_ba, QByteArray("\0\1noterm", 8), QByteArray("\0\x09\0\0", 4),
                                       QByteArray("\xff\xff", 2), QByteArray(3000, '\1'),
                                       Packet::ack(5).encode(), Packet::dataBlock(1, "x").encode()};
    for (int i = 0; i < 50; ++i)
        for (const QByteArray &g : garbage)
            bad.sendRaw(g);
    QCOMPARE(good.download(1400, 1, true), pattern(3 * 1024 * 1024 + 17));
    QTRY_COMPARE(m_server->dropped(), quint64(50 * garbage.size()));
    QVERIFY(!bad.receive(200)); // nothing is answered
    QVERIFY(waitForKind(BootEvent::Kind::Dropped));
    QTest::qWait(100);
    QCOMPARE(eventsOfKind(BootEvent::Kind::Dropped).size(), 1); // at most one a second per peer
    QVERIFY(eventsOfKind(BootEvent::Kind::Dropped).value(0).mac.isNull());
}

void TestTftpServer::portInUse()
{
    // Another TFTP server (tftpd-hpa, dnsmasq) holds the port.
    QUdpSocket other;
    QVERIFY(other.bind(QHostAddress::LocalHost, 0, QUdpSocket::DontShareAddress));
    Server server(Server::Listen{QHostAddress::LocalHost, other.localPort()}, m_files);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(u"already in use"_s) && error.contains(u"ss -ulpn"_s), qPrintable(error));
}

void TestTftpServer::secondServerOnThePort()
{
    // A second Rackside started by mistake must not share the port silently.
    Server first(Server::Listen{QHostAddress::LocalHost, 0}, m_files);
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    Server second(Server::Listen{QHostAddress::LocalHost, first.port()}, m_files);
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(u"already in use"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTftpServer)
#include "tst_tftpserver.moc"
