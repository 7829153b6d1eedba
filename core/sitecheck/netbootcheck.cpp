// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecheck/netbootcheck.h"

#include "bsdp/vendoroptions.h"
#include "sitecheck/sitevalidator.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Site {

QList<NetbootCheck::Finding> NetbootCheck::check(const Document &d)
{
    QList<Finding> out;
    const auto quoted = Site::quoted;
    QHash<QString, qsizetype> names;
    QHash<int, qsizetype> indexes;
    for (qsizetype i = 0; i < d.netboot.images.size(); ++i) {
        const NetbootImage &image = d.netboot.images.at(i);
        const QString path = u"netboot.images["_s % QString::number(i) % u']';
        const bool control = std::any_of(image.name.begin(), image.name.end(), [](QChar c) { return c.unicode() < 0x20; });
        if (image.name.trimmed().isEmpty())
            out.append({path + u".name"_s, tr("the name the Mac's boot picker shows is required")});
        else if (control)
            out.append({path + u".name"_s, tr("%1 has control characters").arg(quoted(image.name))});
        else if (image.name.toUtf8().size() > Bsdp::VendorOptions::MaxNameBytes)
            out.append({path + u".name"_s, tr("the name is %1 bytes in UTF-8; BSDP carries at most %2")
                                               .arg(image.name.toUtf8().size())
                                               .arg(Bsdp::VendorOptions::MaxNameBytes)});
        else if (const auto it = names.constFind(image.name); it != names.cend())
            out.append({path + u".name"_s, tr("%1 is already the name of netboot.images[%2]").arg(quoted(image.name)).arg(*it)});
        else
            names.insert(image.name, i);
        if (image.index > 0) {
            if (const auto it = indexes.constFind(image.index); it != indexes.cend())
                out.append({path + u".index"_s, tr("index %1 is already netboot.images[%2]'s").arg(image.index).arg(*it)});
            else
                indexes.insert(image.index, i);
        }
        for (qsizetype m = 0; m < image.models.size(); ++m) {
            const QString &model = image.models.at(m);
            if (model.isEmpty() || model.contains(u'/') || model.contains(u' '))
                out.append({path % u".models["_s % QString::number(m) % u']',
                            tr("%1 is not a Mac model (as the Mac sends it, e.g. \"MacBookPro11,1\")").arg(quoted(model))});
        }
        for (const auto &[key, value] : {std::pair{u".booter"_s, image.booter}, std::pair{u".rootPath"_s, image.rootPath}}) {
            if (!value.isEmpty() && !SiteValidator::isTreePath(value))
                out.append({path + key, tr("%1 is not a path in what Rackside serves (relative, no \"..\")").arg(quoted(value))});
        }
        // The BOOTP file field holds 127 bytes and a NUL.
        if (const QByteArray booter = image.booterPath().toUtf8(); booter.size() > 127)
            out.append({path + u".booter"_s, tr("the booter's path is %1 bytes; the Mac's firmware reads at most 127")
                                                 .arg(booter.size())});
    }
    if (!d.netboot.defaultImage.isEmpty() && !d.netboot.imageByName(d.netboot.defaultImage))
        out.append({u"netboot.defaultImage"_s, tr("no NetBoot image is called %1").arg(quoted(d.netboot.defaultImage))});
    for (qsizetype i = 0; i < d.hosts.size(); ++i) {
        const QString &name = d.hosts.at(i).netbootImage;
        if (!name.isEmpty() && !d.netboot.imageByName(name))
            out.append({u"hosts["_s % QString::number(i) % u"].netbootImage"_s,
                        tr("no NetBoot image is called %1").arg(quoted(name))});
    }
    return out;
}

} // namespace Site
