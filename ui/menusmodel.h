// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/bootfiles.h"
#include "site/menu.h"
#include "siteedit/siteeditor.h"

#include <QAbstractItemModel>

namespace Ui {

/// The site's boot menus as a two-level tree: menus at the top, their
/// entries below, in site order: an adapter over the site editor. Every
/// change is one named edit there (one history with the hosts, so Ctrl+Z
/// undoes whichever came last). Entries can be dragged to a new place
/// within their menu.
class MenusModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the menu's or entry's name (hosts refer to it)
        IsDefaultRole, ///< a menu that unknown machines get, or a menu's default entry
    };

    /// Shows and edits @p editor's menus; with none, a site editor of the model's own.
    explicit MenusModel(Site::SiteEditor *editor = nullptr, QObject *parent = nullptr);

    Site::SiteEditor *editor() const { return m_editor; }
    const QList<Site::Menu> &menus() const { return m_menus; }
    /// The menu unknown machines get, as set; empty means the first menu.
    QString defaultMenu() const { return m_defaultMenu; }
    /// Per firmware, the menu its machines get instead of the default one.
    const QMap<Site::BootArch, QString> &archMenus() const { return m_archMenus; }
    /// The menu that really is the default: defaultMenu, else the first menu; -1 when none.
    int defaultMenuRow() const;

    QModelIndex menuIndex(int menu) const;
    QModelIndex entryIndex(int menu, int entry) const;
    /// The menu row of a menu or entry index; -1 for an invalid one.
    int menuRow(const QModelIndex &index) const;

    // Edits, each one step in the editor's history.
    /// Appends @p menu (its name made unique) and returns its row.
    int addMenu(Site::Menu menu);
    /// Appends a copy of @p menu named "<name>-copy" and returns its row.
    int duplicateMenu(int menu);
    void removeMenu(int menu);
    /// Name, title, default entry and timeout of @p menu from @p fields (its
    /// entries are ignored). A new name is carried to defaultMenu; hosts
    /// naming the menu are the caller's (in the same undo macro).
    void setMenuHeader(int menu, const Site::Menu &fields);
    void setDefaultMenu(const QString &name);
    /// Machines of firmware @p arch get menu @p name (empty: the default menu).
    void setArchMenu(Site::BootArch arch, const QString &name);
    /// Inserts @p entry (its name made unique in the menu) at @p row; returns the row.
    int insertEntry(int menu, int row, Site::MenuEntry entry);
    int duplicateEntry(int menu, int entry);
    void removeEntry(int menu, int entry);
    /// Replaces an entry; a new name is carried to the menu's default entry.
    void setEntry(int menu, int entry, const Site::MenuEntry &value);
    /// Moves an entry so that it ends up at row @p to.
    void moveEntry(int menu, int from, int to);

    /// @p base, or base-2, base-3... so that no name in @p taken equals it.
    static QString uniqueName(const QString &base, const QStringList &taken);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Moves the dragged entry and returns false, so the view removes nothing.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /// The menus changed: an edit, or its undo or redo. Not sent when a site is opened.
    void menusChanged();

private:
    struct State
    {
        QList<Site::Menu> menus;
        QString defaultMenu;
        QMap<Site::BootArch, QString> archMenus;
    };
    State state() const { return {m_menus, m_defaultMenu, m_archMenus}; }
    State siteState() const;
    void showSite();
    void push(const QString &text, const State &after);
    void apply(const State &next);
    void applyEntries(int menu, const QList<Site::MenuEntry> &entries);
    QString menuLabel(int menu) const;

    QList<Site::Menu> m_menus;
    /// Each menu's id for its entries' indexes (internalId), in m_menus' order:
    /// it stays when menus above it come and go, so persistent entry indexes do too.
    QList<quintptr> m_ids;
    quintptr m_nextId = 1;
    QList<quintptr> newIds(qsizetype count);
    QString m_defaultMenu;
    QMap<Site::BootArch, QString> m_archMenus;
    Site::SiteEditor *m_editor;
};

} // namespace Ui
