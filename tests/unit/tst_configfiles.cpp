// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/configfiles.h"
#include "boot/layeredfiles.h"
#include "boot/servedfiles.h"
#include "boot/treefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Boot;
using Site::Menu;
using Site::MenuEntry;

namespace {

const auto mac1 = *Net::MacAddress::parse(u"52:54:00:00:00:01");
const auto mac2 = *Net::MacAddress::parse(u"52:54:00:00:00:02");
const auto stranger = *Net::MacAddress::parse(u"52:54:00:99:99:99");

Site::Document site()
{
    Site::Document d;
    d.serverAddress = QHostAddress(u"10.0.0.1"_s);
    Menu install;
    install.name = u"install"_s;
    install.entries = {{u"debian"_s, u"Debian"_s, u"d-i/linux"_s, {u"d-i/initrd.gz"_s}, u"mac={mac} ip={ip}"_s},
                       {u"rescue"_s, u"Rescue"_s, u"d-i/linux"_s, {}, u"rescue/enable=true"_s}};
    Menu local;
    local.name = u"local"_s;
    local.entries = {{u"disk"_s, u"Disk"_s, u"tools/chain"_s, {}, {}}};
    d.menus = {install, local};
    d.defaultMenu = u"install"_s;
    Site::Host one;
    one.mac = mac1;
    one.hostname = u"one"_s;
    one.ip = QHostAddress(u"10.0.0.17"_s);
    one.menu = u"local"_s;
    Site::Host two;
    two.mac = mac2;
    two.hostname = u"two"_s;
    two.menu = u"install/rescue"_s;
    d.hosts = {one, two};
    return d;
}

QByteArray contents(OpenedFile &file)
{
    return file.ok() ? file.device->readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestConfigFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tree;
    QString m_loaders;
    std::shared_ptr<const FileSource> m_files;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tree = m_dir.filePath(u"tree"_s);
        m_loaders = m_dir.filePath(u"loaders"_s);
        QVERIFY(write(m_tree + u"/d-i/linux"_s, "kernel"));
        QVERIFY(write(m_tree + u"/boot/grub/grub.cfg-0A00"_s, "group config"));
        QVERIFY(write(m_tree + u"/pxelinux.0"_s, "operator's pxelinux"));
        QVERIFY(write(m_loaders + u"/pxelinux.0"_s, "installed pxelinux"));
        QVERIFY(write(m_loaders + u"/boot/grub/x86_64-efi/core.efi"_s, "core.efi"));
        QVERIFY(write(m_loaders + u"/boot/grub/x86_64-efi/grub.cfg"_s, "source boot/grub/grub.cfg"));
        QVERIFY(write(m_dir.filePath(u"secret"_s), "outside"));
        const QList<std::shared_ptr<const FileSource>> layers = {
            std::make_shared<TreeFiles>(m_tree), std::make_shared<TreeFiles>(m_loaders)};
        m_files = std::make_shared<ConfigFiles>(site(), std::make_shared<LayeredFiles>(layers));
    }

    void answers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Net::MacAddress>("requester");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("generated");
        QTest::addColumn<QString>("expected");
        const int ok = int(OpenedFile::Status::Ok), missing = int(OpenedFile::Status::NotFound),
                  denied = int(OpenedFile::Status::AccessDenied);
        const Net::MacAddress nobody;

