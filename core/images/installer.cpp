// SPDX-License-Identifier: GPL-3.0-or-later
#include "installer.h"
#include "imagetree.h"
#include "kernelimage.h"

#include <QDir>
#include <QRegularExpression>

namespace Images {

namespace {

using Family = Installer::Family;

// "key = value" lines of an INI section (.treeinfo).
QString iniValue(const QByteArray &text, const QString &section, const QString &key)
{
    QString current;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            current = line.mid(1, line.size() - 2).trimmed();
        } else if (current == section) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0 && line.first(eq).trimmed() == key)
                return line.mid(eq + 1).trimmed();
        }
    }
    return {};
}

QString firstLine(const QByteArray &text) { return QString::fromUtf8(text.split('\n').value(0)).trimmed(); }

// A path an image names for one of its own files (.treeinfo): inside the
// image or nothing. "/etc/shadow" or "../x" must never name a file of ours.
QString insidePath(const QString &path)
{
    QString clean = QDir::cleanPath(path);
    while (clean.startsWith(u'/'))
        clean.remove(0, 1);
    if (clean.isEmpty() || clean == u"." || clean == u".." || clean.startsWith(u"../"))
        return {};
    return clean;
}

// Fedora, RHEL, CentOS Stream, Rocky, Alma: .treeinfo (productmd) names the
// PXE kernel and initrd; Anaconda takes the rest from inst.repo.
std::optional<Installer> redHat(const ImageTree &tree)
{
    // Anaconda and virt-install read "treeinfo" too.
    QByteArray info = tree.read(QStringLiteral(".treeinfo"), 256 * 1024);
    if (info.isEmpty())
        info = tree.read(QStringLiteral("treeinfo"), 256 * 1024);
    if (info.isEmpty())
        return std::nullopt;
    Installer in;
    in.family = Family::RedHat;
    // productmd 1.x: [release] name/version and [tree] arch; older: [general].
    in.name = iniValue(info, QStringLiteral("release"), QStringLiteral("name"));
    if (in.name.isEmpty())
        in.name = iniValue(info, QStringLiteral("general"), QStringLiteral("family"));
    in.version = iniValue(info, QStringLiteral("release"), QStringLiteral("version"));
    if (in.version.isEmpty())
        in.version = iniValue(info, QStringLiteral("general"), QStringLiteral("version"));
    in.arch = iniValue(info, QStringLiteral("tree"), QStringLiteral("arch"));
    if (in.arch.isEmpty())
        in.arch = iniValue(info, QStringLiteral("general"), QStringLiteral("arch"));
    const QString images = QStringLiteral("images-") + in.arch;
    in.kernel = tree.firstFile({insidePath(iniValue(info, images, QStringLiteral("kernel"))),
                                QStringLiteral("images/pxeboot/vmlinuz")});
    const QString initrd = tree.firstFile({insidePath(iniValue(info, images, QStringLiteral("initrd"))),
                                           QStringLiteral("images/pxeboot/initrd.img")});
    if (!initrd.isEmpty())
        in.initrds = {initrd};
    if (in.name.isEmpty())
        in.name = QStringLiteral("Red Hat family");
    // boot-options: inst.repo= needs a tree with packages; a boot.iso/netinst
    // tree has only the installer runtime, for inst.stage2= (packages then
    // come from the kickstart's repo or the distribution's mirrors).
    const bool packages = tree.isDirectory(QStringLiteral("repodata")) || tree.isDirectory(QStringLiteral("BaseOS"))
                          || tree.isDirectory(QStringLiteral("Packages"));
    in.arguments = packages ? QStringLiteral("inst.repo={tree}") : QStringLiteral("inst.stage2={tree}");
    if (!packages)
        in.notes.append(Installer::tr("This tree has no packages: the installer takes them from the kickstart's "
                                      "repository or the distribution's mirrors."));
    in.answerFile = QStringLiteral("ks.cfg");
    in.answerArguments = QStringLiteral("inst.ks={answers} inst.ks.sendmac");
    in.documentation = QStringLiteral("https://anaconda-installer.readthedocs.io/en/latest/boot-options.html");
    return in;
}

