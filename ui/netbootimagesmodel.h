// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteedit/siteeditor.h"

#include <QAbstractTableModel>

namespace Ui {

/// The site's Mac NetBoot images as a table: the name the Mac's boot picker
/// shows, the BSDP id, kind, the models that see it, its booter and the
/// hosts pinned to it. Read-only: images are added and removed whole.
class NetbootImagesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Id, Kind, Models, Booter, Pinned, ColumnCount };

    /// The NetBoot images of @p editor's site, shown again when they or the hosts pinned to them change.
    explicit NetbootImagesModel(const Site::SiteEditor *editor, QObject *parent = nullptr);

    const Site::NetbootImage &image(int row) const { return m_editor->site().netboot.images.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Site::SiteEditor *m_editor;
    qsizetype m_rows = 0; ///< as the views know it, until the next reset
};

} // namespace Ui
