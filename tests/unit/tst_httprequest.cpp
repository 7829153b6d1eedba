// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP request head and Range codecs: what GRUB, iPXE, EDK2, curl and
// Anaconda send, and truncated, oversized and hostile heads.
#include "http/byterange.h"
#include "http/request.h"
#include "http/responsehead.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Http::ByteRange;
using Http::Request;
using Status = Request::Parsed::Status;

class TestHttpRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realClients_data();
    void realClients();
    void keepAlive_data();
    void keepAlive();
    void refused_data();
    void refused();
    void incompleteNeedsMore();
    void limitsHoldWhateverFollows();
    void randomBytesNeverCrash();
    void ranges_data();
    void ranges();
    void responseHeads();
};

void TestHttpRequest::realClients_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("range");

    // grub-core/net/http.c: GET, Host, and Range when it seeks.
    QTest::newRow("GRUB") << QByteArray("GET /debian-installer/amd64/linux HTTP/1.1\r\nHost: 10.77.0.1\r\n"
                                        "User-Agent: GRUB 2.12\r\n\r\n")
                          << QByteArray("GET") << u"/debian-installer/amd64/linux"_s << QByteArray() << QByteArray();
    QTest::newRow("GRUB seeking") << QByteArray("GET /initrd.gz HTTP/1.1\r\nHost: 10.77.0.1\r\nRange: bytes=1048576-\r\n\r\n")
                                  << QByteArray("GET") << u"/initrd.gz"_s << QByteArray() << QByteArray("bytes=1048576-");
    // EDK2 HTTP boot asks for the size first.
    QTest::newRow("EDK2 HEAD") << QByteArray("HEAD /boot/bootx64.efi HTTP/1.1\r\nHost: 10.77.0.1\r\nAccept: */*\r\n"
                                             "User-Agent: UefiHttpBoot/1.0\r\n\r\n")
                               << QByteArray("HEAD") << u"/boot/bootx64.efi"_s << QByteArray() << QByteArray();
    QTest::newRow("iPXE") << QByteArray("GET /boot.ipxe?mac=52-54-00-12-34-56 HTTP/1.1\r\nConnection: keep-alive\r\n"
                                        "Host: 10.77.0.1\r\nUser-Agent: iPXE/1.21.1\r\n\r\n")
                          << QByteArray("GET") << u"/boot.ipxe"_s << QByteArray("mac=52-54-00-12-34-56") << QByteArray();
    QTest::newRow("curl, encoded path") << QByteArray("GET /images/My%20ISO/vmlinuz%2B1 HTTP/1.1\r\nHost: localhost:8080\r\n"
                                                      "User-Agent: curl/8.14.1\r\nAccept: */*\r\n\r\n")
                                        << QByteArray("GET") << u"/images/My ISO/vmlinuz+1"_s << QByteArray() << QByteArray();
    QTest::newRow("absolute form") << QByteArray("GET http://10.77.0.1/ks.cfg HTTP/1.1\r\nHost: 10.77.0.1\r\n\r\n")
                                   << QByteArray("GET") << u"/ks.cfg"_s << QByteArray() << QByteArray();
    QTest::newRow("bare LF, HTTP/1.0 without Host") << QByteArray("GET /preseed.cfg HTTP/1.0\n\n")
                                                    << QByteArray("GET") << u"/preseed.cfg"_s << QByteArray() << QByteArray();
    QTest::newRow("empty lines first") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                       << QByteArray("GET") << u"/"_s << QByteArray() << QByteArray();
    QTest::newRow("UTF-8 path") << QByteArray("GET /caf%C3%A9 HTTP/1.1\r\nHost: x\r\n\r\n")
                                << QByteArray("GET") << u"/café"_s << QByteArray() << QByteArray();
}

void TestHttpRequest::realClients()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, range);

    // A body or the next pipelined request may follow the head.
    const QByteArray data = head + "GET /next HTTP/1.1\r\n";
    const Request::Parsed parsed = Request::parse(data);
    QVERIFY2(parsed.isComplete(), qPrintable(parsed.error));
    QCOMPARE(parsed.headSize, head.size());
    QCOMPARE(parsed.request.method, method);
    QCOMPARE(parsed.request.path, path);
    QCOMPARE(parsed.request.query, query);
    QCOMPARE(parsed.request.field("range"), range);
}