// Ubuntu live server: casper/ on the ISO; the initrd fetches the whole ISO
// into RAM from url= and subiquity reads autoinstall data from ds=nocloud.
std::optional<Installer> ubuntu(const ImageTree &tree)
{
    const QString kernel = tree.firstFile({QStringLiteral("casper/vmlinuz"), QStringLiteral("casper/hwe-vmlinuz")});
    if (kernel.isEmpty())
        return std::nullopt;
    Installer in;
    in.family = Family::Ubuntu;
    in.kernel = kernel;
    const QString initrd = tree.firstFile({QStringLiteral("casper/initrd"), QStringLiteral("casper/initrd.gz"),
                                           QStringLiteral("casper/initrd.lz"), QStringLiteral("casper/hwe-initrd")});
    if (!initrd.isEmpty())
        in.initrds = {initrd};
    // .disk/info: Ubuntu-Server 24.04.1 LTS "Noble Numbat" - Release amd64 (20240827.1)
    const QString info = firstLine(tree.read(QStringLiteral(".disk/info"), 4096));
    static const QRegularExpression pattern(QStringLiteral(R"(^(\S+)\s+([\d.]+)(?:\s+LTS)?.*\s(amd64|arm64|i386|ppc64el|s390x|riscv64)\b)"));
    const auto m = pattern.match(info);
    in.name = m.hasMatch() ? m.captured(1).replace(u'-', u' ') : QStringLiteral("Ubuntu");
    in.version = m.captured(2);
    in.arch = m.captured(3);
    // The initrd downloads the whole ISO from url= into RAM and loop-mounts it.
    in.arguments = QStringLiteral("ip=dhcp url={iso} root=/dev/ram0 ramdisk_size=1500000 cloud-config-url=/dev/null");
    in.answerFile = QStringLiteral("user-data");
    // NoCloud fetches user-data and meta-data from s= (a folder URL ending in
    // '/'); GrubConfig quotes the word, so GRUB does not end the command at ';'.
    in.answerArguments = QStringLiteral("autoinstall ds=nocloud-net;s={answersFolder}");
    in.notes.append(Installer::tr("Machines need more RAM than the ISO's size: the installer loads all of it."));
    in.documentation = QStringLiteral(
        "https://documentation.ubuntu.com/server/how-to/installation/how-to-netboot-the-server-installer-on-amd64");
    return in;
}

// Debian's installer: the netboot tree (debian-installer/ARCH/linux) boots
// from the network; the netinst ISO's own initrd (install.amd/) looks for
// the CD and cannot.
std::optional<Installer> debian(const ImageTree &tree)
{
    const QStringList arches{QStringLiteral("amd64"), QStringLiteral("arm64"), QStringLiteral("i386")};
    for (const QString &arch : arches) {
        const QString dir = QStringLiteral("debian-installer/") + arch + u'/';
        if (!tree.isFile(dir + QStringLiteral("linux")))
            continue;
        Installer in;
        in.family = Family::Debian;
        in.name = QStringLiteral("Debian");
        in.arch = arch;
        in.kernel = dir + QStringLiteral("linux");
        in.initrds = {dir + QStringLiteral("initrd.gz")};
        // version.info: Debian version: 13 (trixie) / Installer build: 20250803
        const QString info = QString::fromUtf8(tree.read(QStringLiteral("version.info"), 4096));
        static const QRegularExpression version(QStringLiteral(R"(Debian version:\s*(\S+))"));
        in.version = version.match(info).captured(1);
        in.arguments = QString();
        in.answerFile = QStringLiteral("preseed.cfg");
        // Appendix B.2.2: auto=true priority=critical with url= (preseed/url).
        in.answerArguments = QStringLiteral("auto=true priority=critical url={answers}");
        in.documentation = QStringLiteral("https://www.debian.org/releases/stable/amd64/apbs02.en.html");
        return in;
    }
    const QString kernel = tree.firstFile({QStringLiteral("install.amd/vmlinuz"), QStringLiteral("install.a64/vmlinuz"),
                                           QStringLiteral("install.386/vmlinuz")});
    if (kernel.isEmpty())
        return std::nullopt;
    Installer in;
    in.family = Family::Debian;
    in.kernel = kernel;
    in.initrds = {kernel.section(u'/', 0, 0) + QStringLiteral("/initrd.gz")};
    // .disk/info: Debian GNU/Linux 13.1.0 "Trixie" - Official amd64 NETINST with firmware 20250906-10:22
    const QString info = firstLine(tree.read(QStringLiteral(".disk/info"), 4096));
    static const QRegularExpression pattern(QStringLiteral(R"(^Debian GNU/Linux\s+(\S+).*\s(amd64|arm64|i386)\b)"));
    const auto m = pattern.match(info);
    in.name = QStringLiteral("Debian");
    in.version = m.captured(1);
    in.arch = m.hasMatch() ? m.captured(2) : QStringLiteral("amd64");
    in.problem = Installer::tr("The initrd on Debian's installation ISO looks for the CD and cannot install over the "
                               "network. Import Debian's netboot archive (netboot.tar.gz) instead, or pair this ISO "
                               "with the netboot initrd of the same version.");
    in.answerFile = QStringLiteral("preseed.cfg");
    in.answerArguments = QStringLiteral("auto=true priority=critical url={answers}");
    in.documentation = QStringLiteral("https://www.debian.org/releases/stable/amd64/ch04s05.en.html");
    return in;
}

