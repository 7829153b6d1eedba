// SPDX-License-Identifier: GPL-3.0-or-later
// Unattended installs in the core: answer-file templates and their
// variables, how a request is matched to a host (MAC in the URL, Anaconda's
// X-RHN-Provisioning-MAC headers, the lease, the fixed address) and never to
// another host, the install-done callback, the local-disk configs a host
// gets afterwards, and the site file keys that keep all of it.
#include "boot/answerfiles.h"
#include "boot/answertemplate.h"
#include "boot/configfiles.h"
#include "boot/servedfiles.h"
#include "sitefile/sitefile.h"

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
    install.entries = {{u"debian"_s, u"Debian"_s, u"d-i/linux"_s, {u"d-i/initrd.gz"_s}, u"auto=true"_s}};
    d.menus = {install};
    Site::Host one;
    one.mac = mac1;
    one.hostname = u"web01"_s;
    one.ip = QHostAddress(u"10.0.0.17"_s);
    one.variables = {{u"disk"_s, u"/dev/vda"_s}};
    Site::Host two;
    two.mac = mac2;
    two.hostname = u"web02"_s;
    d.hosts = {one, two};
    d.variables = {{u"disk"_s, u"/dev/sda"_s}, {u"timezone"_s, u"Europe/Berlin"_s}};
    d.answerFiles = {{u"ks.cfg"_s,
                      u"network --hostname={hostname} --device={mac}\n"
                      "# {ip} via {server}, disk {disk}, tz {timezone}\n"
                      "%post\necho ${hostname} {unknown} '{print $1}'\n%end\n"_s,
                      {}}};
    return d;
}

Requester from(const QString &address, const Net::MacAddress &mac = {}, QList<Net::MacAddress> announced = {})
{
    Requester who;
    who.address = QHostAddress(address);
    who.mac = mac;
    who.announcedMacs = std::move(announced);
    who.protocol = u"HTTP"_s;
    return who;
}

QByteArray readAll(OpenedFile &file)
{
    return file.device ? file.device->readAll() : QByteArray();
}

AnswerFiles answers(const Site::Document &d = site())
{
    QStringList warnings;
    return AnswerFiles(d, AnswerFiles::loadTemplates(d, QString(), &warnings), QHostAddress(), nullptr);
}

} // namespace

Q_DECLARE_METATYPE(Boot::Requester)

class TestAnswerFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templates_data();
    void templates();
    void identification_data();
    void identification();
    void unknownAnswerFile();
    void installDone();
    void localBootConfigs();
    void templatesFromFiles();
    void siteFileKeepsItAll();
    void httpFolders();
    void siteFileProblems_data();
    void siteFileProblems();
};

void TestAnswerFiles::templates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("value") << u"host {hostname}."_s << u"host web01."_s;
    QTest::newRow("shell keeps ${name}") << u"${hostname} {hostname}"_s << u"${hostname} web01"_s;
    QTest::newRow("unknown stays") << u"{nope} {hostname}"_s << u"{nope} web01"_s;
    QTest::newRow("awk stays") << u"awk '{print $1}'"_s << u"awk '{print $1}'"_s;
    QTest::newRow("double braces") << u"{{hostname}}"_s << u"{web01}"_s;
    QTest::newRow("unclosed") << u"{hostname"_s << u"{hostname"_s;
    QTest::newRow("at the ends") << u"{hostname}"_s << u"web01"_s;
    QTest::newRow("empty value") << u"[{empty}]"_s << u"[]"_s;
    QTest::newRow("no braces") << u"plain"_s << u"plain"_s;
}

void TestAnswerFiles::templates()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(AnswerTemplate::render(text, {{u"hostname"_s, u"web01"_s}, {u"empty"_s, QString()}}), expected);
}

