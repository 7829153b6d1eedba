// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"
#include "site/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Site {

/// Loads, checks and saves the site file: the JSON document holding an
/// operator's setup (see README for the format).
class SiteFile
{
    Q_DECLARE_TR_FUNCTIONS(Site::SiteFile)

public:
    /// Larger files are refused unread; a real site is a few kilobytes.
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;

    struct LoadResult
    {
        std::optional<Document> document; ///< set only when there are no problems
        QList<Problem> problems;          ///< every error found, in file order
        /// What the operator should know but does not stop the site loading
        /// (a kernel missing from the boot tree, an incomplete Secure Boot
        /// chain), in file order.
        QList<Problem> warnings;
    };

    /// Also looks in the boot tree for the kernels and initrds the menus
    /// name and, when @p loaderDirectory (Boot::LoaderTree) is given, for
    /// the boot files and the Secure Boot chain; what is missing is a warning.
    static LoadResult load(const QString &path, const QString &loaderDirectory = QString());
    /// @p fileNameForMessages is what problems name as their file.
    static LoadResult parse(const QByteArray &json, const QString &fileNameForMessages);
    /// Indented JSON with a stable key order; parse() reads it back to an equal Document.
    static QByteArray serialize(const Document &document);
    /// Writes atomically (a temporary file renamed over @p path), and only a
    /// valid document; on failure the old file is untouched and @p error says why.
    static bool save(const Document &document, const QString &path, QString *error = nullptr);
    /// What is wrong with @p document as a whole (errors only, warnings are
    /// left out); the problems have no position.
    static QList<Problem> validate(const Document &document);
};

} // namespace Site
