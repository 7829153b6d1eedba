// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/hostimport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Site;
using Format = HostImport::Format;

Q_DECLARE_METATYPE(Site::HostImport::Format)

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 fastMs = 5000; // sanitizers make everything several times slower
#else
constexpr qint64 fastMs = 1000;
#endif

/// "line mac hostname ip" with "-" for what is empty, then menu=, boot=,
/// notes= when set: one string per host, so a failing row shows the difference.
QStringList hostLines(const HostImport &result)
{
    QStringList out;
    for (const ImportedHost &imported : result.hosts) {
        const Host &h = imported.host;
        QString line = u"%1 %2 %3 %4"_s.arg(imported.line)
                           .arg(h.mac.toString(), h.hostname.isEmpty() ? u"-"_s : h.hostname,
                                h.ip.isNull() ? u"-"_s : h.ip.toString());
        if (!h.menu.isEmpty())
            line += u" menu="_s + h.menu;
        if (!h.bootFile.isEmpty())
            line += u" boot="_s + h.bootFile;
        if (!h.notes.isEmpty())
            line += u" notes="_s + h.notes;
        out.append(line);
    }
    return out;
}

/// "line w|e field" per problem.
QStringList problemLines(const HostImport &result)
{
    QStringList out;
    for (const Problem &p : result.problems)
        out.append(u"%1 %2 %3"_s.arg(p.line)
                       .arg(QChar(p.isWarning() ? u'w' : u'e'))
                       .arg(p.field)
                       .trimmed());
    return out;
}

QString macFor(int i)
{
    return Net::MacAddress({0x52, 0x54, 0x00, quint8(i >> 16), quint8(i >> 8), quint8(i)})
        .toString();
}

QString ipFor(int i)
{
    return u"10.%1.%2.%3"_s.arg((i >> 16) & 0xff).arg((i >> 8) & 0xff).arg(i & 0xff);
}

/// @p count copies of @p pattern, its $mac, $n and $ip replaced for each.
QString generated(int count, const QString &pattern)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        out += QString(pattern)
                   .replace(u"$mac"_s, macFor(i))
                   .replace(u"$n"_s, QString::number(i))
                   .replace(u"$ip"_s, ipFor(i));
    }
    return out;
}

QString garbage(qsizetype size, quint32 seed, bool printable)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    const QByteArray alphabet = "0123456789abcdef:;,{}\"# \t\n-.=host hardware ethernet"_ba;
    for (char &b : bytes)
        b = printable ? alphabet.at(random.bounded(alphabet.size())) : char(random.bounded(256));
    return QString::fromLatin1(bytes);
}

void addCase(const char *name, const QString &text, const QStringList &hosts,
             const QStringList &problems)
{
    QTest::newRow(name) << text << hosts << problems;
}

void addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("problems");
}

void checkRead(Format format)
{
    QFETCH(QString, text);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, problems);
    const HostImport result = HostImport::read(text, format, u"in.txt"_s);
    QCOMPARE(result.format, format);
    QCOMPARE(hostLines(result), hosts);
    QCOMPARE(problemLines(result), problems);
    for (const Problem &p : result.problems) {
        QCOMPARE(p.file, u"in.txt"_s);
        QVERIFY2(p.message.size() > 10, qPrintable(p.toString()));
    }
}

} // namespace

class TestHostImport : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void dhcpdConf_data();
    void dhcpdConf();
    void dnsmasq_data();
    void dnsmasq();
    void table_data();
    void table();
    void referenceFile();
    void problemsSayWhere();
    void hostile_data();
    void hostile();
};

