// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/menu.h"

#include <algorithm>

namespace Site {

const MenuEntry *Menu::entry(const QString &entryName) const
{
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const MenuEntry &e) { return e.name == entryName; });
    return it == entries.end() ? nullptr : &*it;
}

qsizetype Menu::defaultIndex() const
{
    if (entries.isEmpty())
        return -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).name == defaultEntry)
            return i;
    }
    return 0;
}

Menu Menu::only(const QString &entryName) const
{
    Menu single;
    single.name = name;
    single.title = title;
    single.timeout = 0;
    if (const MenuEntry *e = entry(entryName)) {
        single.entries.append(*e);
        single.defaultEntry = e->name;
    }
    return single;
}

} // namespace Site
