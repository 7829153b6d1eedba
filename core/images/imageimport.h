// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "images/installer.h"
#include "site/menuentry.h"
#include "site/document.h"
#include "site/image.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class KArchive;

namespace Images {

class ImageTree;

/// What to import and where to.
struct ImportRequest
{
    /// An ISO, a netboot archive (.tar.gz) or a folder; or a kernel followed
    /// by its initrds.
    QStringList sources;
    QString bootTree; ///< absolute; the copies go to images/<name>/ in it
    QString name; ///< empty: from the distribution, version and architecture
    /// Replaces the image's initrd: Debian's netboot initrd paired with its ISO.
    QString initrd;
    /// The operator accepts a kernel and initrd found by their headers alone.
    bool acceptGuess = false;
    QList<Site::Image> existing; ///< the site's images: duplicates are refused
    QString siteFolder; ///< what the existing images' relative paths are relative to
    QStringList answerFiles; ///< the site's answer file names

    /// A request to import @p sources into the site @p site saved at
    /// @p sitePath: its boot tree, its images and answer files.
    static ImportRequest forSite(const Site::Document &site, const QString &sitePath, const QStringList &sources);
};

/// How far an import is.
struct ImportProgress
{
    qint64 bytes = 0;
    qint64 totalBytes = 0;
    int files = 0; ///< files done
    int totalFiles = 0;
    QString file; ///< the one being copied
};

/// Imports one installer image: finds out what it is (inspect()), then
/// copies its kernel and initrds into the boot tree with their SHA-256
/// (run()). Copies go to a hidden folder first that becomes images/<name>/
/// in one rename, so a cancelled or failed import leaves nothing behind.
/// Not a QObject: the console runs it on a worker thread, `rackside import`
/// on its own.
class ImageImport
{
    Q_DECLARE_TR_FUNCTIONS(Images::ImageImport)

public:
    explicit ImageImport(ImportRequest request);
    ~ImageImport();

    /// Opens the sources and detects the installer; false with error().
    bool inspect();
    /// Copies; @p progress is called on this thread about every MiB; stops
    /// soon after @p cancel turns true. false with error() or cancelled().
    bool run(const std::function<void(const ImportProgress &)> &progress, const std::atomic_bool &cancel);

    const Installer &installer() const { return m_installer; }
    QString name() const { return m_name; }
    Site::Image image() const { return m_image; }
    /// The boot menu entry that installs it.
    Site::MenuEntry entry() const { return m_entry; }
    QStringList notes() const { return m_notes; }
    QString error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

    /// "iso/<name>": where the HTTP server serves an image's files.
    static QString treePath(const QString &name);

private:
    bool fail(const QString &error);
    bool openSources();
    bool checkDuplicates();
    QString expand(const QString &arguments) const;

    ImportRequest m_request;
    Site::Image::Source m_source = Site::Image::Source::Iso;
    std::unique_ptr<KArchive> m_archive;
    std::unique_ptr<ImageTree> m_tree;
    QStringList m_ownFiles; // files the operator named (not inside the image), read from disk
    Installer m_installer;
    QString m_name;
    Site::Image m_image;
    Site::MenuEntry m_entry;
    QStringList m_notes;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace Images
