// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"
#include "commandtable.h"
#include "terminal.h"

#include "images/imageimport.h"
#include "images/imagetree.h"
#include "images/nbifolder.h"
#include "images/siteimages.h"
#include "images/sitenetboot.h"
#include "sitecheck/boottreecheck.h"
#include "sitefile/sitefile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

std::atomic_bool g_cancel = false;

void cancelImport(int) { g_cancel = true; }

QString mib(qint64 bytes) { return QString::number(double(bytes) / (1 << 20), 'f', 1) + u" MiB"_s; }

void printImage(const Site::Image &image, const Site::Document &site)
{
    out() << image.name << u": "_s << image.title << u" ("_s << Site::Image::sourceName(image.source) << u')'
          << Qt::endl;
    out() << u"  kernel  "_s << image.kernel;
    if (!image.kernelVersion.isEmpty())
        out() << u"  (Linux "_s << image.kernelVersion << u')';
    out() << Qt::endl;
    for (const QString &initrd : image.initrds)
        out() << u"  initrd  "_s << initrd << u"  ("_s << image.initrdCompression << u')' << Qt::endl;
    if (!image.file.isEmpty())
        out() << u"  from    "_s << image.file << u"  ("_s << mib(image.size) << u')' << Qt::endl;
    const QStringList entries = Images::SiteImages::entriesUsing(site, image.name);
    out() << u"  entries "_s << (entries.isEmpty() ? u"none"_s : entries.join(u", "_s)) << Qt::endl;
}

void printNetbootImage(const Site::NetbootImage &image)
{
    out() << image.name << u"  (Mac NetBoot, id "_s << image.id().toString() << u", "_s
          << Bsdp::imageKindName(image.kind) << (image.install ? u", install"_s : QString()) << u')' << Qt::endl
          << u"  booter  "_s << image.booterPath() << Qt::endl;
    if (!image.folder.isEmpty())
        out() << u"  folder  "_s << image.folder << u" (served as "_s << image.servedFolder() << u"/)"_s << Qt::endl;
    if (!image.rootPath.isEmpty())
        out() << u"  disk    "_s << image.rootPath << Qt::endl;
    out() << u"  models  "_s << (image.models.isEmpty() ? u"every Mac"_s : image.models.join(u", "_s)) << Qt::endl;
}

// An Apple NBI folder is served as it is: nothing to copy, only the site changes.
int importNbi(Site::Document &site, const QString &sitePath, const QString &folder, bool dryRun)
{
    QString error;
    const auto image = Images::NbiFolder::read(folder, sitePath, &error);
    if (!image) {
        err() << u"rackside import: "_s << error << Qt::endl;
        return 1;
    }
    printNetbootImage(*image);
    if (dryRun)
        return 0;
    if (!Images::SiteNetboot::add(site, *image, &error)) {
        err() << u"rackside import: "_s << error << Qt::endl;
        return 1;
    }
    if (!Site::SiteFile::save(site, sitePath, &error)) {
        err() << u"rackside import: "_s << error << Qt::endl;
        return 1;
    }
    out() << u"  added to the site's Mac NetBoot images"_s << Qt::endl;
    return 0;
}

} // namespace

