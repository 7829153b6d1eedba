// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitecheck/hostcheck.h"
#include "hostimport/hostimport.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Site {
class SiteEditor;
}

namespace Ui {

class HostsTableModel;

/// The Hosts page: the site's hosts in a sortable, filterable table, edited
/// in place with each keystroke checked (the reason shown under the table),
/// hosts added and removed from the keyboard, every change undoable.
class HostsPage : public QWidget
{
    Q_OBJECT
public:
    /// Edits @p editor's site; with none, a site editor of the page's own
    /// (with Undo and Redo buttons of its own).
    explicit HostsPage(Site::SiteEditor *editor = nullptr, QWidget *parent = nullptr);

    HostsTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// What the line under the table says: the problem of the text being
    /// typed, of the current cell, or why the last edit was refused.
    QString problemText() const;

    /// Adds an empty host and starts editing its MAC address (Insert).
    void addHost();
    /// Adds the hosts in \a text (spreadsheet rows, dhcpd.conf host blocks or
    /// dnsmasq dhcp-host lines; \a source names it in problems) as one undo
    /// step, and says under the table what came in and what did not. Ctrl+V
    /// adds the clipboard's; File > Import hosts a file's.
    Site::HostImport addHosts(const QString &text, const QString &source);
    /// Reads @p path (a dhcpd.conf, dnsmasq configuration or spreadsheet
    /// text) and adds its hosts as one step; what to look at in a dialog
    /// unless @p quiet. nullopt when the file cannot be read.
    std::optional<Site::HostImport> importFile(const QString &path, bool quiet);
    /// Adds a machine seen booting as a host, noting its firmware and the
    /// day; its row, or -1 when it is a host already.
    int addSeenHost(const Net::MacAddress &mac, const QString &arch);
    /// Removes the selected hosts as one undo step (Delete).
    void removeSelectedHosts();

private:
    void showProblem(const Site::HostCheck::Result &result);
    void showCurrentProblem();

    HostsTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_problem;
    QAction *m_remove;
    bool m_refusing = false; ///< an edit was refused in the event being handled
};

} // namespace Ui