void TestAnswerFiles::identification_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Requester>("who");
    QTest::addColumn<QString>("host"); // empty: a 404
    QTest::addColumn<QString>("reason");

    QTest::newRow("lease") << u"answers/ks.cfg"_s << from(u"10.0.0.120"_s, mac2) << u"web02"_s << QString();
    QTest::newRow("fixed address, no lease") << u"answers/ks.cfg"_s << from(u"10.0.0.17"_s) << u"web01"_s << QString();
    QTest::newRow("MAC in the URL, asked by no host") << u"answers/52-54-00-00-00-02/ks.cfg"_s
                                                      << from(u"10.0.0.200"_s) << u"web02"_s << QString();
    QTest::newRow("MAC in the URL, its own") << u"answers/52:54:00:00:00:02/ks.cfg"_s << from(u"10.0.0.120"_s, mac2)
                                             << u"web02"_s << QString();
    QTest::newRow("another host's MAC in the URL") << u"answers/52-54-00-00-00-02/ks.cfg"_s
                                                   << from(u"10.0.0.120"_s, mac1) << QString()
                                                   << u"web01 (52:54:00:00:00:01) asked for the answers of 52:54:00:00:00:02: refused"_s;
    QTest::newRow("another host's MAC, asked from a fixed address") << u"answers/52-54-00-00-00-02/ks.cfg"_s
                                                                    << from(u"10.0.0.17"_s) << QString()
                                                                    << u"web01 (52:54:00:00:00:01) asked for the answers"_s;
    QTest::newRow("announced, lease among them") << u"answers/ks.cfg"_s << from(u"10.0.0.120"_s, mac2, {mac1, mac2})
                                                 << u"web02"_s << QString();
    QTest::newRow("announced, no lease") << u"answers/ks.cfg"_s << from(u"10.0.0.120"_s, {}, {stranger, mac1})
                                         << u"web01"_s << QString();
    QTest::newRow("announced against the lease")
        << u"answers/ks.cfg"_s << from(u"10.0.0.120"_s, mac2, {stranger, mac1}) << QString()
        << u"the installer announces 52:54:00:99:99:99, 52:54:00:00:00:01, but its address 10.0.0.120 belongs to web02"_s;
    QTest::newRow("announced strangers only: never the lease's host")
        << u"answers/ks.cfg"_s << from(u"10.0.0.120"_s, mac2, {stranger}) << QString()
        << u"belongs to web02"_s;
    QTest::newRow("announced strangers, no lease") << u"answers/ks.cfg"_s << from(u"10.0.0.121"_s, {}, {stranger})
                                                   << QString() << u"52:54:00:99:99:99 the installer announced"_s;
    QTest::newRow("unknown MAC in the URL") << u"answers/52:54:00:99:99:99/ks.cfg"_s << from(u"10.0.0.200"_s)
                                            << QString() << u"no host in the site has the MAC 52:54:00:99:99:99"_s;
    QTest::newRow("not a MAC in the URL") << u"answers/web01/ks.cfg"_s << from(u"10.0.0.17"_s) << QString()
                                          << u"web01 is not a MAC address"_s;
    QTest::newRow("lease of a stranger") << u"answers/ks.cfg"_s << from(u"10.0.0.130"_s, stranger) << QString()
                                         << u"no host in the site has the MAC 52:54:00:99:99:99"_s;
    QTest::newRow("nothing to go by") << u"answers/ks.cfg"_s << from(u"10.0.0.131"_s) << QString()
                                      << u"cannot tell which machine 10.0.0.131 is"_s;
}

void TestAnswerFiles::identification()
{
    QFETCH(QString, path);
    QFETCH(Requester, who);
    QFETCH(QString, host);
    QFETCH(QString, reason);
    OpenedFile file = answers().open(path, who);
    if (host.isEmpty()) {
        QCOMPARE(file.status, OpenedFile::Status::NotFound);
        QVERIFY2(file.reason.contains(reason), qPrintable(file.reason));
        QVERIFY2(file.reason.startsWith(path.section(u'/', 0, 0)), qPrintable(file.reason));
        QVERIFY(!file.device);
        return;
    }
    QVERIFY2(file.ok(), qPrintable(file.reason));
    QVERIFY(file.generated);
    const QString text = QString::fromUtf8(readAll(file));
    QCOMPARE(file.size, text.toUtf8().size());
    QVERIFY2(text.startsWith(u"network --hostname="_s + host), qPrintable(text));
    if (host == u"web01"_s) {
        QCOMPARE(file.machine, mac1);
        // The host's own {disk} over the site's; its fixed address; the shell's ${...} untouched.
        QCOMPARE(text, u"network --hostname=web01 --device=52:54:00:00:00:01\n"
                       "# 10.0.0.17 via 10.0.0.1, disk /dev/vda, tz Europe/Berlin\n"
                       "%post\necho ${hostname} {unknown} '{print $1}'\n%end\n"_s);
    } else {
        QCOMPARE(file.machine, mac2);
        // No fixed address: where the request came from, unless the URL named
        // a MAC and another machine asked (then nothing is known).
        const QString ip = path.count(u'/') == 2 && who.mac != mac2 ? QString() : u"10.0.0.120"_s;
        QVERIFY2(text.contains(u"# %1 via 10.0.0.1, disk /dev/sda"_s.arg(ip)), qPrintable(text));
    }
}