void TestHostImport::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Format>("format");

    const auto row = [](const char *name, const QString &text, Format format) {
        QTest::newRow(name) << text << format;
    };
    row("dhcpd host block", u"host a { hardware ethernet 52:54:00:00:00:01; }"_s,
        Format::DhcpdConf);
    row("dhcpd brace on its own line", u"# x\nhost a\n{\n}\n"_s, Format::DhcpdConf);
    row("dhcpd hardware statement", u"  hardware ethernet 52:54:00:00:00:01;\n"_s,
        Format::DhcpdConf);
    row("dhcpd without hosts",
        u"option domain-name \"lab\";\nsubnet 10.0.0.0 netmask 255.0.0.0 {\n}\n"_s,
        Format::DhcpdConf);
    row("dnsmasq.conf", u"# dnsmasq\ninterface=eth1\ndhcp-host=52:54:00:00:00:01,pc1\n"_s,
        Format::Dnsmasq);
    row("dnsmasq command line", u"dnsmasq -d --dhcp-host=52:54:00:00:00:01,pc1"_s, Format::Dnsmasq);
    row("dnsmasq.conf without hosts", u"interface=eth1\ndhcp-range=10.0.0.100,10.0.0.199,12h\n"_s,
        Format::Dnsmasq);
    row("tab-separated", u"pc1\t52:54:00:00:00:01\t10.0.0.1\n"_s, Format::Table);
    row("comma-separated", u"52:54:00:00:00:01,pc1\n"_s, Format::Table);
    row("semicolons ending in one", u"52:54:00:00:00:01;pc1;\n"_s, Format::Table);
    row("list of MACs", u"52-54-00-00-00-01\n5254.0000.0002\n"_s, Format::Table);
    row("header only", u"Hostname;MAC address\n"_s, Format::Table);
    row("empty", QString(), Format::Unknown);
    row("blank lines", u"\n  \n\t\n"_s, Format::Unknown);
    row("prose", u"Dear operator,\nplease add the new machines.\n"_s, Format::Unknown);
    row("binary", garbage(4096, 1, false), Format::Unknown);
}

void TestHostImport::detect()
{
    QFETCH(QString, text);
    QFETCH(Format, format);
    QCOMPARE(HostImport::detect(text), format);
    const HostImport result = HostImport::read(text);
    QCOMPARE(result.format, format);
    if (format == Format::Unknown) {
        QVERIFY(result.hosts.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.hasErrors());
    }
}

