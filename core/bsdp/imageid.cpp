// SPDX-License-Identifier: GPL-3.0-or-later
#include "bsdp/imageid.h"

using namespace Qt::StringLiterals;

namespace Bsdp {

QString imageKindName(ImageKind kind)
{
    switch (kind) {
    case ImageKind::MacOs9: return u"macos9"_s;
    case ImageKind::MacOsX: return u"macosx"_s;
    case ImageKind::MacOsXServer: return u"macosx-server"_s;
    case ImageKind::HardwareTest: return u"hardware-test"_s;
    }
    return {};
}

std::optional<ImageKind> imageKindFromName(QStringView name)
{
    for (const ImageKind k : {ImageKind::MacOs9, ImageKind::MacOsX, ImageKind::MacOsXServer, ImageKind::HardwareTest})
        if (name == imageKindName(k))
            return k;
    return std::nullopt;
}

ImageId ImageId::make(quint16 index, ImageKind kind, bool install)
{
    return {(install ? 0x80000000u : 0u) | (quint32(quint8(kind) & 0x7f) << 24) | index};
}

QString ImageId::toString() const
{
    return u"0x%1"_s.arg(qulonglong(value), 8, 16, QChar(u'0'));
}

} // namespace Bsdp
