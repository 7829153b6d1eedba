// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecheck/menuvalidator.h"

#include "sitecheck/sitevalidator.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

bool hasControl(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace

MenuValidator::MenuValidator(const Document &document)
    : m_document(document)
{
}

QList<Problem> MenuValidator::validate(const Document &document)
{
    MenuValidator validator(document);
    QSet<QString> names;
    for (qsizetype i = 0; i < document.menus.size(); ++i) {
        validator.checkMenu(i);
        const QString &name = document.menus.at(i).name;
        if (name.isEmpty())
            continue;
        if (names.contains(name)) {
            validator.report(u"menus["_s % QString::number(i) % u"].name"_s,
                             tr("%1 is the name of an earlier menu").arg(quoted(name)));
        }
        names.insert(name);
    }
    if (!document.defaultMenu.isEmpty() && !document.menuByName(document.defaultMenu)) {
        validator.report(u"defaultMenu"_s,
                         tr("there is no menu called %1").arg(quoted(document.defaultMenu)));
    }
    for (auto it = document.archMenus.cbegin(); it != document.archMenus.cend(); ++it) {
        if (!document.menuByName(it.value()))
            validator.report(u"archMenus."_s % bootArchKey(it.key()),
                             tr("there is no menu called %1").arg(quoted(it.value())));
    }
    if (hasControl(document.bootTree))
        validator.report(u"bootTree"_s, tr("%1 is not a folder name").arg(quoted(document.bootTree)));
    validator.checkHosts();
    return validator.m_problems;
}

bool MenuValidator::isValidName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
               || c == u'.' || c == u'_' || c == u'-';
    });
}

QString MenuValidator::timeoutMessage(qint64 seconds)
{
    return tr("%1 is out of range (%2 to wait for a choice, or 0..%3 seconds)")
        .arg(seconds)
        .arg(Site::Menu::waitForever)
        .arg(Site::Menu::maxTimeout);
}

void MenuValidator::checkMenu(qsizetype index)
{
    const Site::Menu &menu = m_document.menus.at(index);
    const QString path = u"menus["_s % QString::number(index) % u']';
    if (menu.name.isEmpty())
        report(path + u".name"_s, tr("a menu name is required"));
    else if (!isValidName(menu.name))
        report(path + u".name"_s,
               tr("%1 is not a menu name (letters, digits, '.', '_' and '-', at most 64)")
                   .arg(quoted(menu.name)));
    if (hasControl(menu.title))
        report(path + u".title"_s, tr("a title is one line of text"));
    if (menu.timeout < Site::Menu::minTimeout || menu.timeout > Site::Menu::maxTimeout)
        report(path + u".timeout"_s, timeoutMessage(menu.timeout));
    if (menu.entries.isEmpty())
        report(path + u".entries"_s, tr("a menu needs at least one entry"));
    if (!menu.defaultEntry.isEmpty() && !menu.entry(menu.defaultEntry))
        report(path + u".default"_s,
               tr("there is no entry called %1 in this menu").arg(quoted(menu.defaultEntry)));

    QSet<QString> names;
    for (qsizetype i = 0; i < menu.entries.size(); ++i) {
        const Site::MenuEntry &entry = menu.entries.at(i);
        const QString entryPath = path % u".entries["_s % QString::number(i) % u']';
        checkEntry(entry, entryPath);
        if (entry.name.isEmpty())
            continue;
        if (names.contains(entry.name))
            report(entryPath + u".name"_s,
                   tr("%1 is the name of an earlier entry in this menu").arg(quoted(entry.name)));
        names.insert(entry.name);
    }
}

void MenuValidator::checkEntry(const Site::MenuEntry &entry, const QString &path)
{
    if (entry.name.isEmpty())
        report(path + u".name"_s, tr("an entry name is required"));
    else if (!isValidName(entry.name))
        report(path + u".name"_s,
               tr("%1 is not an entry name (letters, digits, '.', '_' and '-', at most 64)")
                   .arg(quoted(entry.name)));
    if (hasControl(entry.title))
        report(path + u".title"_s, tr("a title is one line of text"));
    checkPath(entry.kernel, path + u".kernel"_s, true);
    for (qsizetype i = 0; i < entry.initrds.size(); ++i)
        checkPath(entry.initrds.at(i), path % u".initrds["_s % QString::number(i) % u']', true);
    if (hasControl(entry.arguments))
        report(path + u".args"_s, tr("kernel arguments are one line of text"));
}

void MenuValidator::checkPath(const QString &file, const QString &field, bool required)
{
    if (file.isEmpty()) {
        if (required)
            report(field, tr("a path in the boot tree is required"));
        return;
    }
    if (!SiteValidator::isTreePath(file)) {
        report(field, tr("%1 is not a path inside the boot tree (expected a relative path such "
                         "as debian-installer/amd64/linux)")
                          .arg(quoted(file)));
    } else if (file.contains(u' ')) {
        report(field, tr("%1 has a space, which PXELINUX cannot load").arg(quoted(file)));
    }
}

void MenuValidator::checkHosts()
{
    const Document &d = m_document;
    for (qsizetype i = 0; i < d.hosts.size(); ++i) {
        const QString &menu = d.hosts.at(i).menu;
        if (menu.isEmpty())
            continue;
        const QString field = u"hosts["_s % QString::number(i) % u"].menu"_s;
        const qsizetype slash = menu.indexOf(u'/');
        const QString menuName = slash < 0 ? menu : menu.left(slash);
        const Site::Menu *found = d.menuByName(menuName);
        if (!found) {
            if (d.menus.isEmpty()) {
                report(field,
                       tr("the site has no menus, so %1 boots without a generated menu")
                           .arg(quoted(menu)),
                       Problem::Severity::Warning);
            } else {
                report(field, tr("there is no menu called %1").arg(quoted(menuName)));
            }
            continue;
        }
        if (slash >= 0 && !found->entry(menu.mid(slash + 1))) {
            report(field, tr("menu %1 has no entry called %2")
                              .arg(quoted(menuName), quoted(menu.mid(slash + 1))));
        }
    }
}

void MenuValidator::report(const QString &field, const QString &message,
                           Problem::Severity severity)
{
    m_problems.append({QString(), 0, 0, field, message, severity});
}

} // namespace Site
