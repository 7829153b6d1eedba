// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"

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

    using QAbstractTableModel::QAbstractTableModel;

    void setSite(const Site::Document &site);
    const Site::Image &image(int row) const { return m_site.images.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Site::Document m_site;
    QList<QStringList> m_entries; // per image: "menu/entry" that boot it
};

} // namespace Ui
