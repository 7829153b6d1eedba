// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ISO images for tests, made by xorriso (the peer we check ourselves
// against): payload trees, images in each layout, and xorriso's own listing.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace IsoFixture {

/// The Debian installer's real kernel and initrd (debian-installer-13-netboot-amd64).
inline QString debianKernel()
{
    return QStringLiteral("/usr/lib/debian-installer/images/13/amd64/text/debian-installer/amd64/linux");
}
inline QString debianInitrd()
{
    return QStringLiteral("/usr/lib/debian-installer/images/13/amd64/text/debian-installer/amd64/initrd.gz");
}

/// Runs xorriso in @p dir; its output on failure.
inline bool xorriso(const QStringList &args, const QString &dir, QString *output)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("xorriso"), args);
    if (!p.waitForFinished(600'000)) {
        *output = QStringLiteral("xorriso did not finish: ") + p.errorString();
        return false;
    }
    *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// Every path xorriso sees in @p iso, "/a/b" style, sorted, without "/".
inline QStringList xorrisoListing(const QString &iso, QString *output)
{
    QProcess p;
    p.start(QStringLiteral("xorriso"), {QStringLiteral("-indev"), iso, QStringLiteral("-find"), QStringLiteral("/")});
    p.waitForFinished(600'000);
    *output = QString::fromLocal8Bit(p.readAllStandardError());
    QStringList paths;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (QByteArray line : lines) {
        if (line.size() < 2 || !line.startsWith('\'') || !line.endsWith('\''))
            continue;
        line = line.mid(1, line.size() - 2).replace("'\\''", "'");
        if (line != "/")
            paths.append(QString::fromUtf8(line));
    }
    paths.sort();
    return paths;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace IsoFixture
