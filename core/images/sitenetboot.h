// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"

#include <QCoreApplication>
#include <QString>

namespace Images {

/// Adds and removes a site's Mac NetBoot images, the same for the command
/// line and the console.
class SiteNetboot
{
    Q_DECLARE_TR_FUNCTIONS(Images::SiteNetboot)

public:
    /// Appends @p image unless the site would then be wrong (a name or index
    /// used twice...); false with the reasons in @p error.
    static bool add(Site::Document &site, const Site::NetbootImage &image, QString *error);
    /// Removes the image called @p name, the hosts' pins to it and the
    /// default when it names it; false when there is no such image.
    static bool remove(Site::Document &site, const QString &name);
    /// The lowest index from 1 that no image of the site uses.
    static int freeIndex(const Site::Document &site);
};

} // namespace Images
