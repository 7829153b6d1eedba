// SPDX-License-Identifier: GPL-3.0-or-later
// One session, event by event: which stage each file belongs to, and the
// edges of the state machine (transfers nobody announced, hand-over timing).
#include "timeline/bootsession.h"
#include "timeline/stagereport.h"
#include "timeline/stagerules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Timeline;
using Stage = BootSession::Stage;
using Kind = BootEvent::Kind;

namespace {

BootEvent tftp(qint64 t, Kind kind, const QString &path, qint64 bytes = -1, qint64 size = -1,
               const QString &summary = {})
{
    BootEvent e;
    e.msecs = t;
    e.mac = Net::MacAddress({0x52, 0x54, 0, 1, 2, 3});
    e.protocol = BootEvent::Protocol::Tftp;
    e.kind = kind;
    e.path = path;
    e.bytes = bytes;
    e.size = size;
    e.summary = summary;
    return e;
}

void fetch(BootSession &s, const StageRules &rules, qint64 t, const QString &path, qint64 size,
           BootEvent::Protocol protocol = BootEvent::Protocol::Tftp)
{
    for (const Kind kind : {Kind::Read, Kind::Sent}) {
        BootEvent e = tftp(t, kind, path, kind == Kind::Sent ? size : 0, size);
        e.protocol = protocol;
        s.apply(e, rules);
        t += 10;
    }
}

} // namespace

class TestBootSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("bootFile");
        QTest::addColumn<QStringList>("before"); // files fetched before, in order
        QTest::addColumn<QString>("stage"); // empty: no stage

        const QString grubEfi = u"boot/grub/x86_64-efi/core.efi"_s;
        const QStringList loaderIn{grubEfi};
        const QStringList kernelIn{grubEfi, u"boot/debian/vmlinuz"_s};
        QTest::newRow("the boot file") << grubEfi << grubEfi << QStringList() << u"boot loader"_s;
        QTest::newRow("boot file, other spelling") << u"/boot\\grub\\x86_64-efi\\CORE.EFI"_s << grubEfi
                                                   << QStringList() << u"boot loader"_s;
        QTest::newRow("first file, no DHCP seen") << u"whatever.bin"_s << QString() << QStringList() << u"boot loader"_s;
        QTest::newRow("first file when a boot file is known") << u"whatever.bin"_s << grubEfi << QStringList()
                                                              << QString();
        QTest::newRow("iPXE script as boot file") << u"boot/ipxe/menu.ipxe"_s << u"boot/ipxe/menu.ipxe"_s
                                                  << QStringList() << u"menu"_s;
        QTest::newRow("grub.cfg per MAC") << u"boot/grub/grub.cfg-01-52-54-00-01-02-03"_s << grubEfi << loaderIn
                                          << u"menu"_s;
        QTest::newRow("grub.cfg per IP") << u"boot/grub/x86_64-efi/grub.cfg-0A000065"_s << grubEfi << loaderIn
                                         << u"menu"_s;
        QTest::newRow("pxelinux default") << u"pxelinux.cfg/default"_s << u"pxelinux.0"_s
                                          << QStringList{u"pxelinux.0"_s} << u"menu"_s;
        QTest::newRow("pxelinux per MAC, in a folder") << u"bios/pxelinux.cfg/01-52-54-00-01-02-03"_s
                                                       << u"bios/pxelinux.0"_s << QStringList{u"bios/pxelinux.0"_s}
                                                       << u"menu"_s;
        QTest::newRow("syslinux.cfg") << u"syslinux.cfg"_s << grubEfi << loaderIn << u"menu"_s;
        QTest::newRow("shim chains GRUB") << u"grubx64.efi"_s << u"bootnetx64.efi"_s
                                          << QStringList{u"bootnetx64.efi"_s} << u"boot loader"_s;
        const QStringList shimIn{u"debian-installer/amd64/bootnetx64.efi"_s};
        for (const char *extra : {"revocations_sbat.efi", "revocations_sku.efi", "shim_certificate_0.efi", "BOOTX64.CSV"})
            QTest::newRow(extra) << u"debian-installer/amd64/"_s + QLatin1StringView(extra) << shimIn.first() << shimIn
                                 << QString();
        QTest::newRow("PXE chains iPXE") << u"undionly.kpxe"_s << u"pxelinux.0"_s << QStringList{u"pxelinux.0"_s}
                                         << u"boot loader"_s;
        QTest::newRow("GRUB module") << u"boot/grub/x86_64-efi/normal.mod"_s << grubEfi << loaderIn << QString();
        QTest::newRow("GRUB's linux.mod") << u"boot/grub/i386-pc/linux.mod"_s << grubEfi << loaderIn << QString();
        QTest::newRow("GRUB's linux.mod before anything") << u"boot/grub/i386-pc/linux.mod"_s << QString()
                                                          << QStringList() << QString();
        QTest::newRow("GRUB list") << u"boot/grub/x86_64-efi/command.lst"_s << grubEfi << loaderIn << QString();
        QTest::newRow("GRUB font") << u"boot/grub/fonts/unicode.pf2"_s << grubEfi << loaderIn << QString();
        QTest::newRow("ldlinux.c32") << u"ldlinux.c32"_s << u"pxelinux.0"_s << QStringList{u"pxelinux.0"_s}
                                     << QString();
        QTest::newRow("debian linux") << u"debian-installer/amd64/linux"_s << grubEfi << loaderIn << u"kernel"_s;
        QTest::newRow("vmlinuz with version") << u"boot/vmlinuz-6.12.0-1-amd64"_s << grubEfi << loaderIn
                                              << u"kernel"_s;
        QTest::newRow("bzImage") << u"bzImage"_s << grubEfi << loaderIn << u"kernel"_s;
        QTest::newRow("linuxrc is no kernel") << u"linuxrc"_s << grubEfi << loaderIn << QString();
        QTest::newRow("memtest") << u"memtest86+x64.efi"_s << grubEfi << loaderIn << u"kernel"_s;
        QTest::newRow("unified kernel image") << u"EFI/Linux/debian.efi"_s << grubEfi << loaderIn << u"kernel"_s;
        QTest::newRow("initrd.gz") << u"debian-installer/amd64/initrd.gz"_s << grubEfi << kernelIn << u"initrd"_s;
        QTest::newRow("initrd.img with version") << u"boot/initrd.img-6.12.0-1-amd64"_s << grubEfi << kernelIn
                                                 << u"initrd"_s;
        QTest::newRow("microcode") << u"boot/intel-ucode.img"_s << grubEfi << loaderIn << u"initrd"_s;
        QTest::newRow("squashfs image after the kernel") << u"live/filesystem.img"_s << grubEfi << kernelIn
                                                         << u"initrd"_s;
        QTest::newRow(".img before any kernel") << u"live/filesystem.img"_s << grubEfi << loaderIn << QString();
        QTest::newRow("a loader name after the kernel") << u"boot/grub.efi"_s << grubEfi << kernelIn << u"kernel"_s;
        QTest::newRow("HTTP URL") << u"http://10.0.0.1/boot/vmlinuz"_s << grubEfi << loaderIn << u"kernel"_s;
        QTest::newRow("site knows the kernel") << u"images/alma9/pxeboot/vm"_s << grubEfi << loaderIn << u"kernel"_s;
        QTest::newRow("site knows the initrd") << u"images/alma9/pxeboot/ir"_s << grubEfi << kernelIn
                                               << u"initrd"_s;
        QTest::newRow("registered by hand") << u"tools\\FW.BIN"_s << grubEfi << loaderIn << u"kernel"_s;
        QTest::newRow("empty path") << QString() << grubEfi << loaderIn << QString();
        QTest::newRow("hostile path") << u"../../../etc/shadow"_s << grubEfi << loaderIn << QString();
    }

    void classify()
    {
        QFETCH(QString, path);
        QFETCH(QString, bootFile);
        QFETCH(QStringList, before);
        QFETCH(QString, stage);
        StageRules rules;
        Site::Menu menu;
        menu.entries.append(Site::MenuEntry{u"alma"_s, u"AlmaLinux 9"_s, u"/images/alma9/pxeboot/vm"_s,
                                            {u"images/alma9/pxeboot/ir"_s}, u"inst.ks=..."_s});
        rules.addMenus({menu});
        rules.setFileStage(u"tools/fw.bin"_s, Stage::Kernel);
        BootSession s;
        s.bootFile = bootFile;
        qint64 t = 1000;
        for (const QString &file : before) {
            fetch(s, rules, t, file, 1000);
            t += 100;
        }
        const auto got = rules.classify(path, s);
        QCOMPARE(got ? BootSession::stageName(*got) : QString(), stage);
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"boot/grub/grub.cfg"_s << u"boot/grub/grub.cfg"_s;
        QTest::newRow("leading slashes") << u"//boot/x"_s << u"boot/x"_s;
        QTest::newRow("backslashes") << u"\\Boot\\BCD"_s << u"Boot/BCD"_s;
        QTest::newRow("URL") << u"http://10.0.0.1:8080/boot/x64.efi"_s << u"boot/x64.efi"_s;
        QTest::newRow("URL without a path") << u"http://10.0.0.1"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalize()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(StageRules::normalize(in), out);
    }

    void transferWithoutRead()
    {
        // The TFTP server reports a small file done in one go, and a refused
        // request as "failed" alone.
        StageRules rules;
        BootSession s;
        s.bootFile = u"core.0"_s;
        s.apply(tftp(100, Kind::Sent, u"core.0"_s, 512, 512), rules);
        QCOMPARE(s.transfers.size(), 1);
        QCOMPARE(s.bytes(Stage::BootLoader), 512);
        s.apply(tftp(200, Kind::Failed, u"grub.cfg"_s, -1, -1, u"no such file"_s), rules);
        QCOMPARE(s.transfers.last().outcome, BootSession::Transfer::Outcome::Failed);
        QCOMPARE(s.transfers.last().reason, u"grub.cfg: no such file"_s);
        QCOMPARE(s.state, BootSession::State::Booting);
        QVERIFY(!s.tick(5199, BootSession::Timeouts()));
        QVERIFY(s.tick(5200, BootSession::Timeouts()));
        QCOMPARE(s.failureReason(), u"grub.cfg: no such file"_s);
        // The operator typed a kernel at the GRUB prompt: the boot goes on.
        s.apply(tftp(9000, Kind::Read, u"vmlinuz"_s, 0, 100), rules);
        QCOMPARE(s.state, BootSession::State::Booting);
        QVERIFY(!s.reached(Stage::Failed));
        QCOMPARE(s.failures.size(), 1);
        QCOMPARE(s.transferInFlight()->path, u"vmlinuz"_s);
        s.apply(tftp(9500, Kind::Progress, u"vmlinuz"_s, 60, 100), rules);
        QCOMPARE(s.transferInFlight()->bytes, 60);
        QCOMPARE(s.bytes(Stage::Kernel), 0); // counted when complete
        QCOMPARE(s.span(Stage::Kernel)->endMs, -1);
        s.apply(tftp(9900, Kind::Sent, u"vmlinuz"_s, 100, 100), rules);
        QCOMPARE(s.bytes(Stage::Kernel), 100);
        QCOMPARE(s.span(Stage::Kernel)->endMs, 9900);
    }

    void handOverWaitsForTheInitrd()
    {
        StageRules rules;
        BootSession s;
        const BootSession::Timeouts timeouts;
        fetch(s, rules, 0, u"core.efi"_s, 1000);
        fetch(s, rules, 100, u"linux"_s, 5000);
        // Kernel only: GRUB may still ask for an initrd.
        QVERIFY(!s.tick(110 + timeouts.handOverMs, timeouts));
        fetch(s, rules, 6000, u"amd-ucode.img"_s, 300);
        fetch(s, rules, 6100, u"initrd.gz"_s, 9000);
        QVERIFY(!s.tick(6110 + timeouts.handOverMs - 1, timeouts));
        QVERIFY(s.tick(6110 + timeouts.handOverMs, timeouts));
        QCOMPARE(s.state, BootSession::State::HandedOver);
        QCOMPARE(s.span(Stage::HandedOver)->startMs, 6110);
        QCOMPARE(s.bytes(Stage::Initrd), 9300); // both initrds
        // The installer fetches its preseed over HTTP: the booted system at work.
        fetch(s, rules, 20'000, u"preseed/site.cfg"_s, 700, BootEvent::Protocol::Http);
        QCOMPARE(s.transfers.last().stage, std::optional(Stage::Running));
        QCOMPARE(s.bytes(Stage::Running), 700);
        QCOMPARE(s.bytes(Stage::Menu), 0);
        QCOMPARE(s.state, BootSession::State::HandedOver);
        QCOMPARE(s.stage(), Stage::Running);

        BootSession kernelOnly;
        fetch(kernelOnly, rules, 0, u"core.efi"_s, 1000);
        fetch(kernelOnly, rules, 100, u"memtest86+x64.efi"_s, 5000);
        QVERIFY(!kernelOnly.tick(110 + timeouts.kernelOnlyHandOverMs - 1, timeouts));
        QVERIFY(kernelOnly.tick(110 + timeouts.kernelOnlyHandOverMs, timeouts));
    }

    void shimChainWithoutItsExtras()
    {
        // Debian's signed chain, in the order a Secure Boot VM asked for it:
        // shim probes for optional files beside itself that are not there.
        StageRules rules;
        BootSession s;
        const BootSession::Timeouts timeouts;
        const QString dir = u"debian-installer/amd64/"_s;
        s.bootFile = dir + u"bootnetx64.efi"_s;
        fetch(s, rules, 0, dir + u"bootnetx64.efi"_s, 952'384);
        qint64 t = 100;
        for (const char *extra : {"revocations_sku.efi", "revocations_sbat.efi", "shim_certificate_0.efi"}) {
            const QString path = dir + QLatin1StringView(extra);
            s.apply(tftp(t, Kind::Failed, path, -1, -1, u"file not found"_s), rules);
            t += 10;
        }
        QVERIFY(!s.tick(t + timeouts.failedTransferMs, timeouts)); // shim goes on without them
        QVERIFY(StageRules::isOptional(s.transfers.last().path));
        fetch(s, rules, 10'000, dir + u"grubx64.efi"_s, 2'348'480);
        fetch(s, rules, 11'000, dir + u"grub/grub.cfg"_s, 200);
        fetch(s, rules, 12'000, dir + u"linux"_s, 12'000'000);
        fetch(s, rules, 13'000, dir + u"initrd.gz"_s, 40'000'000);
        QVERIFY(s.tick(13'010 + timeouts.handOverMs, timeouts));
        QCOMPARE(s.state, BootSession::State::HandedOver);
        QVERIFY(s.failures.isEmpty());
        QCOMPARE(s.bytes(Stage::BootLoader), 952'384 + 2'348'480);
        QCOMPARE(s.span(Stage::BootLoader)->path, dir + u"bootnetx64.efi"_s);
    }

    void interruptAbortsTransfers()
    {
        StageRules rules;
        BootSession s;
        fetch(s, rules, 0, u"core.efi"_s, 1000);
        fetch(s, rules, 100, u"grub.cfg"_s, 100);
        s.apply(tftp(300, Kind::Read, u"linux"_s, 0, 5000), rules);
        s.interrupt(4000);
        QCOMPARE(s.state, BootSession::State::Interrupted);
        QCOMPARE(s.transfers.last().outcome, BootSession::Transfer::Outcome::Aborted);
        QVERIFY(s.span(Stage::Kernel)->endMs >= s.span(Stage::Kernel)->startMs);
        QVERIFY(s.finished());
    }

    void reportNumbers_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << qint64(512) << qint64(40) << u"512 bytes 40 ms"_s;
        QTest::newRow("a tenth") << qint64(25) << qint64(100) << u"25 bytes 0.1 s"_s;
        QTest::newRow("clock went back") << qint64(0) << qint64(-5) << u"0 bytes 0 ms"_s;
        QTest::newRow("kernel") << qint64(12'171'200) << qint64(4'740) << u"12,171,200 bytes 4.7 s"_s;
        QTest::newRow("huge") << qint64(5'000'000'000) << qint64(600'000) << u"5,000,000,000 bytes 600.0 s"_s;
    }

    void reportNumbers()
    {
        QFETCH(qint64, bytes);
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(StageReport::bytes(bytes) + u" bytes "_s + StageReport::seconds(ms), text);
    }

    void reportIgnoresOlderSessions()
    {
        StageReport report;
        BootSession second;
        second.number = 2;
        second.arch = u"x64 UEFI"_s;
        second.hostname = u"node7"_s;
        QCOMPARE(report.newLines(second).size(), 1);
        QCOMPARE(report.newLines(second).size(), 0);
        BootSession first;
        first.number = 1;
        QCOMPARE(report.newLines(first).size(), 0);
        BootSession third;
        third.number = 3;
        const auto lines = report.newLines(third);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().text, u"session 3: started"_s);
    }
};

QTEST_GUILESS_MAIN(TestBootSession)
#include "tst_bootsession.moc"
