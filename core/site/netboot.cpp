// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/netboot.h"

using namespace Qt::StringLiterals;

namespace Site {

QString NetbootImage::booterPath() const
{
    if (!booter.isEmpty())
        return booter;
    if (!folder.isEmpty())
        return servedFolder() + u"/i386/booter"_s;
    return defaultBooter;
}

QString NetbootImage::servedFolder() const
{
    return folder.isEmpty() ? QString() : u"nbi/"_s + QString::number(index);
}

const NetbootImage *Netboot::imageByName(const QString &name) const
{
    for (const NetbootImage &image : images)
        if (image.name == name)
            return &image;
    return nullptr;
}

} // namespace Site