// live-build images (Debian live): live/vmlinuz-*, live/initrd.img-* and
// the squashfs that live-boot fetches from fetch=.
std::optional<Installer> debianLive(const ImageTree &tree)
{
    if (!tree.isFile(QStringLiteral("live/filesystem.squashfs")))
        return std::nullopt;
    const QStringList names = tree.entries(QStringLiteral("live"));
    Installer in;
    in.family = Family::DebianLive;
    // vmlinuz-VERSION goes with initrd.img-VERSION: the first kernel and its own initrd.
    for (const QString &name : names) {
        if (!name.startsWith(u"vmlinuz"))
            continue;
        const QString initrd = QStringLiteral("initrd.img") + name.mid(7);
        if (names.contains(initrd)) {
            in.kernel = QStringLiteral("live/") + name;
            in.initrds = {QStringLiteral("live/") + initrd};
            break;
        }
    }
    const QString info = firstLine(tree.read(QStringLiteral(".disk/info"), 4096));
    static const QRegularExpression pattern(QStringLiteral(R"(^(.*?)\s+([\d.]+)\s.*\s(amd64|arm64|i386)\b)"));
    const auto m = pattern.match(info);
    in.name = m.hasMatch() ? m.captured(1) : QStringLiteral("Debian live");
    in.version = m.captured(2);
    in.arch = m.captured(3);
    // live-boot(7): fetch= copies the squashfs to RAM; the URL must name an
    // address, not a host name ({server} is one). DHCP is the default without ip=.
    in.arguments = QStringLiteral("boot=live components fetch={tree}/live/filesystem.squashfs");
    in.documentation = QStringLiteral("https://manpages.debian.org/trixie/live-boot-doc/live-boot.7.en.html");
    return in;
}

// openSUSE and SLE: linuxrc reads the installation source from install=.
std::optional<Installer> openSuse(const ImageTree &tree)
{
    const QStringList arches{QStringLiteral("x86_64"), QStringLiteral("aarch64")};
    for (const QString &arch : arches) {
        const QString dir = QStringLiteral("boot/") + arch + QStringLiteral("/loader/");
        if (!tree.isFile(dir + QStringLiteral("linux")))
            continue;
        Installer in;
        in.family = Family::OpenSuse;
        in.arch = arch;
        in.kernel = dir + QStringLiteral("linux");
        in.initrds = {dir + QStringLiteral("initrd")};
        // media.1/products: "/ openSUSE-Leap 15.6-1"
        const QString products = firstLine(tree.read(QStringLiteral("media.1/products"), 4096));
        static const QRegularExpression pattern(QStringLiteral(R"(^\S+\s+(\S+?)\s+([\w.]+?)(?:-\d+)?$)"));
        const auto m = pattern.match(products);
        in.name = m.hasMatch() ? m.captured(1).replace(u'-', u' ') : QStringLiteral("openSUSE");
        in.version = m.captured(2);
        // linuxrc: install= is the repository; autoyast= the profile.
        in.arguments = QStringLiteral("install={tree}");
        in.answerFile = QStringLiteral("autoinst.xml");
        in.answerArguments = QStringLiteral("autoyast={answers}");
        in.documentation = QStringLiteral("https://en.opensuse.org/SDB:Linuxrc");
        return in;
    }
    return std::nullopt;
}

// Arch Linux: archiso's initramfs fetches the root image from archiso_http_srv.
std::optional<Installer> archLinux(const ImageTree &tree)
{
    const QString kernel = QStringLiteral("arch/boot/x86_64/vmlinuz-linux");
    if (!tree.isFile(kernel))
        return std::nullopt;
    Installer in;
    in.family = Family::Arch;
    in.name = QStringLiteral("Arch Linux");
    in.arch = QStringLiteral("x86_64");
    in.kernel = kernel;
    for (const QString &microcode : {QStringLiteral("arch/boot/intel-ucode.img"), QStringLiteral("arch/boot/amd-ucode.img")}) {
        if (tree.isFile(microcode))
            in.initrds.append(microcode);
    }
    in.initrds.append(QStringLiteral("arch/boot/x86_64/initramfs-linux.img"));
    in.version = firstLine(tree.read(QStringLiteral("arch/version"), 256));
    // README.bootparams: the HTTP hook runs only with both ip= and
    // archiso_http_srv= (ending in '/'), and fetches arch/x86_64/airootfs.sfs.
    in.arguments = QStringLiteral("archisobasedir=arch archiso_http_srv={tree}/ ip=dhcp");
    in.documentation = QStringLiteral("https://gitlab.archlinux.org/archlinux/mkinitcpio/mkinitcpio-archiso/-/blob/master/docs/README.bootparams");
    return in;
}

