// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftp/blockreader.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Tftp {

namespace {
constexpr int ReadAheadBytes = 64 * 1024;
}

BlockReader::BlockReader(QIODevice *device, int blockSize)
    : m_device(device)
    , m_blockSize(blockSize)
    , m_data(qsizetype(blockSize) * std::max(1, ReadAheadBytes / blockSize), Qt::Uninitialized)
{
}

std::optional<QByteArrayView> BlockReader::block(qint64 offset)
{
    const bool endSeen = m_at >= 0 && m_filled < m_data.size(); // a short buffer ends at the end of the file
    if (endSeen && offset >= m_at + m_filled)
        return QByteArrayView(); // past the end: nothing more, not an error
    const bool inside = m_at >= 0 && offset >= m_at && offset <= m_at + m_filled;
    const bool whole = inside && (offset + m_blockSize <= m_at + m_filled || endSeen);
    if (!whole && !fill(offset))
        return std::nullopt;
    const qint64 start = offset - m_at;
    return QByteArrayView(m_data.constData() + start, std::min<qint64>(m_blockSize, m_filled - start));
}

bool BlockReader::fill(qint64 offset)
{
    m_at = -1;
    if (m_device->pos() != offset && !m_device->seek(offset)) {
        m_error = u"cannot seek to %1: %2"_s.arg(offset).arg(m_device->errorString());
        return false;
    }
    qint64 got = 0;
    while (got < m_data.size()) {
        const qint64 n = m_device->read(m_data.data() + got, m_data.size() - got);
        if (n < 0) {
            m_error = m_device->errorString();
            return false;
        }
        if (n == 0)
            break;
        got += n;
    }
    m_at = offset;
    m_filled = got;
    return true;
}

} // namespace Tftp
