// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Site {

/// An installer image the operator imported (site key "images"): its kernel
/// and initrds copied into the boot tree under images/<name>/, and for an
/// ISO the whole image served read-only over HTTP as iso/<name>/ (its files)
/// and iso/<name>.iso (the image itself).
struct Image
{
    enum class Source { Iso, Archive, Folder, Files };

    QString name; ///< a folder name: letters, digits, '.', '-', '_'
    Source source = Source::Iso;
    /// The ISO, archive or folder it came from; relative to the site file's
    /// folder or absolute. Empty for a kernel and initrd imported on their own.
    QString file;
    QString distribution; ///< Images::Installer::familyKey(): "redhat", "debian", ...
    QString title; ///< "Fedora 41 x86_64"
    QString version;
    QString arch;
    QString kernel; ///< boot tree path: images/<name>/...
    QStringList initrds; ///< boot tree paths, in load order
    QString kernelVersion; ///< from the kernel's header; may be empty
    QString initrdCompression; ///< "gzip", "microcode + zstd", ...
    QMap<QString, QString> sha256; ///< boot tree path -> SHA-256 of the copy, hex
    qint64 size = 0; ///< bytes of the source when imported

    static QString sourceName(Source source); ///< "iso", "archive", "folder", "files"
    static std::optional<Source> sourceFromName(QStringView name);

    friend bool operator==(const Image &, const Image &) = default;
};

} // namespace Site
