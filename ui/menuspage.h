// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteedit/siteeditor.h"

#include <QWidget>

class QAction;
class QListView;
class QListWidget;

namespace Ui {

class BootTreeListing;
class ConfigPreview;
class HostsTableModel;
class MenuEntryForm;
class MenuForm;
class MenusModel;

/// The Menus page: the site's boot menus edited visually. Menus on the
/// left with the hosts that boot each; the selected menu's settings and
/// entries (dragged or moved with Alt+Up/Down) with a form for the entry;
/// on the right the grub.cfg or pxelinux.cfg exactly as a chosen machine
/// will get it. Every change is a step on the shared undo stack.
class MenusPage : public QWidget
{
    Q_OBJECT
public:
    /// Edits the menus of @p hosts' site editor; hosts' menus are read and
    /// changed through @p hosts (renaming or removing a menu carries to the
    /// hosts naming it, in the same step). The boot tree beside the site
    /// file offers its files for kernels and initrds.
    explicit MenusPage(HostsTableModel *hosts, QWidget *parent = nullptr);
    /// {server} in the preview (the address of the interface served on).
    void setServerAddress(const QHostAddress &address);
    /// Applies what is typed in the forms but not yet committed (the field
    /// still has the focus): before saving, starting, or a tool bar action.
    void commitPendingEdits();

    MenusModel *model() const { return m_model; }
    QListView *menuList() const { return m_menus; }
    QListView *entryList() const { return m_entries; }
    MenuForm *menuForm() const { return m_menuForm; }
    MenuEntryForm *entryForm() const { return m_entryForm; }
    ConfigPreview *preview() const { return m_preview; }
    QListWidget *hostList() const { return m_hostList; }
    BootTreeListing *treeListing() const { return m_tree; }

    int currentMenu() const;
    int currentEntry() const;
    void selectMenu(int menu);
    void selectEntry(int entry);

    // What the buttons and shortcuts do.
    void addMenu();
    void duplicateMenu();
    void removeMenu();
    void addEntry();
    void duplicateEntry();
    void removeEntry();
    void moveEntry(int by);


private:
    void showMenu();
    void showEntry();
    void showHosts();
    void updatePreview();
    void applyMenuForm();
    void applyEntryForm();
    void applyMenu(Site::Menu header, bool nameIsUsable);
    void applyEntry(Site::MenuEntry value, bool nameIsUsable);
    void hostToggled(int row, bool boots);
    QStringList menuNames() const;

    Site::SiteEditor *m_editor;
    HostsTableModel *m_hosts;
    MenusModel *m_model;
    BootTreeListing *m_tree;
    QListView *m_menus;
    QListView *m_entries;
    MenuForm *m_menuForm;
    MenuEntryForm *m_entryForm;
    ConfigPreview *m_preview;
    QListWidget *m_hostList;
    QList<QAction *> m_menuActions;  ///< need a menu
    QList<QAction *> m_entryActions; ///< need an entry
    bool m_updatingHosts = false;
};

} // namespace Ui
