// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/layeredfiles.h"

using namespace Qt::StringLiterals;

namespace Boot {

LayeredFiles::LayeredFiles(QList<std::shared_ptr<const FileSource>> layers)
    : m_layers(std::move(layers))
{
    m_layers.removeAll(nullptr);
}

OpenedFile LayeredFiles::open(const QString &path, const Requester &who) const
{
    OpenedFile last;
    last.path = path;
    last.reason = u"not found: "_s + path;
    for (const auto &layer : m_layers) {
        OpenedFile file = layer->open(path, who);
        if (file.status != OpenedFile::Status::NotFound)
            return file;
        last = std::move(file);
    }
    return last;
}

} // namespace Boot
