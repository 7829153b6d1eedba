// SPDX-License-Identifier: GPL-3.0-or-later
// The ISO reader on its own, for tests/bench/iso_rate.sh to time against
// bsdtar and xorriso:
//   bench_iso list ISO                  open the image with Iso::IsoArchive and
//                                       walk every entry of its tree;
//   bench_iso extract ISO OUTDIR PATH...  open it and copy each PATH
//                                       ("images/pxeboot/vmlinuz") to
//                                       OUTDIR/<its base name> through
//                                       IsoFile::createDevice(), 1 MiB a read.
// Prints one line of counts and the milliseconds from before the open to the
// end (process start-up is not in it: the script times the whole process),
// and exits 1 with the reason on any error.
#include "iso/isoarchive.h"

#include <KArchiveDirectory>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Counts
{
    qint64 files = 0;
    qint64 dirs = 0;
    qint64 symlinks = 0;
    qint64 bytes = 0;
};

void walk(const KArchiveDirectory *dir, Counts &counts)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = dir->entry(name);
        if (!entry)
            continue;
        if (!entry->symLinkTarget().isEmpty()) {
            ++counts.symlinks;
        } else if (entry->isDirectory()) {
            ++counts.dirs;
            walk(static_cast<const KArchiveDirectory *>(entry), counts);
        } else {
            ++counts.files;
            counts.bytes += static_cast<const KArchiveFile *>(entry)->size();
        }
    }
}

int failWith(const QString &message)
{
    QTextStream(stderr) << "bench_iso: " << message << Qt::endl;
    return 1;
}

int usage()
{
    return failWith(u"usage: bench_iso list ISO | bench_iso extract ISO OUTDIR PATH..."_s);
}

int list(const QString &image)
{
    QElapsedTimer timer;
    timer.start();
    Iso::IsoArchive iso(image);
    if (!iso.open(QIODevice::ReadOnly))
        return failWith(iso.errorString());
    Counts counts;
    walk(iso.directory(), counts);
    const double ms = timer.nsecsElapsed() / 1e6;
    QTextStream(stdout) << "entries " << counts.files + counts.dirs + counts.symlinks << " files " << counts.files
                        << " dirs " << counts.dirs << " symlinks " << counts.symlinks << " bytes " << counts.bytes
                        << " ms " << QString::number(ms, 'f', 1) << Qt::endl;
    return 0;
}

int extract(const QString &image, const QString &outDir, const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    Iso::IsoArchive iso(image);
    if (!iso.open(QIODevice::ReadOnly))
        return failWith(iso.errorString());
    if (!QDir().mkpath(outDir))
        return failWith(u"cannot create %1"_s.arg(outDir));
    constexpr qint64 Chunk = 1 << 20;
    QByteArray buffer(Chunk, Qt::Uninitialized);
    qint64 total = 0;
    for (QString path : paths) {
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        const Iso::IsoFile *file = iso.isoFile(path);
        if (!file)
            return failWith(u"%1: no such file in %2"_s.arg(path, image));
        std::unique_ptr<QIODevice> in(file->createDevice());
        if (!in || !in->isOpen())
            return failWith(u"%1: cannot read it: %2"_s.arg(path, in ? in->errorString() : u"no device"_s));
        const QString target = QDir(outDir).filePath(QFileInfo(path).fileName());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failWith(u"cannot write %1: %2"_s.arg(target, out.errorString()));
        qint64 copied = 0;
        for (;;) {
            const qint64 got = in->read(buffer.data(), Chunk);
            if (got < 0)
                return failWith(u"%1: read error after %2 bytes: %3"_s.arg(path).arg(copied).arg(in->errorString()));
            if (got == 0)
                break;
            if (out.write(buffer.constData(), got) != got)
                return failWith(u"cannot write %1: %2"_s.arg(target, out.errorString()));
            copied += got;
        }
        if (copied != file->size())
            return failWith(u"%1: read %2 bytes of %3"_s.arg(path).arg(copied).arg(file->size()));
        if (!out.flush())
            return failWith(u"cannot write %1: %2"_s.arg(target, out.errorString()));
        out.close();
        total += copied;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    QTextStream(stdout) << "files " << paths.size() << " bytes " << total << " ms " << QString::number(ms, 'f', 1)
                        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == u"list")
        return list(args.at(1));
    if (args.size() >= 4 && args.at(0) == u"extract")
        return extract(args.at(1), args.at(2), args.mid(3));
    return usage();
}
