// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/menuentry.h"

#include <QList>
#include <QString>

namespace Site {

/// A boot menu as GRUB or PXELINUX shows it: entries, the one booted when
/// nobody presses a key, and how long to wait.
struct Menu
{
    static constexpr int waitForever = -1;
    static constexpr int minTimeout = waitForever;
    /// PXELINUX counts its TIMEOUT in tenths and stops at 35996.
    static constexpr int maxTimeout = 3599;

    QString name;  ///< unique in the site; hosts and defaultMenu refer to it
    QString title; ///< shown above the entries; empty: none
    QList<MenuEntry> entries;
    QString defaultEntry; ///< an entry's name; empty: the first entry
    int timeout = 5;      ///< seconds before the default boots; 0 at once, waitForever never

    /// The entry called @p entryName, or nullptr.
    const MenuEntry *entry(const QString &entryName) const;
    /// Index of the entry that boots by default; -1 when there are no entries.
    qsizetype defaultIndex() const;
    /// This menu reduced to the single entry @p entryName (booted at once);
    /// an empty menu when there is no such entry.
    Menu only(const QString &entryName) const;

    friend bool operator==(const Menu &, const Menu &) = default;
};

} // namespace Site
