// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/configname.h"
#include "boot/efiimage.h"
#include "boot/machine.h"
#include "site/menu.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Boot;
using Site::Menu;
using Site::MenuEntry;

namespace {

const QString signedChain =
    u"/usr/lib/debian-installer/images/13/amd64/text/debian-installer/amd64/"_s;

Menu twoEntries()
{
    Menu menu;
    menu.name = u"m"_s;
    menu.timeout = 7;
    menu.entries = {{u"a"_s, u"A"_s, u"k"_s, {}, u"x"_s}, {u"b"_s, u"B"_s, u"k"_s, {u"i"_s}, {}}};
    return menu;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

EfiImage inspectBytes(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return EfiImage::inspect(buffer);
}

} // namespace

class TestBootMenu : public QObject
{
    Q_OBJECT

private slots:
    void defaultEntry()
    {
        Menu menu = twoEntries();
        QCOMPARE(menu.defaultIndex(), 0);
        menu.defaultEntry = u"b"_s;
        QCOMPARE(menu.defaultIndex(), 1);
        menu.defaultEntry = u"gone"_s;
        QCOMPARE(menu.defaultIndex(), 0);
        QCOMPARE(Menu().defaultIndex(), -1);
        QVERIFY(menu.entry(u"b"_s));
        QVERIFY(!menu.entry(u"c"_s));
    }

    void singleEntryBootsAtOnce()
    {
        const Menu only = twoEntries().only(u"b"_s);
        QCOMPARE(only.entries.size(), 1);
        QCOMPARE(only.entries.first().name, u"b"_s);
        QCOMPARE(only.defaultEntry, u"b"_s);
        QCOMPARE(only.timeout, 0);
        QVERIFY(twoEntries().only(u"zzz"_s).entries.isEmpty());
    }

    void substitution_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("known");
        QTest::addColumn<int>("unknownPieces");
        QTest::newRow("none") << u"quiet"_s << u"quiet"_s << 0;
        QTest::newRow("all") << u"{server} {hostname} {mac} {ip}"_s
                             << u"10.0.0.1 n1 52:54:00:00:00:01 10.0.0.9"_s << 3;
        QTest::newRow("twice") << u"{mac}{mac}"_s << u"52:54:00:00:00:0152:54:00:00:00:01"_s << 2;
        QTest::newRow("unknown name") << u"{serverx}"_s << u"{serverx}"_s << 0;
        QTest::newRow("open brace") << u"{"_s << u"{"_s << 0;
        QTest::newRow("nested") << u"{{ip}}"_s << u"{10.0.0.9}"_s << 1;
        QTest::newRow("case matters") << u"{MAC}"_s << u"{MAC}"_s << 0;
    }
    void substitution()
    {
        QFETCH(QString, text);
        QFETCH(QString, known);
        QFETCH(int, unknownPieces);
        Machine machine;
        machine.server = QHostAddress(u"10.0.0.1"_s);
        machine.hostname = u"n1"_s;
        machine.mac = *Net::MacAddress::parse(u"52:54:00:00:00:01");
        machine.ip = QHostAddress(u"10.0.0.9"_s);
        QCOMPARE(machine.substitute(text), known);
        const QList<Machine::Piece> pieces = Machine().expand(text);
        const auto unknown = std::count_if(pieces.begin(), pieces.end(),
                                           [](const Machine::Piece &p) { return p.unknown.has_value(); });
        QCOMPARE(int(unknown), unknownPieces);
    }