void TestHostImport::dhcpdConf_data()
{
    addColumns();
    addCase("one host, every field",
            u"host pc1 {\n  hardware ethernet 52:54:00:00:00:01;\n  fixed-address 10.0.0.11;\n"
            "  option host-name \"pc-one\";\n  filename \"grubx64.efi\";\n}\n"_s,
            {u"1 52:54:00:00:00:01 pc-one 10.0.0.11 boot=grubx64.efi"_s}, {});
    addCase(
        "nested anywhere, braces and statements anyhow",
        u"# lab network\n"
        "subnet 10.0.0.0 netmask 255.255.255.0 {\n"
        "  range 10.0.0.100 10.0.0.199; # pool\n"
        "  group {\n"
        "    host a { hardware ethernet 52:54:00:00:00:0a; fixed-address 10.0.0.10; }\n"
        "  }\n"
        "}\n"
        "shared-network lab {\n"
        "  subnet 10.0.1.0 netmask 255.255.255.0 { host b { hardware ethernet 52:54:0:0:0:b; } }\n"
        "  host c\n"
        "  {\n"
        "    hardware ethernet 52:54:00:00:00:0C;   # \"{\" on its own line; }\n"
        "  }\n"
        "}\n"
        "class \"pc\" { match if substring(option vendor-class-identifier, 0, 9) = \"PXE\"; }\n"_s,
        {u"5 52:54:00:00:00:0a a 10.0.0.10"_s, u"9 52:54:00:00:00:0b b -"_s,
         u"10 52:54:00:00:00:0c c -"_s},
        {});
    addCase("blank fixed-address keeps the host",
            u"host mp {\n  hardware ethernet 00:23:32:2f:40:3c;\n  fixed-address;\n}\n"_s,
            {u"1 00:23:32:2f:40:3c mp -"_s}, {u"3 w host mp"_s});
    addCase("address list: the first, with a warning",
            u"host a { hardware ethernet 52:54:00:00:00:01; fixed-address 10.0.0.5, 10.0.0.6; }"_s,
            {u"1 52:54:00:00:00:01 a 10.0.0.5"_s}, {u"1 w host a"_s});
    addCase("host name instead of an address",
            u"host a { hardware ethernet 52:54:00:00:00:01; fixed-address a.lab.example; }"_s,
            {u"1 52:54:00:00:00:01 a -"_s}, {u"1 w host a"_s});
    addCase(
        "block without a MAC is skipped",
        u"host a { fixed-address 10.0.0.5; }\nhost b { hardware ethernet 52:54:00:00:00:02; }\n"_s,
        {u"2 52:54:00:00:00:02 b -"_s}, {u"1 w host a"_s});
    addCase("bad MAC is an error",
            u"host a { hardware ethernet 52:54:00:00:00:zz; }\n"
            "host b { hardware ethernet 52:54:00:00:00:02; }\n"_s,
            {u"2 52:54:00:00:00:02 b -"_s}, {u"1 e host a"_s});
    addCase("not Ethernet",
            u"host a { hardware token-ring 52:54:00:00:00:01; }\n"
            "host b { hardware ethernet 52:54:00:00:00:02; }\n"_s,
            {u"2 52:54:00:00:00:02 b -"_s}, {u"1 w host a"_s});
    addCase(
        "quoted strings hold braces, hashes and semicolons",
        u"host \"odd one\" { hardware ethernet 52:54:00:00:00:01; option host-name \"we{ir}d#1\"; "
        "filename \"a;b\"; }"_s,
        {u"1 52:54:00:00:00:01 we{ir}d#1 - boot=a;b"_s}, {});
    addCase("missing semicolon before the brace",
            u"host a { hardware ethernet 52:54:00:00:00:01 }"_s, {u"1 52:54:00:00:00:01 a -"_s},
            {u"1 w host a"_s});
    addCase("duplicates are warnings, not dropped",
            u"host a { hardware ethernet 52:54:00:00:00:01; fixed-address 10.0.0.1; }\n"
            "host b { hardware ethernet 52:54:00:00:00:01; fixed-address 10.0.0.1; }\n"
            "host A { hardware ethernet 52:54:00:00:00:03; }\n"_s,
            {u"1 52:54:00:00:00:01 a 10.0.0.1"_s, u"2 52:54:00:00:00:01 b 10.0.0.1"_s,
             u"3 52:54:00:00:00:03 A -"_s},
            {u"2 w host b"_s, u"2 w host b"_s, u"3 w host A"_s});
    addCase("nothing but other blocks",
            u"subnet 10.0.0.0 netmask 255.0.0.0 { range 10.0.0.10 10.0.0.20; }\n"_s, {},
            {u"0 w"_s});
    addCase("truncated: host block cut in half",
            u"host a { hardware ethernet 52:54:00:00:00:01; fixed-address 10.0.0.1; }\n"
            "host b {\n  hardware ethernet 52:54:00:00:00:02;\n  fixed-addr"_s,
            {u"1 52:54:00:00:00:01 a 10.0.0.1"_s, u"2 52:54:00:00:00:02 b -"_s}, {u"2 e host b"_s});
    addCase(
        "truncated: cut before the MAC",
        u"subnet 10.0.0.0 netmask 255.0.0.0 {\nhost a { hardware ethernet 52:54:00:00:00:01; }\n"
        "host b {\n  hardware ether"_s,
        {u"2 52:54:00:00:00:01 a -"_s}, {u"3 e host b"_s});
    addCase(
        "truncated: subnet never closed",
        u"subnet 10.0.0.0 netmask 255.0.0.0 {\nhost a { hardware ethernet 52:54:00:00:00:01; }\n"_s,
        {u"2 52:54:00:00:00:01 a -"_s}, {u"1 e"_s});
    addCase("truncated: unterminated string",
            u"host a {\n  option host-name \"alpha;\n  hardware ethernet 52:54:00:00:00:01;\n}\n"
            "host b { hardware ethernet 52:54:00:00:00:02; }\n"_s,
            {u"1 52:54:00:00:00:01 alpha; -"_s, u"5 52:54:00:00:00:02 b -"_s}, {u"2 e host a"_s});
    addCase("stray closing brace", u"}\nhost a { hardware ethernet 52:54:00:00:00:01; }\n"_s,
            {u"2 52:54:00:00:00:01 a -"_s}, {u"1 e"_s});
}

