// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageimport.h"
#include "imagetree.h"
#include "initrdimage.h"
#include "iso/isoarchive.h"
#include "kernelimage.h"
#include "sitecheck/boottreecheck.h"

#include <KTar>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

namespace Images {

namespace {

constexpr qint64 Chunk = 1 << 20;

bool looksLikeIso(const QString &path)
{
    QFile f(path);
    // ECMA-119: the first volume descriptor's "CD001" at block 16, byte 1.
    return f.open(QIODevice::ReadOnly) && f.seek(16 * 2048 + 1) && f.read(5) == "CD001";
}

bool isKernel(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && KernelImage::inspect(f).isLinux;
}

// A copy's name from a name inside the image: nothing SHA256SUMS, a
// PXELINUX INITRD list or a kernel command line would read differently.
QString copyName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_') ? c : u'_';
    while (out.startsWith(u'.'))
        out.replace(0, 1, u'_');
    return out.isEmpty() ? QStringLiteral("file") : out.left(100);
}

bool plainName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

ImportRequest ImportRequest::forSite(const Site::Document &site, const QString &sitePath, const QStringList &sources)
{
    ImportRequest request;
    request.sources = sources;
    request.bootTree = site.bootTreePath(sitePath);
    request.siteFolder = QFileInfo(sitePath).absolutePath();
    request.existing = site.images;
    for (const Site::AnswerFile &answers : site.answerFiles)
        request.answerFiles.append(answers.name);
    return request;
}

ImageImport::ImageImport(ImportRequest request)
    : m_request(std::move(request))
{
}

ImageImport::~ImageImport() = default;

QString ImageImport::treePath(const QString &name)
{
    return QStringLiteral("iso/") + name;
}

bool ImageImport::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool ImageImport::openSources()
{
    const QStringList &sources = m_request.sources;
    if (sources.isEmpty())
        return fail(tr("Nothing to import."));
    for (const QString &source : sources) {
        if (!QFileInfo::exists(source))
            return fail(tr("%1 does not exist.").arg(source));
    }
    const QString first = sources.first();
    if (sources.size() > 1 && (looksLikeIso(first) || QFileInfo(first).isDir()))
        return fail(tr("Import one image at a time: %1 is an image of its own.").arg(sources.at(1)));
    if (sources.size() > 1 || isKernel(first)) {
        // A kernel and its initrds, dropped together.
        m_source = Site::Image::Source::Files;
        if (!isKernel(first))
            return fail(tr("%1 is not a Linux kernel: give the kernel first, then its initrds.").arg(first));
        if (sources.size() < 2)
            return fail(tr("%1 is a kernel: give its initrd too.").arg(first));
        m_installer.name = QFileInfo(first).completeBaseName();
        m_installer.kernel = QFileInfo(first).absoluteFilePath();
        for (qsizetype i = 1; i < sources.size(); ++i) {
            if (looksLikeIso(sources.at(i)))
                return fail(tr("Import one image at a time: %1 is an ISO.").arg(sources.at(i)));
            m_installer.initrds.append(QFileInfo(sources.at(i)).absoluteFilePath());
        }
        m_ownFiles = QStringList{m_installer.kernel} + m_installer.initrds;
        return true;
    }
    if (QFileInfo(first).isDir()) {
        m_source = Site::Image::Source::Folder;
        m_tree = ImageTree::ofFolder(first);
    } else if (looksLikeIso(first)) {
        m_source = Site::Image::Source::Iso;
        m_archive = std::make_unique<Iso::IsoArchive>(first);
    } else {
        m_source = Site::Image::Source::Archive;
        m_archive = std::make_unique<KTar>(first);
    }
    if (m_archive) {
        if (!m_archive->open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(first, m_archive->errorString()));
        m_tree = ImageTree::ofArchive(m_archive->directory());
    }
    m_installer = Installer::detect(*m_tree);
    return true;
}

bool ImageImport::checkDuplicates()
{
    const QString source = m_source == Site::Image::Source::Files
                               ? QString()
                               : QFileInfo(m_request.sources.first()).canonicalFilePath();
    for (const Site::Image &image : std::as_const(m_request.existing)) {
        if (!source.isEmpty() && QFileInfo(QDir(m_request.siteFolder), image.file).canonicalFilePath() == source)
            return fail(tr("%1 is already imported, as %2.").arg(m_request.sources.first(), image.name));
    }
    for (const Site::Image &image : std::as_const(m_request.existing)) {
        if (image.name == m_name)
            return fail(tr("An image called %1 is already imported. Remove it first, or give this one another "
                           "name.").arg(m_name));
    }
    if (QFileInfo::exists(QDir(m_request.bootTree).filePath(QStringLiteral("images/") + m_name)))
        return fail(tr("The boot tree already has a folder images/%1. Remove it first, or give this image another "
                       "name.").arg(m_name));
    return true;
}

bool ImageImport::inspect()
{
    if (!openSources())
        return false;
    if (!m_request.initrd.isEmpty()) {
        if (!QFileInfo(m_request.initrd).isFile())
            return fail(tr("%1 does not exist.").arg(m_request.initrd));
        m_installer.initrds = {QFileInfo(m_request.initrd).absoluteFilePath()};
        m_ownFiles.append(m_installer.initrds.first());
        m_installer.problem.clear();
    }
    if (!m_installer.problem.isEmpty())
        return fail(m_installer.problem);
    if (m_installer.kernel.isEmpty() || m_installer.initrds.isEmpty())
        return fail(tr("No Linux kernel and initrd found in %1.").arg(m_request.sources.first()));
    if (m_installer.guessed && !m_request.acceptGuess)
        return fail(tr("%1 is no installer Rackside knows. The kernel looks like %2 and the initrd like %3: "
                       "confirm to import them as they are.")
                        .arg(m_request.sources.first(), m_installer.kernel, m_installer.initrds.join(u", ")));
    const QString all = m_installer.arguments + u' ' + m_installer.answerArguments;
    const bool servesTree = m_source == Site::Image::Source::Iso || m_source == Site::Image::Source::Folder;
    if ((all.contains(u"{tree}") && !servesTree)
        || (m_installer.arguments.contains(u"{iso}") && m_source != Site::Image::Source::Iso))
        return fail(tr("%1 installs from its ISO image: import the ISO itself.").arg(m_installer.title()));
    m_name = m_request.name.isEmpty() ? m_installer.slug() : m_request.name;
    if (!plainName(m_name))
        return fail(tr("%1 is not an image name (letters, digits, '.', '-' and '_', at most 64).").arg(m_name));
    return checkDuplicates();
}

QString ImageImport::expand(const QString &arguments) const
{
    const QString base = QStringLiteral("http://{server}/");
    QString out = arguments;
    out.replace(QStringLiteral("{tree}"), base + treePath(m_name));
    out.replace(QStringLiteral("{iso}"), base + treePath(m_name) + QStringLiteral(".iso"));
    out.replace(QStringLiteral("{answersFolder}"), base + QStringLiteral("answers/"));
    out.replace(QStringLiteral("{answers}"), base + QStringLiteral("answers/") + m_installer.answerFile);
    return out.simplified();
}

bool ImageImport::run(const std::function<void(const ImportProgress &)> &progress, const std::atomic_bool &cancel)
{
    const QDir images(QDir(m_request.bootTree).filePath(QStringLiteral("images")));
    if (!images.exists() && !QDir().mkpath(images.path()))
        return fail(tr("Cannot make the folder %1.").arg(images.path()));
    QTemporaryDir partial(images.filePath(u'.' + m_name + QStringLiteral(".partial-XXXXXX")));
    if (!partial.isValid())
        return fail(tr("Cannot write in %1: %2").arg(images.path(), partial.errorString()));

    QStringList from{m_installer.kernel};
    from += m_installer.initrds;
    // Only the files the operator named come from the disk; everything else
    // from inside the image, whatever its path looks like.
    const auto own = [&](const QString &path) { return m_ownFiles.contains(path); };
    const auto open = [&](const QString &path) -> std::unique_ptr<QIODevice> {
        if (own(path)) {
            auto file = std::make_unique<QFile>(path);
            return file->open(QIODevice::ReadOnly) ? std::move(file) : nullptr;
        }
        return m_tree->open(path);
    };
    ImportProgress state;
    state.totalFiles = int(from.size());
    for (const QString &path : std::as_const(from))
        state.totalBytes += own(path) ? QFileInfo(path).size() : m_tree->size(path);

    QStringList copies, sums;
    for (const QString &path : std::as_const(from)) {
        QString name = copyName(QFileInfo(path).fileName());
        if (copies.contains(name))
            name = QString::number(copies.size()) + u'-' + name;
        copies.append(name);
        state.file = path;
        auto in = open(path);
        if (!in)
            return fail(tr("Cannot read %1 in %2.").arg(path, m_request.sources.first()));
        QFile out(partial.filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (;;) {
            if (cancel.load()) {
                m_cancelled = true;
                return fail(tr("Import cancelled."));
            }
            const QByteArray chunk = in->read(Chunk);
            if (chunk.isEmpty())
                break;
            if (out.write(chunk) != chunk.size())
                return fail(tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
            hash.addData(chunk);
            state.bytes += chunk.size();
            if (progress)
                progress(state);
        }
        if (!out.flush())
            return fail(tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
        const QString sum = QString::fromLatin1(hash.result().toHex());
        m_image.sha256.insert(QStringLiteral("images/") + m_name + u'/' + name, sum);
        sums.append(sum + QStringLiteral("  ") + name);
        ++state.files;
        if (progress)
            progress(state);
    }
    {
        // sha256sum -c reads this.
        QSaveFile list(partial.filePath(QStringLiteral("SHA256SUMS")));
        if (!list.open(QIODevice::WriteOnly) || list.write((sums.join(u'\n') + u'\n').toUtf8()) < 0 || !list.commit())
            return fail(tr("Cannot write %1: %2").arg(list.fileName(), list.errorString()));
    }

    // What the copies are, read from the copies.
    QFile kernel(partial.filePath(copies.first()));
    if (kernel.open(QIODevice::ReadOnly))
        m_image.kernelVersion = KernelImage::inspect(kernel).release();
    QStringList compression;
    for (qsizetype i = 1; i < copies.size(); ++i) {
        QFile initrd(partial.filePath(copies.at(i)));
        if (initrd.open(QIODevice::ReadOnly))
            compression.append(InitrdImage::inspect(initrd).description());
    }
    m_image.initrdCompression = compression.join(QStringLiteral(", "));

    if (cancel.load()) {
        m_cancelled = true;
        return fail(tr("Import cancelled."));
    }
    if (!QDir().rename(partial.path(), images.filePath(m_name)))
        return fail(tr("Cannot move the copies to %1.").arg(images.filePath(m_name)));
    partial.setAutoRemove(false);
    QFile::setPermissions(images.filePath(m_name), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                       | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                       | QFile::ExeOther);

    const QString folder = QStringLiteral("images/") + m_name + u'/';
    m_image.name = m_name;
    m_image.source = m_source;
    m_image.file = m_source == Site::Image::Source::Files ? QString()
                                                          : QFileInfo(m_request.sources.first()).absoluteFilePath();
    m_image.distribution = Installer::familyKey(m_installer.family);
    m_image.title = m_installer.title();
    m_image.version = m_installer.version;
    m_image.arch = m_installer.arch;
    m_image.kernel = folder + copies.first();
    for (qsizetype i = 1; i < copies.size(); ++i)
        m_image.initrds.append(folder + copies.at(i));
    m_image.size = m_source == Site::Image::Source::Folder ? 0 : QFileInfo(m_request.sources.first()).size();

    m_entry.name = m_name;
    m_entry.title = QStringLiteral("Install ") + m_installer.title();
    m_entry.kernel = m_image.kernel;
    m_entry.initrds = m_image.initrds;
    QString arguments = m_installer.arguments;
    m_notes = m_installer.notes;
    if (!m_installer.answerFile.isEmpty()) {
        if (m_request.answerFiles.contains(m_installer.answerFile))
            arguments += u' ' + m_installer.answerArguments;
        else
            m_notes.append(tr("Add an answer file named %1 to the site to install unattended.").arg(m_installer.answerFile));
    }
    m_entry.arguments = expand(arguments);
    return true;
}

} // namespace Images