void TestAnswerFiles::unknownAnswerFile()
{
    OpenedFile file = answers().open(u"answers/preseed.cfg"_s, from(u"10.0.0.17"_s, mac1));
    QCOMPARE(file.status, OpenedFile::Status::NotFound);
    QCOMPARE(file.reason, u"answers/preseed.cfg: the site has no answer file preseed.cfg (it has ks.cfg)"_s);
    // Other paths go on to the next source (here none).
    QCOMPARE(answers().open(u"boot/grub/grub.cfg"_s, from(u"10.0.0.17"_s)).reason, u"not found: boot/grub/grub.cfg"_s);
    QCOMPARE(answers().open(u"answers/a/b/c"_s, from(u"10.0.0.17"_s)).reason, u"not found: answers/a/b/c"_s);
}

void TestAnswerFiles::installDone()
{
    OpenedFile file = answers().open(u"/install-done"_s, from(u"10.0.0.120"_s, mac2));
    QVERIFY(file.ok());
    QCOMPARE(file.notice, OpenedFile::Notice::InstallDone);
    QCOMPARE(file.machine, mac2);
    QCOMPARE(readAll(file), "rackside: web02 (52:54:00:00:00:02) is installed: its next network boot starts its local disk\n");

    file = answers().open(u"install-done/52:54:00:00:00:01"_s, from(u"127.0.0.1"_s));
    QVERIFY(file.ok());
    QCOMPARE(file.machine, mac1);

    // Over TFTP it would say "installed" and change nothing: refused.
    Requester tftp = from(u"10.0.0.120"_s, mac2);
    tftp.protocol = u"TFTP"_s;
    file = answers().open(u"install-done"_s, tftp);
    QCOMPARE(file.status, OpenedFile::Status::NotFound);
    QCOMPARE(file.notice, OpenedFile::Notice::None);
    QVERIFY2(file.reason.contains(u"call it over HTTP"_s), qPrintable(file.reason));

    file = answers().open(u"install-done"_s, from(u"10.0.0.130"_s, stranger));
    QCOMPARE(file.status, OpenedFile::Status::NotFound);
    QCOMPARE(file.notice, OpenedFile::Notice::None);
    QVERIFY2(file.reason.contains(u"no host in the site has the MAC 52:54:00:99:99:99"_s), qPrintable(file.reason));
}

void TestAnswerFiles::localBootConfigs()
{
    Site::Document d = site();
    d.hosts[0].nextBoot = Site::NextBoot::LocalDisk;
    const ConfigFiles configs(d, nullptr);
    // The installed host: its own names and the generic one when it asks.
    for (const QString &name : {u"boot/grub/grub.cfg-01-52-54-00-00-00-01"_s, u"boot/grub/x86_64-efi/grub.cfg"_s}) {
        OpenedFile f = configs.open(name, from(u"10.0.0.17"_s, mac1));
        QVERIFY2(f.ok(), qPrintable(name));
        const QByteArray cfg = readAll(f);
        QVERIFY2(cfg.startsWith("# Rackside: web01 (52:54:00:00:00:01) is installed: boot its local disk\n"), cfg.constData());
        QVERIFY(cfg.contains("chainloader +1"));
        QVERIFY(cfg.contains("search --no-floppy --file --set=esp $loader"));
        QVERIFY(cfg.contains("/EFI/debian/shimx64.efi"));
        QVERIFY(!cfg.contains("linux /") && !cfg.contains("initrd"));
    }
    OpenedFile pxe = configs.open(u"pxelinux.cfg/01-52-54-00-00-00-01"_s, from(u"10.0.0.17"_s));
    QVERIFY(pxe.ok());
    QVERIFY(readAll(pxe).contains("LABEL local\n  LOCALBOOT 0\n"));
    // Everyone else still gets the installer.
    OpenedFile other = configs.open(u"boot/grub/grub.cfg"_s, from(u"10.0.0.120"_s, mac2));
    QVERIFY(other.ok());
    const QByteArray menu = readAll(other);
    QVERIFY(menu.contains("linux /d-i/linux auto=true"));
    QVERIFY(!menu.contains("chainloader"));
    // Even a site without menus boots an installed host from its disk.
    d.menus.clear();
    OpenedFile bare = ConfigFiles(d, nullptr).open(u"boot/grub/grub.cfg"_s, from(u"10.0.0.17"_s, mac1));
    QVERIFY(bare.ok());
}

