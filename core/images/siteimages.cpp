// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteimages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Images {

namespace {

bool uses(const Site::MenuEntry &entry, const QString &folder)
{
    if (entry.kernel.startsWith(folder))
        return true;
    return std::any_of(entry.initrds.cbegin(), entry.initrds.cend(),
                       [&](const QString &initrd) { return initrd.startsWith(folder); });
}

QString folderOf(const QString &name) { return QStringLiteral("images/") + name + u'/'; }

} // namespace

QString SiteImages::add(Site::Document &site, const Site::Image &image, const Site::MenuEntry &entry,
                        const QString &menu)
{
    site.images.append(image);
    QString target = menu;
    if (target.isEmpty())
        target = site.defaultMenu.isEmpty() && !site.menus.isEmpty() ? site.menus.first().name : site.defaultMenu;
    auto it = std::find_if(site.menus.begin(), site.menus.end(), [&](const Site::Menu &m) { return m.name == target; });
    if (it == site.menus.end()) {
        Site::Menu created;
        created.name = target.isEmpty() ? QStringLiteral("install") : target;
        created.title = QStringLiteral("Rackside");
        site.menus.append(created);
        it = site.menus.end() - 1;
    }
    Site::MenuEntry added = entry;
    for (int n = 2; it->entry(added.name); ++n)
        added.name = entry.name + u'-' + QString::number(n);
    it->entries.append(added);
    // NoCloud fetches meta-data beside user-data and gives up without it.
    if (entry.arguments.contains(QStringLiteral("ds=nocloud")) && site.answerFileByName(QStringLiteral("user-data"))
        && !site.answerFileByName(QStringLiteral("meta-data")))
        site.answerFiles.append({QStringLiteral("meta-data"),
                                 QStringLiteral("instance-id: rackside-{mac}\nlocal-hostname: {hostname}\n"), QString()});
    return it->name;
}

QStringList SiteImages::entriesUsing(const Site::Document &site, const QString &name)
{
    QStringList found;
    for (const Site::Menu &menu : site.menus) {
        for (const Site::MenuEntry &entry : menu.entries) {
            if (uses(entry, folderOf(name)))
                found.append(menu.name + u'/' + entry.name);
        }
    }
    return found;
}

QStringList SiteImages::remove(Site::Document &site, const QString &name)
{
    const QStringList removed = entriesUsing(site, name);
    for (Site::Menu &menu : site.menus) {
        const bool wasDefault = menu.entry(menu.defaultEntry)
                                && uses(*menu.entry(menu.defaultEntry), folderOf(name));
        menu.entries.removeIf([&](const Site::MenuEntry &e) { return uses(e, folderOf(name)); });
        if (wasDefault)
            menu.defaultEntry.clear();
    }
    QStringList emptied;
    site.menus.removeIf([&](const Site::Menu &menu) {
        const bool empty = menu.entries.isEmpty()
                           && std::any_of(removed.cbegin(), removed.cend(), [&](const QString &r) {
                                  return r.section(u'/', 0, 0) == menu.name;
                              });
        if (empty)
            emptied.append(menu.name);
        return empty;
    });
    for (Site::Host &host : site.hosts) {
        if (removed.contains(host.menu))
            host.menu = host.menu.section(u'/', 0, 0);
        if (emptied.contains(host.menu))
            host.menu.clear();
    }
    if (emptied.contains(site.defaultMenu))
        site.defaultMenu.clear();
    for (auto it = site.archMenus.begin(); it != site.archMenus.end();)
        it = emptied.contains(it.value()) ? site.archMenus.erase(it) : std::next(it);
    site.images.removeIf([&](const Site::Image &image) { return image.name == name; });
    return removed;
}

bool SiteImages::removeCopies(const QString &bootTree, const QString &name)
{
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name.startsWith(u'.'))
        return false;
    const QString folder = QDir(bootTree).filePath(QStringLiteral("images/") + name);
    const QFileInfo info(folder);
    if (info.isSymLink())
        return QFile::remove(folder);
    return !info.exists() || QDir(folder).removeRecursively();
}

QString SiteImages::pathInSite(const QString &file, const QString &sitePath)
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    const QString relative = QFileInfo(sitePath).absoluteDir().relativeFilePath(absolute);
    return relative.startsWith(QStringLiteral("../")) ? absolute : relative;
}

} // namespace Images
