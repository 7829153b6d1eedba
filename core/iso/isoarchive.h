// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bootcatalog.h"
#include "isofile.h"

#include <KArchive>

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace Iso {

class DirectoryWalk;

/// An ISO 9660 image (CD, DVD, hybrid USB image) as a read-only KArchive:
/// ECMA-119 with Rock Ridge names, modes and symlinks (relocated deep
/// directories put back where they belong), Joliet when there is no Rock
/// Ridge, multi-extent files of ISO level 3, and the El Torito boot images.
///
/// Opening reads the volume descriptors and the directories, nothing else:
/// a file's data is read only when it is read. Images that are truncated or
/// made to hurt (directory loops, extents past the end, absurd lengths) fail
/// to open with an errorString() that says what is wrong, and where.
class IsoArchive : public KArchive
{
    Q_DECLARE_TR_FUNCTIONS(Iso::IsoArchive)

public:
    /// Which of the image's trees names the files.
    enum class Names { RockRidge, Joliet, Iso9660 };

    explicit IsoArchive(const QString &fileName);
    explicit IsoArchive(QIODevice *device);
    ~IsoArchive() override;

    Names names() const { return m_names; }
    QString volumeId() const { return m_volumeId; }
    /// Boot images from the El Torito catalog; empty when there is none.
    QList<BootCatalog::Image> bootImages() const { return m_bootImages; }
    /// The file a boot image is, when the tree shows it; empty otherwise
    /// (a BIOS image is often only in the catalog).
    QString bootImagePath(const BootCatalog::Image &image) const;
    /// The file at @p path ("a/b/c", no leading slash), or nullptr.
    const IsoFile *isoFile(const QString &path) const;

    // What an image may ask of us before it counts as hostile.
    static constexpr qint64 MaxDirectoryBytes = 16 << 20;
    static constexpr int MaxDepth = 256;
    /// Real DVDs hold well under 100,000 entries; each costs a few hundred bytes.
    static constexpr int MaxEntries = 500'000;
    /// All directories together (overlapping ones would be parsed again and again).
    static constexpr qint64 MaxTotalDirectoryBytes = 256 << 20;
    static constexpr int MaxContinuations = 32;

protected:
    bool createDevice(QIODevice::OpenMode mode) override;
    bool openArchive(QIODevice::OpenMode mode) override;
    bool closeArchive() override;
    bool doWriteDir(const QString &, const QString &, const QString &, mode_t, const QDateTime &,
                    const QDateTime &, const QDateTime &) override;
    bool doWriteSymLink(const QString &, const QString &, const QString &, const QString &, mode_t,
                        const QDateTime &, const QDateTime &, const QDateTime &) override;
    bool doPrepareWriting(const QString &, const QString &, const QString &, qint64, mode_t, const QDateTime &,
                          const QDateTime &, const QDateTime &) override;
    bool doFinishWriting(qint64) override;

private:
    friend class DirectoryWalk;
    bool refuseWriting();

    std::unique_ptr<QFile> m_file;
    Names m_names = Names::Iso9660;
    QString m_volumeId;
    QList<BootCatalog::Image> m_bootImages;
    QHash<quint32, QString> m_pathAtBlock; // first block of each file -> its path
};

} // namespace Iso