void TestHostImport::dhcpdConf()
{
    checkRead(Format::DhcpdConf);
}

void TestHostImport::dnsmasq_data()
{
    addColumns();
    addCase("conf line", u"dhcp-host=52:54:00:00:00:01,pc1,10.0.0.11,12h\n"_s,
            {u"1 52:54:00:00:00:01 pc1 10.0.0.11"_s}, {});
    addCase("fields in any order, quotes, comments, other lines ignored",
            u"# dnsmasq.conf\ninterface=eth1\ndhcp-range=10.0.0.100,10.0.0.199,12h\n"
            "dhcp-host=10.0.0.12,52:54:00:00:00:02,infinite,pc2 # the build box\n"
            "  dhcp-host=\"52:54:00:00:00:03,pc3\"\n"
            "#dhcp-host=52:54:00:00:00:04,off\n"_s,
            {u"4 52:54:00:00:00:02 pc2 10.0.0.12"_s, u"5 52:54:00:00:00:03 pc3 -"_s}, {});
    addCase("several MACs: one host each, one warning",
            u"dhcp-host=52:54:00:00:00:01,52:54:00:00:00:02,pc,10.0.0.5\n"_s,
            {u"1 52:54:00:00:00:01 pc 10.0.0.5"_s, u"1 52:54:00:00:00:02 pc 10.0.0.5"_s},
            {u"1 w dhcp-host pc"_s});
    addCase("tags and client ID are skipped with warnings",
            u"dhcp-host=set:lab,52:54:00:00:00:01,id:01:52:54:00:00:00:01,pc,tag:!known\n"_s,
            {u"1 52:54:00:00:00:01 pc -"_s}, {u"1 w dhcp-host pc"_s, u"1 w dhcp-host pc"_s});
    addCase("id:* and lease times say nothing", u"dhcp-host=52:54:00:00:00:01,id:*,pc,45m\n"_s,
            {u"1 52:54:00:00:00:01 pc -"_s}, {});
    addCase("ignore skips the host",
            u"dhcp-host=52:54:00:00:00:01,ignore\ndhcp-host=52:54:00:00:00:02,pc2\n"_s,
            {u"2 52:54:00:00:00:02 pc2 -"_s}, {u"1 w dhcp-host"_s});
    addCase("no MAC", u"dhcp-host=pc,10.0.0.5\ndhcp-host=52:54:00:00:00:02,pc2\n"_s,
            {u"2 52:54:00:00:00:02 pc2 -"_s}, {u"1 w dhcp-host pc"_s});
    addCase("wildcard MAC", u"dhcp-host=52:54:00:*:*:*,10.0.0.5\ndhcp-host=52:54:00:00:00:02\n"_s,
            {u"2 52:54:00:00:00:02 - -"_s}, {u"1 w dhcp-host"_s});
    addCase("other hardware type", u"dhcp-host=06-00:20:e0:3b:13:af,10.0.0.5\n"_s, {},
            {u"1 e dhcp-host"_s});
    addCase("IPv6 address", u"dhcp-host=52:54:00:00:00:01,[::5],pc\n"_s,
            {u"1 52:54:00:00:00:01 pc -"_s}, {u"1 w dhcp-host pc"_s});
    addCase("command line",
            u"dnsmasq -d --dhcp-range=10.0.0.100,10.0.0.199 --dhcp-host=52:54:00:00:00:01,pc1 "
            "--dhcp-host '52:54:00:00:00:02,pc2,10.0.0.2' \\\n"
            "  --dhcp-host=\"52:54:00:00:00:03,pc3\" --dhcp-hostsfile=/etc/hosts.d\n"_s,
            {u"1 52:54:00:00:00:01 pc1 -"_s, u"1 52:54:00:00:00:02 pc2 10.0.0.2"_s,
             u"2 52:54:00:00:00:03 pc3 -"_s},
            {});
    addCase(
        "duplicates are warnings",
        u"dhcp-host=52:54:00:00:00:01,pc,10.0.0.1\ndhcp-host=52:54:00:00:00:01,pc2,10.0.0.1\n"_s,
        {u"1 52:54:00:00:00:01 pc 10.0.0.1"_s, u"2 52:54:00:00:00:01 pc2 10.0.0.1"_s},
        {u"2 w dhcp-host pc2"_s, u"2 w dhcp-host pc2"_s});
    addCase("truncated: cut mid-MAC", u"dhcp-host=52:54:00:00:00:01,pc1\ndhcp-host=52:54:00:0"_s,
            {u"1 52:54:00:00:00:01 pc1 -"_s}, {u"2 e dhcp-host"_s});
    addCase("truncated: unterminated quote", u"dhcp-host=\"52:54:00:00:00:01,pc1"_s,
            {u"1 52:54:00:00:00:01 pc1 -"_s}, {u"1 w dhcp-host pc1"_s});
}