void TestAnswerFiles::templatesFromFiles()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"answers"_s));
    QFile preseed(dir.filePath(u"answers/preseed.cfg"_s));
    QVERIFY(preseed.open(QIODevice::WriteOnly));
    preseed.write("d-i netcfg/get_hostname string {hostname}\n");
    preseed.close();
    Site::Document d = site();
    d.answerFiles.append({u"preseed.cfg"_s, {}, u"answers/preseed.cfg"_s});
    d.answerFiles.append({u"gone.cfg"_s, {}, u"answers/gone.cfg"_s});
    QStringList warnings;
    const auto files = ServedFiles::create(d, dir.filePath(u"site.json"_s), QString(), {}, &warnings);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(u"answer file gone.cfg: cannot read "_s), qPrintable(warnings.first()));
    OpenedFile f = files->open(u"answers/preseed.cfg"_s, from(u"10.0.0.17"_s));
    QVERIFY2(f.ok(), qPrintable(f.reason));
    QCOMPARE(readAll(f), "d-i netcfg/get_hostname string web01\n");
    OpenedFile gone = files->open(u"answers/gone.cfg"_s, from(u"10.0.0.17"_s));
    QCOMPARE(gone.status, OpenedFile::Status::NotFound);
    QVERIFY2(gone.reason.contains(u"could not be read"_s), qPrintable(gone.reason));
}

