// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/grubconfig.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Boot;
using Site::Menu;
using Site::MenuEntry;

namespace {

Menu installMenu()
{
    Menu menu;
    menu.name = u"install"_s;
    menu.title = u"Rack install"_s;
    menu.timeout = 10;
    menu.defaultEntry = u"debian"_s;
    menu.entries = {
        {u"rescue"_s, u"Rescue shell"_s, u"debian-installer/amd64/linux"_s,
         {u"debian-installer/amd64/initrd.gz"_s}, u"rescue/enable=true console=ttyS0"_s},
        {u"debian"_s, u"Debian 13 (automatic)"_s, u"debian-installer/amd64/linux"_s,
         {u"debian-installer/amd64/initrd.gz"_s, u"extra/firmware.cpio.gz"_s},
         u"console=ttyS0 auto=true priority=critical url=http://{server}/preseed/{mac}.cfg "
         "hostname={hostname} ip={ip}"_s},
    };
    return menu;
}

Machine knownMachine()
{
    Machine machine;
    machine.server = QHostAddress(u"10.0.0.1"_s);
    machine.hostname = u"node7"_s;
    machine.mac = *Net::MacAddress::parse(u"52:54:00:12:34:56");
    machine.ip = QHostAddress(u"10.0.0.17"_s);
    return machine;
}

QByteArray golden(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/boot/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGrubConfig : public QObject
{
    Q_OBJECT

private slots:
    void renders_data()
    {
        QTest::addColumn<Menu>("menu");
        QTest::addColumn<Machine>("machine");
        QTest::addColumn<QString>("goldenFile");

        QTest::newRow("known machine") << installMenu() << knownMachine()
                                       << u"install-known.grub.cfg"_s;
        // Unknown values are left to GRUB, which knows its own MAC and address.
        QTest::newRow("unknown machine") << installMenu() << Machine() << u"install-unknown.grub.cfg"_s;
        Menu single = installMenu().only(u"rescue"_s);
        QTest::newRow("single entry") << single << knownMachine() << u"rescue-only.grub.cfg"_s;
        Menu empty;
        empty.name = u"empty"_s;
        QTest::newRow("no entries") << empty << Machine() << u"empty.grub.cfg"_s;
        Menu waiting = installMenu();
        waiting.timeout = Menu::waitForever;
        waiting.defaultEntry.clear();
        waiting.title.clear();
        waiting.entries.removeLast();
        QTest::newRow("wait forever") << waiting << knownMachine() << u"forever.grub.cfg"_s;
    }
    void renders()
    {
        QFETCH(Menu, menu);
        QFETCH(Machine, machine);
        QFETCH(QString, goldenFile);
        const QByteArray expected = golden(goldenFile);
        QVERIFY2(!expected.isEmpty(), qPrintable(goldenFile));
        QCOMPARE(QString::fromUtf8(GrubConfig::render(menu, machine)), QString::fromUtf8(expected));
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");

        QTest::newRow("plain") << u"console=ttyS0,115200n8"_s << u"console=ttyS0,115200n8"_s;
        QTest::newRow("path") << u"/boot/vmlinuz-6.12"_s << u"/boot/vmlinuz-6.12"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("space") << u"Debian 13"_s << u"'Debian 13'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("only a quote") << u"'"_s << u"''\\'''"_s;
        QTest::newRow("dollar stays literal") << u"$prefix"_s << u"'$prefix'"_s;
        QTest::newRow("variable braces") << u"${root}"_s << u"'${root}'"_s;
        QTest::newRow("semicolon") << u"a;reboot"_s << u"'a;reboot'"_s;
        QTest::newRow("brace ends the entry") << u"}"_s << u"'}'"_s;
        QTest::newRow("newline") << u"a\nlinux /evil"_s << u"'a\nlinux /evil'"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"'a\\b'"_s;
        QTest::newRow("double quote") << u"a\"b"_s << u"'a\"b'"_s;
        QTest::newRow("hash") << u"#x"_s << u"'#x'"_s;
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QCOMPARE(GrubConfig::word(text), word);
    }

    void unknownVariablesBecomeGrubVariables_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("word");
        QTest::newRow("mac") << u"BOOTIF={mac}"_s << u"BOOTIF=\"${net_default_mac}\""_s;
        QTest::newRow("ip") << u"ip={ip}"_s << u"ip=\"${net_default_ip}\""_s;
        QTest::newRow("server in url") << u"url=http://{server}/x?a b"_s
                                       << u"url=http://\"${net_default_server}\"'/x?a b'"_s;
        QTest::newRow("hostname is empty") << u"hostname={hostname}"_s << u"hostname="_s;
        QTest::newRow("not a variable") << u"{other}"_s << u"'{other}'"_s;
        QTest::newRow("unterminated") << u"{mac"_s << u"'{mac'"_s;
    }
    void unknownVariablesBecomeGrubVariables()
    {
        QFETCH(QString, argument);
        QFETCH(QString, word);
        QCOMPARE(GrubConfig::word(Machine().expand(argument)), word);
    }

    void hostileTitleCannotAddCommands()
    {
        Menu menu = installMenu();
        menu.name = u"x\nreboot"_s;
        menu.entries[0].title = u"t' { reboot } '"_s;
        menu.entries[0].arguments = u"a'b\n}\nmenuentry"_s;
        const QString text = QString::fromUtf8(GrubConfig::render(menu, knownMachine()));
        // Every line outside quotes is one we wrote.
        QVERIFY(!text.contains(u"\nreboot"_s));
        QVERIFY(text.contains(u"menuentry 't'\\'' { reboot } '\\''' --id rescue {"_s));
        QVERIFY(text.contains(u"'a'\\''b' '}' menuentry"_s));
    }

    void kernelsOverHttp()
    {
        const QByteArray known = GrubConfig::render(installMenu(), knownMachine(), {}, true);
        // Before any entry: the root every path is on becomes Rackside's HTTP server.
        const qsizetype root = known.indexOf("insmod http\nset root=(http,10.0.0.1)\n");
        QVERIFY2(root > 0 && root < known.indexOf("menuentry"), known.constData());
        QVERIFY(known.contains("linux /debian-installer/amd64/linux"));
        // Unknown server: GRUB's own, the one it was booted from.
        const QByteArray unknown = GrubConfig::render(installMenu(), Machine(), {}, true);
        QVERIFY2(unknown.contains("set root=(http,\"${net_default_server}\")\n"), unknown.constData());
        QVERIFY(!GrubConfig::render(installMenu(), knownMachine()).contains("http,"));
    }
};

QTEST_GUILESS_MAIN(TestGrubConfig)
#include "tst_grubconfig.moc"