void TestHostImport::dnsmasq()
{
    checkRead(Format::Dnsmasq);
}

void TestHostImport::table_data()
{
    addColumns();
    addCase("tab-separated with a header",
            u"MAC\tHostname\tIP\tMenu\tBoot file\tNotes\n"
            "52:54:00:00:00:01\tpc1\t10.0.0.11\tinstall\tgrubx64.efi\track 3\n"_s,
            {u"2 52:54:00:00:00:01 pc1 10.0.0.11 menu=install boot=grubx64.efi notes=rack 3"_s},
            {});
    addCase("header in any order and case",
            u"Name,IP Address,mac address,PROFILE\npc1,10.0.0.1,52-54-00-00-00-01,rescue\n"_s,
            {u"2 52:54:00:00:00:01 pc1 10.0.0.1 menu=rescue"_s}, {});
    addCase("German header with semicolons",
            u"Name;Adresse;MAC-Adresse;Bemerkung\npc1;10.0.0.1;52:54:00:00:00:01;Raum 3, links\n"_s,
            {u"2 52:54:00:00:00:01 pc1 10.0.0.1 notes=Raum 3, links"_s}, {});
    addCase("no header: columns by content",
            u"pc1,52:54:00:00:00:01,10.0.0.1,rack 3,blue\npc2,52:54:00:00:00:02,,rack 4,\n"_s,
            {u"1 52:54:00:00:00:01 pc1 10.0.0.1 notes=rack 3; blue"_s,
             u"2 52:54:00:00:00:02 pc2 - notes=rack 4"_s},
            {});
    addCase("quotes with \"\" escapes",
            u"mac,name,notes\n\"52:54:00:00:00:01\",\"pc1\",\"says \"\"hi\"\", twice\"\n"_s,
            {u"2 52:54:00:00:00:01 pc1 - notes=says \"hi\", twice"_s}, {});
    addCase("quoted line break",
            u"mac,notes\n52:54:00:00:00:01,\"two\nlines\"\n52:54:00:00:00:02,x\n"_s,
            {u"2 52:54:00:00:00:01 - - notes=two\nlines"_s, u"4 52:54:00:00:00:02 - - notes=x"_s},
            {});
    addCase("bad MAC: that row is a problem, the others import",
            u"mac,name\n52:54:00:00:00:01,pc1\nzz:54:00:00:00:02,pc2\n52:54:00:00:00:03,pc3\n"_s,
            {u"2 52:54:00:00:00:01 pc1 -"_s, u"4 52:54:00:00:00:03 pc3 -"_s},
            {u"3 e row 3, column 1 (mac)"_s});
    addCase("bad MAC without a header",
            u"pc1,52:54:00:00:00:01\npc2,52:54:00:00:0\npc3,52:54:00:00:00:03\n"_s,
            {u"1 52:54:00:00:00:01 pc1 -"_s, u"3 52:54:00:00:00:03 pc3 -"_s},
            {u"2 e row 2, column 2"_s});
    addCase("empty MAC cell", u"mac,name\n,pc2\n52:54:00:00:00:03,pc3\n"_s,
            {u"3 52:54:00:00:00:03 pc3 -"_s}, {u"2 e row 2, column 1 (mac)"_s});
    addCase("bad address keeps the host", u"mac,ip\n52:54:00:00:00:01,10.0.0.300\n"_s,
            {u"2 52:54:00:00:00:01 - -"_s}, {u"2 w row 2, column 2 (ip)"_s});
    addCase("list of MACs", u"52:54:00:00:00:01\n52:54:00:00:00:02\n"_s,
            {u"1 52:54:00:00:00:01 - -"_s, u"2 52:54:00:00:00:02 - -"_s}, {});
    addCase("columns split by spaces", u"52:54:00:00:00:01   pc1  10.0.0.1\n"_s,
            {u"1 52:54:00:00:00:01 pc1 10.0.0.1"_s}, {});
    addCase("unknown header column", u"mac,name,colour\n52:54:00:00:00:01,pc1,blue\n"_s,
            {u"2 52:54:00:00:00:01 pc1 -"_s}, {u"1 w row 1"_s});
    addCase("header of unknown names", u"Gerät,Ort\n52:54:00:00:00:01,pc1\n"_s,
            {u"2 52:54:00:00:00:01 pc1 -"_s}, {u"1 w row 1"_s});
    addCase("blank rows still count", u"mac\n\n52:54:00:00:00:01\n"_s,
            {u"3 52:54:00:00:00:01 - -"_s}, {});
    addCase("byte order mark and Windows line ends",
            u"\ufeffmac;name\r\n52:54:00:00:00:01;pc1\r\n"_s, {u"2 52:54:00:00:00:01 pc1 -"_s}, {});
    addCase("duplicate host name in another case",
            u"52:54:00:00:00:01,pc1\n52:54:00:00:00:02,PC1\n"_s,
            {u"1 52:54:00:00:00:01 pc1 -"_s, u"2 52:54:00:00:00:02 PC1 -"_s}, {u"2 w row 2"_s});
    addCase("no MAC column", u"pc1,10.0.0.1\npc2,10.0.0.2\n"_s, {}, {u"1 e"_s});
    addCase("truncated: unterminated quote",
            u"mac,notes\n52:54:00:00:00:01,\"open\n52:54:00:00:00:02,fine\n"_s,
            {u"2 52:54:00:00:00:01 - - notes=open"_s, u"3 52:54:00:00:00:02 - - notes=fine"_s},
            {u"2 e row 2"_s});
    addCase("truncated: half a row", u"mac,name,ip\n52:54:00:00:00:01,pc1,10.0.0.1\n52:54:00:0"_s,
            {u"2 52:54:00:00:00:01 pc1 10.0.0.1"_s}, {u"3 e row 3, column 1 (mac)"_s});
}

