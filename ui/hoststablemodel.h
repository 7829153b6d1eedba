// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitecheck/hostcheck.h"
#include "siteedit/siteeditor.h"

#include <QAbstractTableModel>

namespace Ui {

/// The site's hosts as an editable table, one row per host in site order:
/// an adapter over the site editor. Every change is one named edit there
/// (one undo history for the whole site); edits are checked with
/// Site::HostCheck: errors are refused (with the reason), while warnings
/// such as a duplicate address are stored and shown in the cells. Changes
/// from anywhere (undo, an install-done, a menu rename) show as the rows
/// they touch, so views keep their selection.
class HostsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Mac, Hostname, Ip, Menu, NextBoot, NetbootImage, Notes, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< Site::HostCheck::Status of the cell, as int
        ProblemRole, ///< what is wrong with the cell, in words; empty when nothing is
        SortRole, ///< fixed IPs as numbers (none: -1), other cells as shown; for a sorting proxy
        NextBootRole, ///< the host's Site::NextBoot as its site-file name ("menu", "local"); settable
    };

    /// Shows and edits @p editor's site; with none, a site editor of the model's own.
    explicit HostsTableModel(Site::SiteEditor *editor = nullptr, QObject *parent = nullptr);

    Site::SiteEditor *editor() const { return m_editor; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Text for a cell; refused (false, with the reason in editRefused())
    /// when HostCheck calls it an error.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// What HostCheck says about @p text typed into the cell at @p index.
    Site::HostCheck::Result checkEdit(const QModelIndex &index, const QString &text) const;

    /// Appends @p host as one edit and returns its row.
    int addHost(const Site::Host &host = {});
    /// Removes the hosts in @p rows (any order, duplicates ignored) as one step.
    void removeHosts(const QList<int> &rows);
    /// Appends @p hosts (pasted or imported) as one step. They are taken as
    /// they are: problems show in their cells.
    void pasteHosts(const QList<Site::Host> &hosts);
    /// Gives the hosts in @p rows the menu @p menu (empty: the default menu) as one step.
    void setMenuOfHosts(const QList<int> &rows, const QString &menu);
    /// What the Next boot column shows for @p next.
    static QString nextBootText(Site::NextBoot next);
    /// What the Menu cell takes: each menu's name, then "menu/entry" for each entry.
    QStringList menuChoices() const;
    /// What the Mac image cell takes: empty (the Mac chooses), then each NetBoot image's name.
    QStringList netbootImageChoices() const;
    /// The rows whose host boots menu @p menu, or one of its entries.
    QList<int> hostsUsingMenu(const QString &menu) const;
Q_SIGNALS:
    /// setData() refused text for @p index; @p reason says why, in words.
    void editRefused(const QModelIndex &index, const QString &reason);

private:
    /// At @p row, the hosts @p before became @p after.
    struct Splice
    {
        int row = 0;
        QList<Site::Host> before;
        QList<Site::Host> after;
    };

    const Site::Document &site() const { return m_editor->site(); }
    /// Hands the splices, applied in order, to the editor as one edit called @p text.
    void edit(const QString &text, const QList<Splice> &splices);
    /// Brings the rows in line with the editor's site after a change of @p parts.
    void follow(Site::SiteEditor::Parts parts);
    QString display(const Site::Host &host, int column) const;
    Site::HostCheck::Result cellCheck(int row, int column) const;

    Site::SiteEditor *m_editor;
    QList<Site::Host> m_hosts; ///< the rows, in step with the editor after each change
};

} // namespace Ui
