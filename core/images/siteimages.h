// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/menuentry.h"
#include "site/document.h"

#include <QStringList>

namespace Images {

/// Imported images in the site document: adding one with its menu entry,
/// finding the entries that boot it, removing it with them.
struct SiteImages
{
    /// Adds @p image and @p entry: into the menu @p menu when given, else the
    /// default menu, else a new menu "install". Returns the menu's name. An
    /// entry reading NoCloud data gets the meta-data answer file it needs
    /// beside the site's user-data, when the site has none.
    static QString add(Site::Document &site, const Site::Image &image, const Site::MenuEntry &entry,
                       const QString &menu = QString());
    /// "menu/entry" of every entry whose kernel or initrds are the image's.
    static QStringList entriesUsing(const Site::Document &site, const QString &name);
    /// Removes the image and the entries using it. Hosts pointing at a removed
    /// entry fall back to its menu; a menu left without entries goes too
    /// (a menu needs one), and whatever named it falls back to the default.
    /// Returns the "menu/entry" names removed.
    static QStringList remove(Site::Document &site, const QString &name);
    /// Deletes images/<name>/ in @p bootTree, the copies an import made (a
    /// symlink there is removed, never followed). False when it stays.
    static bool removeCopies(const QString &bootTree, const QString &name);
    /// How the site file names @p file: relative when it is beside the site
    /// (the folder moves with it), else absolute.
    static QString pathInSite(const QString &file, const QString &sitePath);
};

} // namespace Images
