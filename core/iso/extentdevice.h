// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QList>

#include <memory>

namespace Iso {

/// A run of bytes of the image that holds part of a file.
struct Extent
{
    qint64 offset = 0; ///< in bytes from the start of the image
    qint64 size = 0;
    friend bool operator==(const Extent &, const Extent &) = default;
};

/// A file inside an image as a read-only, seekable device: reads the image
/// at the file's extents (one for most files, several for ISO level 3 files
/// of 4 GiB and more) and nothing else.
class ExtentDevice : public QIODevice
{
public:
    /// Reads through @p image, which must stay open while this is used.
    ExtentDevice(QIODevice *image, QList<Extent> extents);
    /// Owns @p image (its own QFile, so that threads do not share a position).
    ExtentDevice(std::unique_ptr<QIODevice> image, QList<Extent> extents);
    ~ExtentDevice() override;

    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<QIODevice> m_owned;
    QIODevice *m_image;
    QList<Extent> m_extents;
    QList<qint64> m_starts; // file offset where each extent begins
    qint64 m_size = 0;
};

} // namespace Iso