    void configNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("loader");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("value");
        const int none = int(ConfigName::Loader::None), grub = int(ConfigName::Loader::Grub),
                  pxe = int(ConfigName::Loader::Pxelinux);
        const int generic = int(ConfigName::Key::Generic), mac = int(ConfigName::Key::Mac),
                  ip = int(ConfigName::Key::Ip), partial = int(ConfigName::Key::PartialIp),
                  other = int(ConfigName::Key::Other);
        QTest::newRow("grub prefix") << u"boot/grub/grub.cfg"_s << grub << generic << QString();
        QTest::newRow("grub platform") << u"boot/grub/x86_64-efi/grub.cfg"_s << grub << generic << QString();
        QTest::newRow("signed grub") << u"debian-installer/amd64/grub/x86_64-efi/grub.cfg"_s << grub
                                     << generic << QString();
        QTest::newRow("grub mac") << u"boot/grub/grub.cfg-01-52-54-00-12-34-56"_s << grub << mac
                                  << u"52:54:00:12:34:56"_s;
        QTest::newRow("grub mac upper") << u"boot/grub/grub.cfg-01-52-54-00-AB-CD-EF"_s << grub << mac
                                        << u"52:54:00:ab:cd:ef"_s;
        QTest::newRow("grub ip") << u"boot/grub/grub.cfg-0A000011"_s << grub << ip << u"10.0.0.17"_s;
        QTest::newRow("grub ip lower") << u"boot/grub/grub.cfg-0a000011"_s << grub << ip << u"10.0.0.17"_s;
        QTest::newRow("grub shortened ip") << u"boot/grub/grub.cfg-0A00001"_s << grub << partial << QString();
        QTest::newRow("grub one digit") << u"boot/grub/grub.cfg-0"_s << grub << partial << QString();
        QTest::newRow("grub uuid") << u"boot/grub/grub.cfg-7726a678-7fc0-4853-a4f6-c85ac36a120a"_s
                                   << grub << other << QString();
        QTest::newRow("grub zero mac") << u"boot/grub/grub.cfg-01-00-00-00-00-00-00"_s << grub << other << QString();
        QTest::newRow("grub nine hex") << u"boot/grub/grub.cfg-0A0000110"_s << grub << other << QString();
        QTest::newRow("grub empty key") << u"boot/grub/grub.cfg-"_s << grub << other << QString();
        QTest::newRow("not a grub folder") << u"srv/grub.cfg"_s << none << other << QString();
        QTest::newRow("too deep") << u"grub/a/b/grub.cfg"_s << none << other << QString();
        QTest::newRow("root grub.cfg") << u"grub.cfg"_s << none << other << QString();
        QTest::newRow("grub module") << u"boot/grub/x86_64-efi/normal.mod"_s << none << other << QString();
        QTest::newRow("pxelinux default") << u"pxelinux.cfg/default"_s << pxe << generic << QString();
        QTest::newRow("pxelinux mac") << u"pxelinux.cfg/01-52-54-00-12-34-56"_s << pxe << mac
                                      << u"52:54:00:12:34:56"_s;
        QTest::newRow("pxelinux ip") << u"d/pxelinux.cfg/C0A80002"_s << pxe << ip << u"192.168.0.2"_s;
        QTest::newRow("pxelinux partial") << u"pxelinux.cfg/C0A8"_s << pxe << partial << QString();
        QTest::newRow("pxelinux other") << u"pxelinux.cfg/menu.c32"_s << pxe << other << QString();
        QTest::newRow("arp type 6") << u"pxelinux.cfg/06-52-54-00-12-34-56"_s << pxe << other << QString();
    }
    void configNames()
    {
        QFETCH(QString, path);
        QFETCH(int, loader);
        QFETCH(int, key);
        QFETCH(QString, value);
        const ConfigName name = ConfigName::parse(path);
        QCOMPARE(int(name.loader), loader);
        if (loader != int(ConfigName::Loader::None))
            QCOMPARE(int(name.key), key);
        if (key == int(ConfigName::Key::Mac))
            QCOMPARE(name.mac.toString(), value);
        if (key == int(ConfigName::Key::Ip))
            QCOMPARE(name.ip.toString(), value);
    }

    void realEfiImages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("isSigned");
        QTest::addColumn<bool>("microsoft");
        QTest::newRow("Debian shim") << signedChain + u"bootnetx64.efi"_s << int(EfiImage::Kind::Shim)
                                     << true << true;
        QTest::newRow("Debian signed GRUB") << signedChain + u"grubx64.efi"_s
                                            << int(EfiImage::Kind::Grub) << true << false;
        QTest::newRow("iPXE") << u"/usr/lib/ipxe/ipxe.efi"_s << int(EfiImage::Kind::Ipxe) << false << false;
        QTest::newRow("BIOS PXELINUX") << u"/usr/lib/PXELINUX/pxelinux.0"_s << int(EfiImage::Kind::NotEfi)
                                       << false << false;
        QTest::newRow("no such file") << u"/nonexistent.efi"_s << int(EfiImage::Kind::NotEfi) << false << false;
    }
    void realEfiImages()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(bool, isSigned);
        QFETCH(bool, microsoft);
        if (!path.startsWith(u"/nonexistent"_s))
            QVERIFY2(QFile::exists(path), qPrintable(path + u" is missing: its package is in tools/packages"_s));
        const EfiImage image = EfiImage::inspect(path);
        QCOMPARE(int(image.kind), kind);
        QCOMPARE(image.isSigned, isSigned);
        QCOMPARE(image.signedByMicrosoft, microsoft);
    }

    void brokenEfiImages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray shim = readAll(signedChain + u"bootnetx64.efi"_s);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("MZ only") << QByteArray("MZ");
        QTest::newRow("header cut") << shim.left(0x40);
        QTest::newRow("PE offset past end") << QByteArray("MZ").append(QByteArray(0x3a, 0)).append("\xff\xff\xff\x7f", 4);
        QTest::newRow("cut in the optional header") << shim.left(0x100);
        QTest::newRow("cut in the sections") << shim.left(0x200);
        QByteArray huge = shim.left(0x400);
        const quint32 pe = huge.size() >= 0x40 ? qFromLittleEndian<quint32>(huge.constData() + 0x3c) : 0;
        if (pe + 8 < quint32(huge.size())) {
            huge[pe + 6] = char(0xff); // many sections, beyond the data
            huge[pe + 7] = char(0xff);
        }
        QTest::newRow("section count lies") << huge;
    }
    void brokenEfiImages()
    {
        QFETCH(QByteArray, bytes);
        const EfiImage image = inspectBytes(bytes);
        QVERIFY(image.kind != EfiImage::Kind::Shim); // nothing read past the end claims to be shim
        QVERIFY(!image.signedByMicrosoft);
    }
};

QTEST_GUILESS_MAIN(TestBootMenu)
#include "tst_bootmenu.moc"
