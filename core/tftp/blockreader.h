// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

class QIODevice;

namespace Tftp {

/// Reads a download's file block by block through a read-ahead buffer of
/// about 64 KiB: one read() per 44 blocks of 1468 bytes instead of one per
/// block, which in lockstep is a quarter of the server's system calls. A
/// window sent again is served from the buffer while it still holds it.
class BlockReader
{
public:
    BlockReader(QIODevice *device, int blockSize);

    /// The block at byte \a offset: blockSize bytes, fewer for the last
    /// block (none past the end). Valid until the next call; nullopt when
    /// the device fails (errorString()).
    std::optional<QByteArrayView> block(qint64 offset);
    QString errorString() const { return m_error; }

private:
    bool fill(qint64 offset);

    QIODevice *m_device;
    int m_blockSize;
    QByteArray m_data; ///< capacity: a whole number of blocks
    qint64 m_at = -1; ///< file offset of m_data's first byte; -1: empty
    qint64 m_filled = 0; ///< bytes of m_data read from the file
    QString m_error;
};

} // namespace Tftp
