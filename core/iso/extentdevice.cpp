// SPDX-License-Identifier: GPL-3.0-or-later
#include "extentdevice.h"

#include <algorithm>

namespace Iso {

ExtentDevice::ExtentDevice(QIODevice *image, QList<Extent> extents)
    : m_image(image)
    , m_extents(std::move(extents))
{
    for (const Extent &e : std::as_const(m_extents)) {
        m_starts.append(m_size);
        m_size += e.size;
    }
}

ExtentDevice::ExtentDevice(std::unique_ptr<QIODevice> image, QList<Extent> extents)
    : ExtentDevice(image.get(), std::move(extents))
{
    m_owned = std::move(image);
}

ExtentDevice::~ExtentDevice() = default;

bool ExtentDevice::open(OpenMode mode)
{
    if (mode & WriteOnly) {
        setErrorString(QStringLiteral("read-only"));
        return false;
    }
    if (!m_image->isOpen() && !m_image->open(QIODevice::ReadOnly)) {
        setErrorString(m_image->errorString());
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

bool ExtentDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size)
        return false;
    return QIODevice::seek(pos);
}

qint64 ExtentDevice::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 at = pos();
    while (done < maxSize && at < m_size) {
        const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend(), at);
        const qsizetype i = (next - m_starts.cbegin()) - 1;
        const qint64 within = at - m_starts.at(i);
        const qint64 chunk = std::min(maxSize - done, m_extents.at(i).size - within);
        if (!m_image->seek(m_extents.at(i).offset + within)) {
            setErrorString(m_image->errorString());
            return done ? done : -1;
        }
        const qint64 got = m_image->read(data + done, chunk);
        if (got <= 0) {
            setErrorString(got < 0 ? m_image->errorString() : QStringLiteral("the image ends early"));
            return done ? done : -1;
        }
        done += got;
        at += got;
    }
    return done;
}

} // namespace Iso
