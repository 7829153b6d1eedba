// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/loadertree.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Boot {

namespace {

struct Grub
{
    QString platform;
    QString image;
    QString name;
    QString package;
};

const QList<Grub> &grubs()
{
    static const QList<Grub> list = {
        {u"i386-pc"_s, u"boot/grub/i386-pc/core.0"_s, u"GRUB for BIOS"_s, u"grub-pc-bin"_s},
        {u"x86_64-efi"_s, u"boot/grub/x86_64-efi/core.efi"_s, u"GRUB for x64 UEFI"_s,
         u"grub-efi-amd64-bin"_s},
    };
    return list;
}

constexpr int stampFormat = 1;
constexpr int mknetdirTimeoutMs = 120000;

} // namespace

QList<LoaderTree::Loader> LoaderTree::Result::missing() const
{
    QList<Loader> out;
    for (const Loader &loader : loaders) {
        if (!loader.present)
            out.append(loader);
    }
    return out;
}

QString LoaderTree::Result::missingText() const
{
    QStringList lines;
    for (const Loader &loader : missing())
        lines.append(tr("%1 (%2) is missing: install %3").arg(loader.name, loader.path, loader.package));
    return lines.join(u'\n');
}

QString LoaderTree::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + u"/rackside/loaders"_s;
}

QList<LoaderTree::Copy> LoaderTree::copies(const Sources &s)
{
    return {
        {u"iPXE for BIOS"_s, s.ipxe + u"/undionly.kpxe"_s, u"ipxe/undionly.kpxe"_s, u"ipxe"_s},
        {u"iPXE for x64 UEFI"_s, s.ipxe + u"/ipxe.efi"_s, u"ipxe/ipxe.efi"_s, u"ipxe"_s},
        {u"iPXE for x64 UEFI (firmware's network driver)"_s, s.ipxe + u"/snponly.efi"_s,
         u"ipxe/snponly.efi"_s, u"ipxe"_s},
        {u"PXELINUX"_s, s.pxelinux + u"/pxelinux.0"_s, u"pxelinux.0"_s, u"pxelinux"_s},
        {u"PXELINUX's core module"_s, s.syslinuxModules + u"/ldlinux.c32"_s, u"ldlinux.c32"_s,
         u"syslinux-common"_s},
        {u"Secure Boot shim (signed)"_s, s.signedChain + u"/bootnetx64.efi"_s,
         u"secureboot/bootnetx64.efi"_s, u"debian-installer-13-netboot-amd64"_s},
        {u"Secure Boot GRUB (signed)"_s, s.signedChain + u"/grubx64.efi"_s,
         u"secureboot/grubx64.efi"_s, u"debian-installer-13-netboot-amd64"_s},
    };
}

QString LoaderTree::stamp(const Sources &sources)
{
    // Names, sizes and times of everything a build reads: a package upgrade
    // changes at least one of them.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QFileInfo &info) {
        hash.addData(QFile::encodeName(info.absoluteFilePath()));
        hash.addData(QByteArray::number(info.exists() ? info.size() : -1));
        hash.addData(QByteArray::number(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch()));
    };
    for (const Grub &grub : grubs()) {
        QDirIterator it(sources.grubLibrary + u'/' + grub.platform, QDir::Files);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        add(QFileInfo(sources.grubLibrary + u'/' + grub.platform));
        for (const QString &file : files)
            add(QFileInfo(file));
    }
    for (const Copy &copy : copies(sources))
        add(QFileInfo(copy.source));
    hash.addData(QByteArray::number(stampFormat));
    hash.addData(sources.grubMknetdir.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

bool LoaderTree::runMknetdir(const Sources &sources, const QString &platform,
                             const QString &target, QStringList &errors)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(sources.grubMknetdir,
                  {u"--net-directory="_s + target, u"--subdir=boot/grub"_s,
                   u"--directory="_s + sources.grubLibrary + u'/' + platform});
    if (!process.waitForStarted()) {
        errors.append(tr("cannot run %1 (package grub-common): %2")
                          .arg(sources.grubMknetdir, process.errorString()));
        return false;
    }
    if (!process.waitForFinished(mknetdirTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        errors.append(tr("%1 for %2 did not finish in %3 s")
                          .arg(sources.grubMknetdir, platform)
                          .arg(mknetdirTimeoutMs / 1000));
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        errors.append(tr("%1 for %2 failed: %3")
                          .arg(sources.grubMknetdir, platform,
                               QString::fromLocal8Bit(process.readAll()).trimmed()));
        return false;
    }
    return true;
}

LoaderTree::Result LoaderTree::build(const QString &directory)
{
    return build(directory, Sources());
}

LoaderTree::Result LoaderTree::build(const QString &directory, const Sources &sources)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    result.directory = QDir::cleanPath(QDir(directory).absolutePath());
    const QString stampPath = result.directory + u".stamp"_s;
    const QString wanted = stamp(sources);

    QFile stampFile(stampPath);
    const bool upToDate = QFileInfo(result.directory).isDir() && stampFile.open(QIODevice::ReadOnly)
                          && QString::fromLatin1(stampFile.readAll()).trimmed() == wanted;
    stampFile.close();

    if (!upToDate) {
        result.rebuilt = true;
        QDir().mkpath(QFileInfo(result.directory).absolutePath());
        // Built beside and renamed into place, so a server never sees half a tree.
        const QString fresh = result.directory + u".new"_s;
        QDir(fresh).removeRecursively();
        QDir().mkpath(fresh);
        for (const Grub &grub : grubs()) {
            if (QFileInfo(sources.grubLibrary + u'/' + grub.platform + u"/moddep.lst"_s).isFile())
                runMknetdir(sources, grub.platform, fresh, result.errors);
        }
        for (const Copy &copy : copies(sources)) {
            if (!QFileInfo(copy.source).isFile())
                continue;
            const QString target = fresh + u'/' + copy.target;
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::copy(copy.source, target))
                result.errors.append(tr("cannot copy %1 to %2").arg(copy.source, target));
        }
        const QString old = result.directory + u".old"_s;
        QDir(old).removeRecursively();
        if (QFileInfo::exists(result.directory) && !QDir().rename(result.directory, old))
            result.errors.append(tr("cannot replace %1").arg(result.directory));
        if (!QDir().rename(fresh, result.directory))
            result.errors.append(tr("cannot move %1 to %2").arg(fresh, result.directory));
        QDir(old).removeRecursively();

        // A failed build is tried again next time.
        QSaveFile save(stampPath);
        if (result.errors.isEmpty() && save.open(QIODevice::WriteOnly)) {
            save.write(wanted.toLatin1() + '\n');
            save.commit();
        } else {
            QFile::remove(stampPath);
        }
    }

    for (const Grub &grub : grubs()) {
        result.loaders.append({grub.name, grub.image, grub.package,
                               QFileInfo(result.directory + u'/' + grub.image).isFile()});
    }
    for (const Copy &copy : copies(sources)) {
        result.loaders.append({copy.name, copy.target, copy.package,
                               QFileInfo(result.directory + u'/' + copy.target).isFile()});
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Boot
