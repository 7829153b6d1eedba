// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/filesource.h"

#include <QBuffer>

namespace Boot {

OpenedFile OpenedFile::inMemory(const QString &path, const QByteArray &bytes)
{
    OpenedFile file;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    file.status = Status::Ok;
    file.device = std::move(buffer);
    file.size = bytes.size();
    file.path = path;
    file.generated = true;
    return file;
}

OpenedFile OpenedFile::notFound(const QString &path, const QString &reason)
{
    OpenedFile file;
    file.status = Status::NotFound;
    file.path = path;
    file.reason = reason;
    return file;
}

} // namespace Boot
