// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/pxelinuxconfig.h"

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
         u"console=ttyS0   auto=true url=http://{server}/preseed/{mac}.cfg hostname={hostname}"_s},
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

class TestPxelinuxConfig : public QObject
{
    Q_OBJECT

private slots:
    void renders_data()
    {
        QTest::addColumn<Menu>("menu");
        QTest::addColumn<Machine>("machine");
        QTest::addColumn<QString>("goldenFile");
        QTest::newRow("known machine") << installMenu() << knownMachine() << u"install-known.pxelinux"_s;
        QTest::newRow("unknown machine") << installMenu() << Machine() << u"install-unknown.pxelinux"_s;
        QTest::newRow("single entry") << installMenu().only(u"rescue"_s) << knownMachine()
                                      << u"rescue-only.pxelinux"_s;
        Menu empty;
        empty.name = u"empty"_s;
        QTest::newRow("no entries") << empty << Machine() << u"empty.pxelinux"_s;
    }
    void renders()
    {
        QFETCH(Menu, menu);
        QFETCH(Machine, machine);
        QFETCH(QString, goldenFile);
        const QByteArray expected = golden(goldenFile);
        QVERIFY2(!expected.isEmpty(), qPrintable(goldenFile));
        QCOMPARE(QString::fromUtf8(PxelinuxConfig::render(menu, machine)),
                 QString::fromUtf8(expected));
    }

    void timeouts_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("tenths");
        QTest::newRow("forever") << Menu::waitForever << 0;
        QTest::newRow("at once") << 0 << 1;
        QTest::newRow("five") << 5 << 50;
        QTest::newRow("largest") << Menu::maxTimeout << 35990;
    }
    void timeouts()
    {
        QFETCH(int, seconds);
        QFETCH(int, tenths);
        QCOMPARE(PxelinuxConfig::timeoutTenths(seconds), tenths);
        QVERIFY(tenths <= 35996); // PXELINUX's own limit
    }

    void lineBreaksCannotAddDirectives_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("title") << 0;
        QTest::newRow("kernel") << 1;
        QTest::newRow("initrd") << 2;
        QTest::newRow("arguments") << 3;
        QTest::newRow("name") << 4;
    }
    void lineBreaksCannotAddDirectives()
    {
        QFETCH(int, field);
        Menu menu = installMenu();
        MenuEntry &entry = menu.entries[0];
        const QString evil = u"x\nKERNEL evil\r\nLABEL y"_s;
        switch (field) {
        case 0: entry.title = evil; break;
        case 1: entry.kernel = evil; break;
        case 2: entry.initrds = {evil}; break;
        case 3: entry.arguments = evil; break;
        case 4: entry.name = evil; break;
        }
        const QStringList lines = QString::fromUtf8(PxelinuxConfig::render(menu, knownMachine()))
                                      .split(u'\n');
        for (const QString &line : lines) {
            QVERIFY2(!line.startsWith(u"KERNEL evil"_s), qPrintable(line));
            QVERIFY2(!line.startsWith(u"LABEL y"_s), qPrintable(line));
        }
        const auto labels = std::count_if(lines.begin(), lines.end(),
                                          [](const QString &line) { return line.startsWith(u"LABEL "_s); });
        QCOMPARE(int(labels), int(menu.entries.size()));
    }
};

QTEST_GUILESS_MAIN(TestPxelinuxConfig)
#include "tst_pxelinuxconfig.moc"