void TestHostImport::table()
{
    checkRead(Format::Table);
}

void TestHostImport::referenceFile()
{
    // The dhcpd.conf of the reference blog post: nine hosts whose addresses
    // the post left blank. They must all come in, each flagged, none failing.
    QFile file(QStringLiteral(RACKSIDE_TEST_DATA "/reference-dhcpd.conf"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    const HostImport result = HostImport::read(text, u"reference-dhcpd.conf"_s);

    QCOMPARE(result.format, Format::DhcpdConf);
    QVERIFY2(!result.hasErrors(), qPrintable(problemsToString(result.problems)));
    const QStringList expected {
        u"mp 00:23:32:2f:40:3c"_s,  u"mm1 a8:20:66:34:ff:e9"_s,  u"mm2 a8:20:66:4a:ce:46"_s,
        u"mm3 a8:20:66:4a:d9:da"_s, u"smpc 00:30:48:fb:e2:44"_s, u"sm1 00:25:90:96:c4:9a"_s,
        u"sm2 00:25:90:96:c6:5a"_s, u"d1 bc:30:5b:e5:73:b7"_s,   u"d2 bc:30:5b:e5:75:28"_s,
    };
    QStringList got;
    for (const ImportedHost &imported : result.hosts) {
        got.append(imported.host.hostname % u' ' % imported.host.mac.toString());
        QVERIFY(imported.host.ip.isNull());
        QVERIFY(imported.host.bootFile.isEmpty()); // the classes' filenames are not the hosts'
    }
    QCOMPARE(got, expected);

    const QStringList lines = text.split(u'\n');
    QCOMPARE(result.problems.size(), 9);
    for (qsizetype i = 0; i < result.problems.size(); ++i) {
        const Problem &p = result.problems.at(i);
        QVERIFY(p.isWarning());
        QCOMPARE(p.field, u"host "_s + result.hosts.at(i).host.hostname);
        QCOMPARE(lines.at(p.line - 1).trimmed(), u"fixed-address;"_s);
        QVERIFY2(p.message.contains(u"no address"_s), qPrintable(p.message));
        QCOMPARE(result.hosts.at(i).line, p.line - 2);
    }
    QVERIFY(result.problems.first().toString().startsWith(
        u"reference-dhcpd.conf:32: warning: host mp: no address"_s));
}

void TestHostImport::problemsSayWhere()
{
    const HostImport table = HostImport::read(u"mac,name\n52:54:00:00:00:01,a\n  zz:11,b\n"_s);
    QCOMPARE(table.problems.size(), 1);
    const Problem bad = table.problems.first();
    QCOMPARE(bad.line, 3);
    QCOMPARE(bad.column, 3);
    QCOMPARE(bad.field, u"row 3, column 1 (mac)"_s);
    QVERIFY2(bad.message.contains(u"\"zz:11\" is not a MAC address"_s), qPrintable(bad.message));

    const HostImport conf = HostImport::read(u"\n\nhost x { fixed-address 10.0.0.1; }\n"
                                             "host y { hardware ethernet 0:1:2:3:4:5; }"_s);
    QCOMPARE(conf.hosts.size(), 1);
    QCOMPARE(conf.hosts.first().host.mac.toString(), u"00:01:02:03:04:05"_s);
    QCOMPARE(conf.problems.size(), 1);
    QVERIFY2(conf.problems.first().message.contains(u"line 3"_s),
             qPrintable(conf.problems.first().message));

    const HostImport dup = HostImport::read(u"52:54:00:00:00:01,a\n52:54:00:00:00:01,b\n"_s);
    QCOMPARE(dup.problems.size(), 1);
    QVERIFY2(dup.problems.first().message.contains(u"line 1"_s),
             qPrintable(dup.problems.first().message));
    QCOMPARE(dup.hostValues().size(), 2);
}

void TestHostImport::hostile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Format>("format"); // Unknown: detect
    QTest::addColumn<int>("hosts"); // -1: any number
    QTest::addColumn<int>("errors"); // 0: none, 1: some, -1: either
    QTest::addColumn<int>("maxProblems");

    constexpr int many = 10000;
    static constexpr char16_t utf16[] = u"host a { hardware ethernet 52:54:00:00:00:01; }";
    const QString mb(1 << 20, u'x');
    const auto row = [](const char *name, const QString &text, Format format, int hosts, int errors,
                        int maxProblems) {
        QTest::newRow(name) << text << format << hosts << errors << maxProblems;
    };
    row("dhcpd: 10,000 hosts",
        generated(many, u"host pc$n { hardware ethernet $mac; fixed-address $ip; }\n"_s),
        Format::Unknown, many, 0, 0);
    row("dhcpd: 10,000 hosts without addresses",
        generated(many, u"host pc$n {\n  hardware ethernet $mac;\n  fixed-address;\n}\n"_s),
        Format::Unknown, many, 0, many);
    row("dnsmasq: 10,000 hosts", generated(many, u"dhcp-host=$mac,pc$n,$ip\n"_s), Format::Unknown,
        many, 0, 0);
    row("table: 10,000 rows", u"mac\tname\tip\n"_s + generated(many, u"$mac\tpc$n\t$ip\n"_s),
        Format::Unknown, many, 0, 0);
    row("1 MB line of nothing", mb, Format::Unknown, 0, 1, 1);
    row("1 MB line read as dhcpd.conf", mb, Format::DhcpdConf, 0, 0, 1);
    row("1 MB line read as a table", mb, Format::Table, 0, 1, 1);
    row("dhcpd: 1 MB comment, then a host",
        u"# "_s + mb + u"\nhost a { hardware ethernet 52:54:00:00:00:01; }\n"_s, Format::Unknown, 1,
        0, 0);
    row("dhcpd: 1 MB host name", u"host "_s + mb + u" { hardware ethernet 52:54:00:00:00:01; }"_s,
        Format::Unknown, 1, 0, 0);
    row("dnsmasq: 1 MB of fields",
        u"dhcp-host=52:54:00:00:00:01,"_s + QString(u"name,"_s).repeated(200000), Format::Unknown,
        1, 0, 12);
    row("table: 1 MB cell", u"mac,notes\n52:54:00:00:00:01,"_s + mb, Format::Unknown, 1, 0, 0);
    row("table: 1 MB in an unclosed quote", u"mac,notes\n52:54:00:00:00:01,\""_s + mb,
        Format::Unknown, 1, 1, 1);
    row("table: 1 MB of separators", u"52:54:00:00:00:01"_s + QString(1 << 20, u','),
        Format::Unknown, 1, 0, 1);
    row("NUL bytes in a dhcpd.conf", u"host a {\0 hardware ethernet 52:54:00:00:00:01;\0\n}\0\n"_s,
        Format::Unknown, 1, 0, 1);
    row("NUL bytes in a table", u"mac,name\n52:54:00:00:00:01,p\0c\n"_s, Format::Unknown, 1, 0, 1);
    row("NUL padding after a crash",
        u"dhcp-host=52:54:00:00:00:01,pc1\n"_s + QString(4096, QChar(u'\0')), Format::Unknown, 1, 0,
        1);
    row("100,000 open braces", QString(100000, u'{'), Format::DhcpdConf, 0, 1, 1);
    row("100,000 closing braces", QString(100000, u'}'), Format::DhcpdConf, 0, 1, 21);
    row("a host 50,000 blocks deep",
        QString(50000, u'{') + u"host a { hardware ethernet 52:54:00:00:00:01; }"_s
            + QString(50000, u'}'),
        Format::DhcpdConf, 1, 0, 0);
    row("binary garbage", garbage(1 << 16, 2, false), Format::Unknown, 0, 1, 1);
    row("binary garbage as UTF-8", QString::fromUtf8(garbage(1 << 16, 3, false).toLatin1()),
        Format::Unknown, 0, 1, 1);
    row("UTF-16 read as 8-bit text",
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(utf16), sizeof(utf16) - 2)),
        Format::Unknown, 0, 1, 1);
    for (const Format format :
         {Format::Unknown, Format::DhcpdConf, Format::Dnsmasq, Format::Table}) {
        const QByteArray name = "printable garbage as " + HostImport::formatName(format).toUtf8();
        QTest::newRow(name.constData())
            << garbage(1 << 18, 4, true) << format << -1 << -1 << (1 << 18);
    }
}

void TestHostImport::hostile()
{
    QFETCH(QString, text);
    QFETCH(Format, format);
    QFETCH(int, hosts);
    QFETCH(int, errors);
    QFETCH(int, maxProblems);

    QElapsedTimer timer;
    timer.start();
    const HostImport result = HostImport::read(text, format);
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < fastMs, qPrintable(u"took %1 ms"_s.arg(ms)));

    if (hosts >= 0)
        QCOMPARE(result.hosts.size(), hosts);
    if (errors >= 0)
        QCOMPARE(result.hasErrors(), errors == 1);
    QVERIFY2(result.problems.size() <= maxProblems,
             qPrintable(u"%1 problems, first: %2"_s.arg(result.problems.size())
                            .arg(result.problems.value(0).toString())));
    // Whatever came in is usable, and whatever did not is said in words.
    for (const ImportedHost &imported : result.hosts)
        QVERIFY(imported.line > 0);
    for (const Problem &p : result.problems)
        QVERIFY2(p.message.size() > 10 && p.message.size() < 1000, qPrintable(p.message.left(100)));
    if (result.hosts.isEmpty())
        QVERIFY(!result.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostImport)
#include "tst_hostimport.moc"
