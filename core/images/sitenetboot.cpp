// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/sitenetboot.h"

#include "sitecheck/netbootcheck.h"

using namespace Qt::StringLiterals;

namespace Images {

bool SiteNetboot::add(Site::Document &site, const Site::NetbootImage &image, QString *error)
{
    Site::Document after = site;
    after.netboot.images.append(image);
    const QString prefix = u"netboot.images[%1]"_s.arg(after.netboot.images.size() - 1);
    QStringList problems;
    for (const auto &finding : Site::NetbootCheck::check(after))
        if (finding.field.startsWith(prefix))
            problems.append(finding.message);
    if (!problems.isEmpty()) {
        *error = problems.join(u"; "_s);
        return false;
    }
    site = after;
    return true;
}

bool SiteNetboot::remove(Site::Document &site, const QString &name)
{
    const qsizetype removed = site.netboot.images.removeIf([&](const Site::NetbootImage &i) { return i.name == name; });
    if (!removed)
        return false;
    for (Site::Host &host : site.hosts)
        if (host.netbootImage == name)
            host.netbootImage.clear();
    if (site.netboot.defaultImage == name)
        site.netboot.defaultImage.clear();
    return true;
}

int SiteNetboot::freeIndex(const Site::Document &site)
{
    for (int index = 1;; ++index)
        if (std::none_of(site.netboot.images.cbegin(), site.netboot.images.cend(),
                         [index](const Site::NetbootImage &i) { return i.index == index; }))
            return index;
}

} // namespace Images