int importImages(const QStringList &arguments)
{
    QCommandLineParser p;
    setUpParser(p, *findCommand(u"import"_s));
    p.process(QStringList{u"rackside import"_s} + arguments);
    const QString sitePath = p.value(u"site"_s);
    if (sitePath.isEmpty() || p.positionalArguments().isEmpty()) {
        err() << u"usage: rackside import FILE... --site SITE [--name NAME] [--menu MENU] [--initrd FILE] "
                 "[--accept-guess] [--dry-run]"_s << Qt::endl;
        return 2;
    }
    auto site = loadSite(sitePath);
    if (!site)
        return 1;
    if (p.positionalArguments().size() == 1 && Images::NbiFolder::isNbiFolder(p.positionalArguments().first()))
        return importNbi(*site, sitePath, p.positionalArguments().first(), p.isSet(u"dry-run"_s));

    Images::ImportRequest request = Images::ImportRequest::forSite(*site, sitePath, p.positionalArguments());
    request.name = p.value(u"name"_s);
    request.initrd = p.value(u"initrd"_s);
    request.acceptGuess = p.isSet(u"accept-guess"_s);

    Images::ImageImport import(request);
    const bool known = import.inspect();
    const Images::Installer &found = import.installer();
    if (!found.kernel.isEmpty()) {
        out() << request.sources.first() << u": "_s << found.title();
        if (found.guessed)
            out() << u" (guessed from the kernel's header)"_s;
        out() << Qt::endl << u"  kernel  "_s << found.kernel << Qt::endl;
        for (const QString &initrd : found.initrds)
            out() << u"  initrd  "_s << initrd << Qt::endl;
        if (!found.documentation.isEmpty())
            out() << u"  how it boots: "_s << found.documentation << Qt::endl;
    }
    if (!known) {
        err() << u"rackside import: "_s << import.error() << Qt::endl;
        return 1;
    }
    if (p.isSet(u"dry-run"_s))
        return 0;

    std::signal(SIGINT, cancelImport);
    std::signal(SIGTERM, cancelImport);
    int lastPercent = -1;
    const bool copied = import.run(
        [&](const Images::ImportProgress &progress) {
            const int percent = progress.totalBytes ? int(progress.bytes * 100 / progress.totalBytes) : 100;
            if (percent / 10 != lastPercent / 10 || progress.files == progress.totalFiles) {
                err() << u"  copying %1 of %2 (%3 %), file %4 of %5"_s.arg(mib(progress.bytes), mib(progress.totalBytes))
                             .arg(percent).arg(qMin(progress.files + 1, progress.totalFiles)).arg(progress.totalFiles)
                      << Qt::endl;
                lastPercent = percent;
            }
        },
        g_cancel);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!copied) {
        err() << u"rackside import: "_s << import.error() << u" Nothing was changed."_s << Qt::endl;
        return import.cancelled() ? 130 : 1;
    }
    Site::Image image = import.image();
    if (!image.file.isEmpty())
        image.file = Images::SiteImages::pathInSite(image.file, sitePath);
    const QString menu = Images::SiteImages::add(*site, image, import.entry(), p.value(u"menu"_s));
    QString error;
    if (!Site::SiteFile::save(*site, sitePath, &error)) {
        err() << u"rackside import: the copies are in images/%1 but the site was not saved: %2"_s.arg(image.name, error)
              << Qt::endl;
        return 1;
    }
    printImage(image, *site);
    out() << u"  menu    "_s << menu << u": \""_s << import.entry().title << u"\" boots with: "_s
          << import.entry().arguments << Qt::endl;
    for (const QString &note : import.notes())
        out() << u"  note: "_s << note << Qt::endl;
    return 0;
}

int images(const QStringList &arguments)
{
    QCommandLineParser p;
    setUpParser(p, *findCommand(u"images"_s));
    p.process(QStringList{u"rackside images"_s} + arguments);
    const QString sitePath = p.value(u"site"_s);
    if (sitePath.isEmpty()) {
        err() << u"usage: rackside images --site SITE [--remove NAME]"_s << Qt::endl;
        return 2;
    }
    auto site = loadSite(sitePath);
    if (!site)
        return 1;
    if (!p.isSet(u"remove"_s)) {
        for (const Site::Image &image : std::as_const(site->images))
            printImage(image, *site);
        for (const Site::NetbootImage &image : std::as_const(site->netboot.images))
            printNetbootImage(image);
        if (site->images.isEmpty() && site->netboot.images.isEmpty())
            out() << u"no images: rackside import FILE --site "_s << sitePath << Qt::endl;
        return 0;
    }
    const QString name = p.value(u"remove"_s);
    if (!site->imageByName(name) && site->netboot.imageByName(name)) {
        Images::SiteNetboot::remove(*site, name);
        QString error;
        if (!Site::SiteFile::save(*site, sitePath, &error)) {
            err() << u"rackside images: "_s << error << Qt::endl;
            return 1;
        }
        out() << u"removed the Mac NetBoot image %1 (its folder is left as it is)"_s.arg(name) << Qt::endl;
        return 0;
    }
    if (!site->imageByName(name)) {
        err() << u"rackside images: %1 has no image called %2"_s.arg(sitePath, name) << Qt::endl;
        return 1;
    }
    const QStringList removed = Images::SiteImages::remove(*site, name);
    QString error;
    if (!Site::SiteFile::save(*site, sitePath, &error)) {
        err() << u"rackside images: "_s << error << Qt::endl;
        return 1;
    }
    // The site no longer names the copies: remove them after saving.
    if (!Images::SiteImages::removeCopies(site->bootTreePath(sitePath), name))
        err() << u"rackside images: could not delete all of images/%1 in the boot tree"_s.arg(name) << Qt::endl;
    out() << u"removed %1 and its entries: %2"_s.arg(name, removed.isEmpty() ? u"none"_s : removed.join(u", "_s))
          << Qt::endl;
    return 0;
}

} // namespace Commands
