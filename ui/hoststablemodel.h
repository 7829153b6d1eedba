// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"
#include "sitecheck/hostcheck.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

namespace Ui {

/// The hosts of a Site::Document as an editable table, one row per host in
/// document order. Every change is one step on a QUndoStack; edits are
/// checked with Site::HostCheck: errors are refused (with the reason), while
/// warnings such as a duplicate address are stored and shown in the cells.
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

    /// Changes go onto @p undoStack (which may be shared with other editors;
    /// steps left on it after the model is gone do nothing), or with none, a
    /// stack of the model's own.
    explicit HostsTableModel(QUndoStack *undoStack = nullptr, QObject *parent = nullptr);

    /// Shows @p document's hosts. The undo history is cleared: its steps
    /// name rows of the previous document.
    void setDocument(const Site::Document &document);
    /// The document with the hosts as edited.
    const Site::Document &document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }

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

    /// Appends @p host as one undo step and returns its row.
    int addHost(const Site::Host &host = {});
    /// Removes the hosts in @p rows (any order, duplicates ignored) as one step.
    void removeHosts(const QList<int> &rows);
    /// Appends @p hosts (pasted or imported) as one step. They are taken as
    /// they are: problems show in their cells.
    void pasteHosts(const QList<Site::Host> &hosts);
    /// Gives the hosts in @p rows the menu @p menu (empty: the default menu) as one step.
    void setMenuOfHosts(const QList<int> &rows, const QString &menu);
    /// The install-done callback: @p mac's host boots its local disk next
    /// (one undo step); false when no host has that MAC.
    bool markInstalled(const Net::MacAddress &mac);
    /// What the Next boot column shows for @p next.
    static QString nextBootText(Site::NextBoot next);
    /// Points the hosts naming menu @p before (or one of its entries) at
    /// @p after, as one step; nothing when none does.
    void renameMenu(const QString &before, const QString &after);
    /// What the Menu cell takes: each menu's name, then "menu/entry" for each entry.
    QStringList menuChoices() const;
    /// What the Mac image cell takes: empty (the Mac chooses), then each NetBoot image's name.
    QStringList netbootImageChoices() const;
    /// The rows whose host boots menu @p menu, or one of its entries.
    QList<int> hostsUsingMenu(const QString &menu) const;
    /// The site's menus changed (in the menu editor): hosts' menu cells are
    /// checked against these. Not an undo step.
    void setMenus(const QList<Site::Menu> &menus, const QString &defaultMenu,
                  const QMap<Site::BootArch, QString> &archMenus = {});

Q_SIGNALS:
    /// The hosts changed: an edit, or its undo or redo. Not sent by setDocument().
    void documentChanged();
    /// setData() refused text for @p index; @p reason says why, in words.
    void editRefused(const QModelIndex &index, const QString &reason);

private:
    class Edit;
    /// At @p row, the hosts @p before became @p after.
    struct Splice
    {
        int row = 0;
        QList<Site::Host> before;
        QList<Site::Host> after;
    };

    void push(const QString &text, const QList<Splice> &splices);
    void splice(int row, qsizetype count, const QList<Site::Host> &hosts);
    void changed();
    QString display(const Site::Host &host, int column) const;
    Site::HostCheck::Result cellCheck(int row, int column) const;

    Site::Document m_document;
    QPointer<QUndoStack> m_undoStack;
};

} // namespace Ui