// Anaconda's inst.ks.sendmac: one field per NIC, names told apart by number.
void TestHttpRequest::keepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("1.1 two options") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: TE, close\r\n\r\n") << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
}

void TestHttpRequest::keepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    const Request::Parsed parsed = Request::parse(head);
    QVERIFY(parsed.isComplete());
    QCOMPARE(parsed.request.keepAlive(), keepAlive);

    const Request::Parsed anaconda = Request::parse(
        "GET /ks.cfg HTTP/1.1\r\nHost: 10.0.0.1\r\nX-RHN-Provisioning-MAC-0: eth0 52:54:00:12:34:56\r\n"
        "X-RHN-Provisioning-MAC-1:   eth1 52:54:00:12:34:57  \r\n\r\n");
    QVERIFY(anaconda.isComplete());
    QCOMPARE(anaconda.request.field("x-rhn-provisioning-mac-0"), QByteArray("eth0 52:54:00:12:34:56"));
    QCOMPARE(anaconda.request.field("x-rhn-provisioning-mac-1"), QByteArray("eth1 52:54:00:12:34:57"));
}

void TestHttpRequest::refused_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("why");

    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400 << u"METHOD TARGET"_s;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << u"METHOD TARGET"_s;
    QTest::newRow("method not a token") << QByteArray("G(T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << u"METHOD TARGET"_s;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505 << u"HTTP/1.0"_s;
    QTest::newRow("not HTTP") << QByteArray("GET / SIP/2.0\r\n\r\n") << 400 << u"not an HTTP version"_s;
    QTest::newRow("no Host in 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << u"Host"_s;
    QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << u"Host"_s;
    QTest::newRow("star target") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << u"not a path"_s;
    QTest::newRow("relative target") << QByteArray("GET boot HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << u"not a path"_s;
    QTest::newRow("broken escape") << QByteArray("GET /a%4 HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << u"escape"_s;
    QTest::newRow("escape not hex") << QByteArray("GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << u"escape"_s;
    QTest::newRow("encoded NUL") << QByteArray("GET /a%00.cfg HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << u"NUL"_s;
    QTest::newRow("folded field") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n 2\r\n\r\n") << 400 << u"folded"_s;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << u"not a header field"_s;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n") << 400 << u"not a header field"_s;
    QTest::newRow("bad Content-Length") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400 << u"Content-Length"_s;
    QTest::newRow("two Content-Lengths") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400 << u"Content-Length"_s;
    QTest::newRow("chunked body") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 501 << u"Transfer-Encoding"_s;
    QTest::newRow("NUL in a field") << QByteArray("GET / HTTP/1.1\r\nHost: x").append('\0').append("y\r\n\r\n") << 400 << u"control character"_s;
    QTest::newRow("CR inside a field") << QByteArray("GET / HTTP/1.1\r\nHost: x\ry\r\n\r\n") << 400 << u"control character"_s;
}

void TestHttpRequest::refused()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    QFETCH(QString, why);
    const Request::Parsed parsed = Request::parse(head);
    QVERIFY(parsed.isError());
    QCOMPARE(parsed.errorStatus, status);
    QVERIFY2(parsed.error.contains(why), qPrintable(parsed.error));
}

void TestHttpRequest::incompleteNeedsMore()
{
    const QByteArray head("GET /boot/grub/grub.cfg HTTP/1.1\r\nHost: 10.77.0.1\r\n\r\n");
    // Every cut before the empty line waits for more, one byte at a time as a slow client sends.
    for (qsizetype n = 0; n < head.size(); ++n)
        QVERIFY2(Request::parse(head.first(n)).status == Status::NeedMore, qPrintable(QString::number(n)));
    QVERIFY(Request::parse(head).isComplete());
}

void TestHttpRequest::limitsHoldWhateverFollows()
{
    Request::Limits limits;
    const QByteArray longLine = "GET /" + QByteArray(limits.requestLine, 'a') + " HTTP/1.1\r\n";
    QCOMPARE(Request::parse(longLine).errorStatus, 414);
    // Still arriving, already too long: 414 without waiting for the end of the line.
    QCOMPARE(Request::parse(QByteArray("GET /" + QByteArray(limits.requestLine + 10, 'a'))).errorStatus, 414);

    QByteArray big("GET / HTTP/1.1\r\nHost: x\r\n");
    while (big.size() <= limits.head)
        big += "X-Padding: " + QByteArray(200, 'p') + "\r\n";
    QCOMPARE(Request::parse(big).errorStatus, 431); // no end in sight
    QCOMPARE(Request::parse(QByteArray(big + "\r\n")).errorStatus, 431);

    QByteArray many("GET / HTTP/1.1\r\nHost: x\r\n");
    for (qsizetype i = 0; i < limits.fields; ++i)
        many += "A: b\r\n";
    QCOMPARE(Request::parse(QByteArray(many + "\r\n")).errorStatus, 431);

    // Exactly at the limits is fine.
    Request::Limits tight;
    tight.head = 64;
    const QByteArray fits("GET /x HTTP/1.1\r\nHost: 10.77.0.1\r\nX-A: bbbbbbbbbbbbbbbbbbbbbbb\r\n\r\n");
    QCOMPARE(fits.size() - 2, 64); // the final empty line does not count
    QVERIFY(Request::parse(fits, tight).isComplete());
    const QByteArray over("GET /x HTTP/1.1\r\nHost: 10.77.0.1\r\nX-A: bbbbbbbbbbbbbbbbbbbbbbbb\r\n\r\n");
    QCOMPARE(Request::parse(over, tight).errorStatus, 431);
}

void TestHttpRequest::randomBytesNeverCrash()
{
    // Mutations of a real head and plain noise: each gives an answer and
    // never reads past what it was given (ASan in the sanitizer run).
    QRandomGenerator random(4242);
    const QByteArray real("GET /debian-installer/amd64/initrd.gz HTTP/1.1\r\nHost: 10.77.0.1\r\nRange: bytes=0-99\r\n\r\n");
    int complete = 0, errors = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray data = real;
        if (i % 2) {
            for (int flips = 1 + int(random.bounded(4)); flips > 0; --flips)
                data[random.bounded(int(data.size()))] = char(random.bounded(256));
            data.truncate(random.bounded(int(data.size()) + 1));
        } else {
            data = QByteArray(int(random.bounded(300)), Qt::Uninitialized);
            for (char &c : data)
                c = char(random.bounded(256));
        }
        const Request::Parsed parsed = Request::parse(data);
        if (parsed.isComplete()) {
            ++complete;
            QVERIFY(parsed.headSize <= data.size());
            QVERIFY(parsed.request.path.startsWith(u'/'));
        } else if (parsed.isError()) {
            ++errors;
            QVERIFY(parsed.errorStatus >= 400 && parsed.errorStatus < 600);
        }
    }
    QVERIFY(complete > 0 && errors > 0);
}

void TestHttpRequest::ranges_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<QByteArray>("contentRange");
    const int whole = int(ByteRange::Kind::Whole), partial = int(ByteRange::Kind::Partial),
              none = int(ByteRange::Kind::Unsatisfiable);

    QTest::newRow("no field") << QByteArray() << 1000LL << whole << 0LL << -1LL << QByteArray();
    QTest::newRow("start") << QByteArray("bytes=0-99") << 1000LL << partial << 0LL << 99LL << QByteArray("bytes 0-99/1000");
    QTest::newRow("middle") << QByteArray("bytes=500-599") << 1000LL << partial << 500LL << 599LL << QByteArray("bytes 500-599/1000");
    QTest::newRow("open end (GRUB seeking)") << QByteArray("bytes=900-") << 1000LL << partial << 900LL << 999LL << QByteArray("bytes 900-999/1000");
    QTest::newRow("end past the file") << QByteArray("bytes=990-5000") << 1000LL << partial << 990LL << 999LL << QByteArray("bytes 990-999/1000");
    QTest::newRow("suffix") << QByteArray("bytes=-100") << 1000LL << partial << 900LL << 999LL << QByteArray("bytes 900-999/1000");
    QTest::newRow("suffix longer than the file") << QByteArray("bytes=-5000") << 1000LL << partial << 0LL << 999LL << QByteArray("bytes 0-999/1000");
    QTest::newRow("beyond 4 GiB") << QByteArray("bytes=5000000000-") << 5368709120LL << partial << 5000000000LL << 5368709119LL
                                  << QByteArray("bytes 5000000000-5368709119/5368709120");
    QTest::newRow("start at the end") << QByteArray("bytes=1000-") << 1000LL << none << 0LL << -1LL << QByteArray("bytes */1000");
    QTest::newRow("zero suffix") << QByteArray("bytes=-0") << 1000LL << none << 0LL << -1LL << QByteArray("bytes */1000");
    QTest::newRow("empty file") << QByteArray("bytes=0-") << 0LL << none << 0LL << -1LL << QByteArray("bytes */0");
    QTest::newRow("backwards: ignored") << QByteArray("bytes=500-100") << 1000LL << whole << 0LL << -1LL << QByteArray();
    QTest::newRow("two ranges: whole") << QByteArray("bytes=0-1,5-6") << 1000LL << whole << 0LL << -1LL << QByteArray();
    QTest::newRow("other unit") << QByteArray("items=0-1") << 1000LL << whole << 0LL << -1LL << QByteArray();
    QTest::newRow("garbage") << QByteArray("bytes=a-b") << 1000LL << whole << 0LL << -1LL << QByteArray();
    QTest::newRow("signed") << QByteArray("bytes=+5-9") << 1000LL << whole << 0LL << -1LL << QByteArray();
    QTest::newRow("huge number") << QByteArray("bytes=99999999999999999999-") << 1000LL << whole << 0LL << -1LL << QByteArray();
}

void TestHttpRequest::ranges()
{
    QFETCH(QByteArray, field);
    QFETCH(qint64, size);
    QFETCH(int, kind);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(QByteArray, contentRange);
    const ByteRange range = ByteRange::parse(field, size);
    QCOMPARE(int(range.kind), kind);
    if (range.kind == ByteRange::Kind::Whole)
        return;
    QCOMPARE(range.contentRange(size), contentRange);
    if (range.kind == ByteRange::Kind::Partial) {
        QCOMPARE(range.first, first);
        QCOMPARE(range.last, last);
        QCOMPARE(range.length(), last - first + 1);
    }
}

// What GRUB's http.c reads: "HTTP/1.1 " then the code, an exact
// "Content-Length: ", CRLF line ends; and no way to smuggle a line in.
void TestHttpRequest::responseHeads()
{
    Http::ResponseHead partial;
    partial.status = 206;
    partial.contentLength = 100;
    partial.add("Content-Type", "application/octet-stream").add("Content-Range", "bytes 900-999/1000");
    QCOMPARE(partial.toBytes(), QByteArray("HTTP/1.1 206 Partial Content\r\n"
                                           "Content-Type: application/octet-stream\r\n"
                                           "Content-Range: bytes 900-999/1000\r\n"
                                           "Content-Length: 100\r\n"
                                           "Connection: keep-alive\r\n\r\n"));
    Http::ResponseHead refused;
    refused.status = 416;
    refused.keepAlive = false;
    refused.add("Content-Range", "bytes */1000");
    QCOMPARE(refused.toBytes(), QByteArray("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */1000\r\n"
                                           "Connection: close\r\n\r\n"));
    Http::ResponseHead injected;
    injected.status = 404;
    injected.contentLength = 0;
    injected.add("X-Path", "/a\r\nSet-Cookie: x");
    QCOMPARE(injected.toBytes(), QByteArray("HTTP/1.1 404 Not Found\r\nX-Path: /aSet-Cookie: x\r\n"
                                            "Content-Length: 0\r\nConnection: keep-alive\r\n\r\n"));
    // Every status the parser can give has its words.
    for (int status : {400, 414, 431, 501, 505})
        QVERIFY(Http::ResponseHead::reason(status) != "Unknown");
}

QTEST_GUILESS_MAIN(TestHttpRequest)
#include "tst_httprequest.moc"