// Alpine: the initramfs loads kernel modules from modloop= and packages from alpine_repo=.
std::optional<Installer> alpine(const ImageTree &tree)
{
    if (!tree.isFile(QStringLiteral(".alpine-release")))
        return std::nullopt;
    Installer in;
    in.family = Family::Alpine;
    in.name = QStringLiteral("Alpine Linux");
    in.version = firstLine(tree.read(QStringLiteral(".alpine-release"), 256));
    const QStringList boot = tree.entries(QStringLiteral("boot"));
    for (const QString &name : boot) {
        if (!name.startsWith(u"vmlinuz-") || !in.kernel.isEmpty())
            continue;
        const QString flavor = name.mid(8);
        in.kernel = QStringLiteral("boot/") + name;
        in.initrds = {QStringLiteral("boot/initramfs-") + flavor};
        in.arguments = QStringLiteral("ip=dhcp modules=loop,squashfs modloop={tree}/boot/modloop-") + flavor
                       + QStringLiteral(" alpine_repo={tree}/apks");
    }
    const QStringList apks = tree.entries(QStringLiteral("apks"));
    for (const QString &name : apks) {
        if (tree.isDirectory(QStringLiteral("apks/") + name))
            in.arch = name;
    }
    in.notes.append(Installer::tr("Alpine's ISO initramfs may lack network drivers; its netboot files have them."));
    // mkinitfs-bootparam(7): ip=, alpine_repo=; modloop= as the PXE wiki page uses it.
    in.documentation = QStringLiteral("https://wiki.alpinelinux.org/wiki/PXE_boot");
    return in;
}

// Anything else: the largest file that is a Linux kernel by its header, and
// an initrd by its name, for the operator to confirm.
Installer guess(const ImageTree &tree)
{
    Installer in;
    in.guessed = true;
    static const QRegularExpression kernelName(QStringLiteral("vmlinu|linux|kernel|bzimage"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression initrdName(QStringLiteral("^(initrd|initramfs)"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QStringList kernels = tree.findFiles([](const QString &n) { return kernelName.match(n).hasMatch(); }, 4);
    for (const QString &path : kernels) {
        auto device = tree.open(path);
        if (device && KernelImage::inspect(*device).isLinux) {
            in.kernel = path;
            break;
        }
    }
    const QStringList initrds = tree.findFiles([](const QString &n) { return initrdName.match(n).hasMatch(); }, 4);
    if (!initrds.isEmpty())
        in.initrds = {initrds.first()};
    in.name = Installer::tr("Unknown");
    return in;
}

} // namespace

QString Installer::title() const
{
    QStringList words{name};
    if (!version.isEmpty())
        words.append(version);
    if (!arch.isEmpty())
        words.append(arch);
    return words.join(u' ');
}

QString Installer::slug() const
{
    QString text = title().toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9._]+"));
    text.replace(other, QStringLiteral("-"));
    while (text.startsWith(u'-') || text.startsWith(u'.'))
        text.remove(0, 1);
    while (text.endsWith(u'-'))
        text.chop(1);
    return text.isEmpty() ? QStringLiteral("image") : text.left(64);
}

QString Installer::familyKey(Family family)
{
    switch (family) {
    case Family::RedHat: return QStringLiteral("redhat");
    case Family::Ubuntu: return QStringLiteral("ubuntu");
    case Family::Debian: return QStringLiteral("debian");
    case Family::DebianLive: return QStringLiteral("debian-live");
    case Family::OpenSuse: return QStringLiteral("opensuse");
    case Family::Arch: return QStringLiteral("arch");
    case Family::Alpine: return QStringLiteral("alpine");
    case Family::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Installer::Family Installer::familyFromKey(const QString &key)
{
    for (Family f : {Family::RedHat, Family::Ubuntu, Family::Debian, Family::DebianLive, Family::OpenSuse,
                     Family::Arch, Family::Alpine}) {
        if (familyKey(f) == key)
            return f;
    }
    return Family::Unknown;
}

Installer Installer::detect(const ImageTree &tree)
{
    // Most specific first: openSUSE media can carry a .treeinfo too.
    for (auto probe : {openSuse, redHat, ubuntu, archLinux, alpine, debianLive, debian}) {
        if (auto found = probe(tree)) {
            if (found->kernel.isEmpty() || found->initrds.isEmpty())
                found->problem = tr("No kernel and initrd where %1 keeps them.").arg(found->name);
            return *found;
        }
    }
    return guess(tree);
}

} // namespace Images
