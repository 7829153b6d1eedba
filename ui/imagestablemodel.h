// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteedit/siteeditor.h"

#include <QAbstractTableModel>

namespace Ui {

/// The site's imported images as a table: what each installs, its kernel's
/// version and initrd's compression, its size, and the menu entries that
/// boot it. Read-only: images come and go by import and removal.
class ImagesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Distribution, Version, Arch, Kernel, Initrd, Size, Entries, Source, ColumnCount };

    /// The images of @p editor's site, shown again when they or the menus change.
    explicit ImagesTableModel(const Site::SiteEditor *editor, QObject *parent = nullptr);

    const Site::Image &image(int row) const { return m_editor->site().images.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void showSite();

    const Site::SiteEditor *m_editor;
    QList<QStringList> m_entries; // per image: "menu/entry" that boot it
};

} // namespace Ui