// Not answer files, but what sits beside them: a site's extra folders.
void TestAnswerFiles::httpFolders()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"mirror/dists/trixie"_s) && QDir(dir.path()).mkpath(u"boot-tree"_s));
    QFile release(dir.filePath(u"mirror/dists/trixie/Release"_s));
    QVERIFY(release.open(QIODevice::WriteOnly));
    release.write("Suite: trixie\n");
    release.close();
    QFile secret(dir.filePath(u"secret"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.close();
    Site::Document d = site();
    d.httpFolders = {{u"debian"_s, u"mirror"_s}};
    const auto files = ServedFiles::create(d, dir.filePath(u"site.json"_s), QString());
    OpenedFile f = files->open(u"debian/dists/trixie/Release"_s, from(u"10.0.0.50"_s));
    QVERIFY2(f.ok(), qPrintable(f.reason));
    QCOMPARE(f.path, u"debian/dists/trixie/Release"_s);
    QCOMPARE(readAll(f), "Suite: trixie\n");
    OpenedFile out = files->open(u"debian/../secret"_s, from(u"10.0.0.50"_s));
    QCOMPARE(out.status, OpenedFile::Status::AccessDenied);
    OpenedFile missing = files->open(u"debian/dists/sid/Release"_s, from(u"10.0.0.50"_s));
    QCOMPARE(missing.status, OpenedFile::Status::NotFound);
    // Round trip, and names that are no folder name.
    const auto back = Site::SiteFile::parse(Site::SiteFile::serialize(d), u"site.json"_s);
    QVERIFY(back.document && back.document->httpFolders == d.httpFolders);
    d.httpFolders = {{u"answers"_s, u"x"_s}};
    QVERIFY(Site::SiteFile::validate(d).first().message.contains(u"Rackside's own"_s));
    d.httpFolders = {{u"a/b"_s, u"x"_s}};
    QVERIFY(Site::SiteFile::validate(d).first().message.contains(u"not a folder name"_s));
}

void TestAnswerFiles::siteFileKeepsItAll()
{
    Site::Document d = site();
    d.hosts[1].nextBoot = Site::NextBoot::LocalDisk;
    d.kernelsOverHttp = true;
    d.answerFiles.append({u"preseed.cfg"_s, {}, u"answers/preseed.cfg"_s});
    const QByteArray json = Site::SiteFile::serialize(d);
    QVERIFY(json.contains("\"nextBoot\": \"local\""));
    QVERIFY(json.contains("\"bootTree\": \"\",\n  \"kernelsOver\": \"http\",\n"));
    QCOMPARE(json.count("\"nextBoot\""), 1); // only where it says something
    const auto back = Site::SiteFile::parse(json, u"site.json"_s);
    QVERIFY2(back.document, back.problems.isEmpty() ? "" : qPrintable(back.problems.first().toString()));
    QCOMPARE(*back.document, d);
    // A site without any of it writes none of the new keys.
    Site::Document plain = site();
    plain.answerFiles.clear();
    plain.variables.clear();
    plain.hosts[0].variables.clear();
    const QByteArray old = Site::SiteFile::serialize(plain);
    QVERIFY(!old.contains("answerFiles") && !old.contains("variables") && !old.contains("nextBoot")
            && !old.contains("kernelsOver"));
}

void TestAnswerFiles::siteFileProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad next boot") << QByteArray(R"({ "hosts": [ { "mac": "52:54:00:00:00:01", "nextBoot": "disk" } ] })")
                                   << u"hosts[0].nextBoot"_s << u"\"disk\" is not a next boot"_s;
    QTest::newRow("kernels over ftp") << QByteArray(R"({ "kernelsOver": "ftp" })") << u"kernelsOver"_s
                                      << u"\"ftp\" is not a way to fetch kernels"_s;
    QTest::newRow("text and file") << QByteArray(R"({ "answerFiles": [ { "name": "ks.cfg", "text": "x", "file": "y" } ] })")
                                   << u"answerFiles[0]"_s << u"either as \"text\" or as a \"file\""_s;
    QTest::newRow("empty file") << QByteArray(R"({ "answerFiles": [ { "name": "ks.cfg", "file": "" } ] })")
                                << u"answerFiles[0].file"_s << u"the file is required"_s;
    QTest::newRow("neither") << QByteArray(R"({ "answerFiles": [ { "name": "ks.cfg" } ] })") << u"answerFiles[0]"_s
                             << u"either as \"text\" or as a \"file\""_s;
    QTest::newRow("slash in name") << QByteArray(R"({ "answerFiles": [ { "name": "a/ks.cfg", "text": "" } ] })")
                                   << u"answerFiles[0].name"_s << u"is not a file name"_s;
    QTest::newRow("twice") << QByteArray(R"({ "answerFiles": [ { "name": "ks.cfg", "text": "" }, { "name": "ks.cfg", "text": "" } ] })")
                           << u"answerFiles[1].name"_s << u"already the name of answerFiles[0]"_s;
    QTest::newRow("machine value") << QByteArray(R"({ "variables": { "hostname": "x" } })") << u"variables.hostname"_s
                                   << u"{hostname} is the machine's own value"_s;
    QTest::newRow("bad variable name") << QByteArray(R"({ "variables": { "1x": "y" } })") << u"variables.1x"_s
                                       << u"\"1x\" is not a variable name"_s;
    QTest::newRow("variable not text") << QByteArray(R"({ "variables": { "n": 3 } })") << u"variables.n"_s << QString();
    QTest::newRow("host variable") << QByteArray(R"({ "hosts": [ { "mac": "52:54:00:00:00:01", "variables": { "mac": "x" } } ] })")
                                   << u"hosts[0].variables.mac"_s << u"{mac} is the machine's own value"_s;
}

void TestAnswerFiles::siteFileProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto result = Site::SiteFile::parse(json, u"site.json"_s);
    QVERIFY(!result.document);
    QVERIFY(!result.problems.isEmpty());
    const Site::Problem &p = result.problems.first();
    QCOMPARE(p.field, field);
    QVERIFY2(p.message.contains(message), qPrintable(p.toString()));
    QVERIFY2(p.line >= 1, qPrintable(p.toString())); // the operator is told where
}

QTEST_GUILESS_MAIN(TestAnswerFiles)
#include "tst_answerfiles.moc"