        QTest::newRow("per-MAC of a host") << u"boot/grub/grub.cfg-01-52-54-00-00-00-01"_s << nobody
                                           << QString() << ok << true << u"--id disk"_s;
        QTest::newRow("per-MAC, leading slash") << u"/boot/grub/grub.cfg-01-52-54-00-00-00-01"_s << nobody
                                                << QString() << ok << true << u"--id disk"_s;
        QTest::newRow("per-MAC entry host") << u"boot/grub/grub.cfg-01-52-54-00-00-00-02"_s << mac2
                                            << QString() << ok << true << u"set default=rescue"_s;
        QTest::newRow("per-MAC unknown falls through") << u"boot/grub/grub.cfg-01-52-54-00-99-99-99"_s
                                                       << stranger << QString() << missing << false << QString();
        QTest::newRow("hex IP of a host") << u"boot/grub/grub.cfg-0A000011"_s << nobody << QString() << ok
                                          << true << u"--id disk"_s;
        QTest::newRow("hex IP unknown") << u"boot/grub/grub.cfg-0A000063"_s << nobody << QString()
                                        << missing << false << QString();
        QTest::newRow("shortened hex from the tree") << u"boot/grub/grub.cfg-0A00"_s << nobody << QString()
                                                     << ok << false << u"group config"_s;
        QTest::newRow("shortened hex missing") << u"boot/grub/grub.cfg-0A0"_s << nobody << QString()
                                               << missing << false << QString();
        QTest::newRow("grub.cfg for a known requester") << u"boot/grub/grub.cfg"_s << mac1 << QString()
                                                        << ok << true << u"--id disk"_s;
        QTest::newRow("grub.cfg by requester address") << u"boot/grub/grub.cfg"_s << nobody
                                                       << u"10.0.0.17"_s << ok << true << u"--id disk"_s;
        QTest::newRow("grub.cfg for a stranger") << u"boot/grub/grub.cfg"_s << stranger << u"10.0.0.150"_s
                                                 << ok << true << u"mac=52:54:00:99:99:99 ip=10.0.0.150"_s;
        QTest::newRow("grub.cfg for nobody") << u"boot/grub/grub.cfg"_s << nobody << QString() << ok
                                             << true << u"mac=\"${net_default_mac}\""_s;
        QTest::newRow("platform grub.cfg shadows the loader's") << u"boot/grub/x86_64-efi/grub.cfg"_s
                                                                << mac1 << QString() << ok << true
                                                                << u"--id disk"_s;
        QTest::newRow("signed GRUB's prefix") << u"debian-installer/amd64/grub/x86_64-efi/grub.cfg"_s
                                              << mac2 << QString() << ok << true << u"--id rescue"_s;
        QTest::newRow("signed GRUB's fallback") << u"debian-installer/amd64/grub/grub.cfg"_s << nobody
                                                << QString() << ok << true << u"--id debian"_s;
        QTest::newRow("pxelinux per-MAC") << u"pxelinux.cfg/01-52-54-00-00-00-02"_s << nobody << QString()
                                          << ok << true << u"DEFAULT rescue"_s;
        QTest::newRow("pxelinux default") << u"pxelinux.cfg/default"_s << nobody << QString() << ok << true
                                          << u"LABEL debian"_s;
        QTest::newRow("pxelinux hex IP") << u"pxelinux.cfg/0A000011"_s << nobody << QString() << ok
                                         << true << u"LABEL disk"_s;
        QTest::newRow("windows separators") << u"pxelinux.cfg\\default"_s << nobody << QString() << ok
                                            << true << u"LABEL debian"_s;
        QTest::newRow("boot tree first") << u"pxelinux.0"_s << nobody << QString() << ok << false
                                         << u"operator's pxelinux"_s;
        QTest::newRow("loader tree second") << u"boot/grub/x86_64-efi/core.efi"_s << nobody << QString()
                                            << ok << false << u"core.efi"_s;
        QTest::newRow("kernel") << u"d-i/linux"_s << nobody << QString() << ok << false << u"kernel"_s;
        QTest::newRow("missing everywhere") << u"nothing"_s << nobody << QString() << missing << false
                                            << QString();
        QTest::newRow("dot dot") << u"../secret"_s << nobody << QString() << denied << false << QString();
        QTest::newRow("dot dot in a config name") << u"boot/../../secret/grub/grub.cfg"_s << nobody
                                                  << QString() << denied << false << QString();
        QTest::newRow("NUL") << u"boot/grub/grub.cfg\0x"_s << nobody << QString() << denied << false
                             << QString();
    }
    void answers()
    {
        QFETCH(QString, path);
        QFETCH(Net::MacAddress, requester);
        QFETCH(QString, address);
        QFETCH(int, status);
        QFETCH(bool, generated);
        QFETCH(QString, expected);
        OpenedFile file = m_files->open(path, {requester, QHostAddress(address)});
        QCOMPARE(int(file.status), status);
        QCOMPARE(file.generated, generated);
        if (!file.ok()) {
            QVERIFY(!file.reason.isEmpty());
            return;
        }
        QVERIFY(file.device && file.device->isOpen());
        const QByteArray data = contents(file);
        QCOMPARE(qint64(data.size()), file.size);
        QVERIFY2(QString::fromUtf8(data).contains(expected), data.constData());
        QVERIFY(!file.path.startsWith(u'/'));
    }

    void siteWithoutMenusServesTheTree()
    {
        Site::Document d = site();
        d.menus.clear();
        d.defaultMenu.clear();
        const ConfigFiles files(d, std::make_shared<TreeFiles>(m_loaders));
        OpenedFile file = files.open(u"boot/grub/x86_64-efi/grub.cfg"_s, {mac1, {}});
        QVERIFY(file.ok());
        QVERIFY(!file.generated);
        QCOMPARE(contents(file), QByteArray("source boot/grub/grub.cfg"));
        QCOMPARE(int(files.open(u"boot/grub/grub.cfg"_s, {mac1, {}}).status),
                 int(OpenedFile::Status::NotFound));
    }

    // Menus per firmware: one grub.cfg that GRUB itself dispatches on
    // ${grub_cpu}-${grub_platform}; PXELINUX (BIOS) gets the BIOS menu; a host
    // with a menu of its own gets just that.
    void menusPerFirmware()
    {
        Site::Document d = site();
        d.archMenus = {{Site::BootArch::UefiX64, u"local"_s}, {Site::BootArch::Bios, u"install"_s}};
        const ConfigFiles files(d, nullptr);
        OpenedFile grub = files.open(u"boot/grub/grub.cfg"_s, {stranger, {}});
        const QString expected = uR"(# Rackside: menu install, on i386-pc install, on x86_64-efi local for 52:54:00:99:99:99
# Generated from the site on each request: edit the site, not this file.
if [ "${grub_cpu}-${grub_platform}" == i386-pc ]; then
	set default=debian
	set timeout=5
	set timeout_style=menu

	menuentry Debian --id debian {
		echo 'Loading d-i/linux ...'
		linux /d-i/linux mac=52:54:00:99:99:99 ip="${net_default_ip}"
		initrd /d-i/initrd.gz
	}

	menuentry Rescue --id rescue {
		echo 'Loading d-i/linux ...'
		linux /d-i/linux rescue/enable=true
	}
elif [ "${grub_cpu}-${grub_platform}" == x86_64-efi ]; then
	set default=disk
	set timeout=5
	set timeout_style=menu

	menuentry Disk --id disk {
		echo 'Loading tools/chain ...'
		linux /tools/chain
	}
else
	set default=debian
	set timeout=5
	set timeout_style=menu

	menuentry Debian --id debian {
		echo 'Loading d-i/linux ...'
		linux /d-i/linux mac=52:54:00:99:99:99 ip="${net_default_ip}"
		initrd /d-i/initrd.gz
	}

	menuentry Rescue --id rescue {
		echo 'Loading d-i/linux ...'
		linux /d-i/linux rescue/enable=true
	}
fi
)"_s;
        QCOMPARE(QString::fromUtf8(contents(grub)), expected);

        d.archMenus = {{Site::BootArch::Bios, u"local"_s}};
        const ConfigFiles bios(d, nullptr);
        OpenedFile pxelinux = bios.open(u"pxelinux.cfg/default"_s, {stranger, {}});
        QVERIFY(contents(pxelinux).contains("LABEL disk"));
        QVERIFY(!contents(pxelinux).contains("LABEL debian"));
        // Host two boots install/rescue wherever it runs.
        OpenedFile two = bios.open(u"boot/grub/grub.cfg-01-52-54-00-00-00-02"_s, {});
        const QByteArray text = contents(two);
        QVERIFY2(!text.contains("grub_platform") && text.contains("--id rescue"), text.constData());
    }

    void withoutNextSource()
    {
        const ConfigFiles files(site(), nullptr);
        QVERIFY(files.open(u"pxelinux.cfg/default"_s, {}).ok());
        QCOMPARE(int(files.open(u"pxelinux.0"_s, {}).status), int(OpenedFile::Status::NotFound));
        QCOMPARE(int(files.open(u"../x"_s, {}).status), int(OpenedFile::Status::AccessDenied));
    }

    void eachOpenHasItsOwnDevice()
    {
        OpenedFile a = m_files->open(u"pxelinux.cfg/default"_s, {});
        OpenedFile b = m_files->open(u"pxelinux.cfg/default"_s, {});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.device->read(10).size(), 10);
        QCOMPARE(b.device->pos(), 0);
        QCOMPARE(contents(b).size(), b.size);
    }

    void servedFilesFromSitePath()
    {
        Site::Document d = site();
        d.bootTree = u"tree"_s; // relative to the site file's folder
        const auto files = ServedFiles::create(d, m_dir.filePath(u"rack.json"_s), m_loaders,
                                               QHostAddress(u"10.9.9.9"_s));
        OpenedFile kernel = files->open(u"d-i/linux"_s, {});
        QVERIFY(kernel.ok());
        QCOMPARE(contents(kernel), QByteArray("kernel"));
        OpenedFile core = files->open(u"boot/grub/x86_64-efi/core.efi"_s, {});
        QVERIFY(core.ok());
        OpenedFile cfg = files->open(u"boot/grub/grub.cfg"_s, {stranger, QHostAddress(u"10.0.0.5"_s)});
        QVERIFY(cfg.generated);
        QVERIFY(contents(cfg).contains("mac=52:54:00:99:99:99"));
        QCOMPARE(int(files->open(u"secret"_s, {}).status), int(OpenedFile::Status::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestConfigFiles)
#include "tst_configfiles.moc"
