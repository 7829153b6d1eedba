// SPDX-License-Identifier: GPL-3.0-or-later
#include "image.h"

#include <optional>

namespace Site {

QString Image::sourceName(Source source)
{
    switch (source) {
    case Source::Iso: return QStringLiteral("iso");
    case Source::Archive: return QStringLiteral("archive");
    case Source::Folder: return QStringLiteral("folder");
    case Source::Files: return QStringLiteral("files");
    }
    return {};
}

std::optional<Image::Source> Image::sourceFromName(QStringView name)
{
    for (Source s : {Source::Iso, Source::Archive, Source::Folder, Source::Files}) {
        if (sourceName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace Site
