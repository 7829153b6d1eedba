// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/grubimage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Boot {

namespace {
constexpr int mkimageTimeoutMs = 60000;

// .<name>.stamp beside the image.
QString stampPath(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + u"/."_s + info.fileName() + u".stamp"_s;
}
} // namespace

QString GrubImage::serverPrefix(const QHostAddress &server)
{
    return u"(tftp,%1)/boot/grub"_s.arg(server.toString());
}

QString GrubImage::stamp(const Recipe &recipe, const Sources &sources)
{
    // The installed GRUB changes with its kernel.img and moddep.lst.
    QStringList parts = {recipe.format, recipe.prefix, recipe.config, recipe.modules.join(u' ')};
    for (const QString &file : {u"kernel.img"_s, u"moddep.lst"_s}) {
        const QFileInfo info(sources.grubLibrary + u'/' + recipe.platform + u'/' + file);
        parts << u"%1 %2 %3"_s.arg(info.absoluteFilePath()).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    }
    return QString::fromLatin1(QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

GrubImage::Result GrubImage::build(const QString &target, const Recipe &recipe, const Sources &sources)
{
    Result result;
    const QString wanted = stamp(recipe, sources);
    QFile stampFile(stampPath(target));
    if (QFileInfo::exists(target) && stampFile.open(QIODevice::ReadOnly) && QString::fromLatin1(stampFile.readAll()) == wanted)
        return result;
    stampFile.close();
    const QString platform = sources.grubLibrary + u'/' + recipe.platform;
    if (!QFileInfo::exists(platform + u"/kernel.img"_s)) {
        result.error = tr("%1 is missing (install %2)").arg(platform, recipe.package);
        return result;
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder)) {
        result.error = tr("cannot create %1").arg(folder);
        return result;
    }
    QTemporaryDir work(folder + u"/.build-XXXXXX"_s);
    if (!work.isValid()) {
        result.error = tr("cannot create %1").arg(folder + u"/.build-XXXXXX"_s);
        return result;
    }
    QStringList arguments = {u"--directory="_s + platform, u"--format="_s + recipe.format,
                             u"--output="_s + work.filePath(u"image"_s), u"--prefix="_s + recipe.prefix};
    if (!recipe.config.isEmpty()) {
        QFile config(work.filePath(u"embedded.cfg"_s));
        if (!config.open(QIODevice::WriteOnly) || config.write(recipe.config.toUtf8()) < 0) {
            result.error = tr("cannot write GRUB's embedded config in %1").arg(folder);
            return result;
        }
        arguments << u"--config="_s + config.fileName();
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(sources.grubMkimage, arguments + recipe.modules);
    if (!process.waitForStarted()) {
        result.error = tr("cannot run %1 (package grub-common): %2").arg(sources.grubMkimage, process.errorString());
        return result;
    }
    if (!process.waitForFinished(mkimageTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        result.error = tr("%1 failed: %2").arg(sources.grubMkimage, QString::fromLocal8Bit(process.readAll()).trimmed());
        return result;
    }
    if (std::rename(QFile::encodeName(work.filePath(u"image"_s)).constData(), QFile::encodeName(target).constData()) != 0) {
        result.error = tr("cannot move the GRUB image to %1").arg(target);
        return result;
    }
    QSaveFile saved(stampFile.fileName());
    if (saved.open(QIODevice::WriteOnly)) {
        saved.write(wanted.toLatin1());
        saved.commit();
    }
    result.rebuilt = true;
    return result;
}

} // namespace Boot
