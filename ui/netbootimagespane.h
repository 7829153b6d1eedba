// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteedit/siteeditor.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace Ui {

class NetbootImagesModel;

/// The Mac NetBoot images on the Images page: the table, and buttons to add
/// an Apple NBI folder, to add an image that boots Rackside's GRUB booter,
/// and to remove one. The window applies what it asks for to the site.
class NetbootImagesPane : public QWidget
{
    Q_OBJECT

public:
    explicit NetbootImagesPane(const Site::SiteEditor *editor, QWidget *parent = nullptr);

    NetbootImagesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Reads the NBI folder @p folder and asks to add its image; false
    /// (with the reason in @p error) when its NBImageInfo.plist is unusable.
    bool addFolder(const QString &folder, QString *error);
    /// Asks to add an image called @p name that boots Rackside's GRUB booter.
    void addGrubImage(const QString &name);

Q_SIGNALS:
    void addRequested(const Site::NetbootImage &image);
    void removeRequested(const QString &name);
    /// What to tell the operator when an add cannot even be asked for.
    void problem(const QString &message);

private:
    const Site::SiteEditor *m_editor;
    NetbootImagesModel *m_model;
    QTableView *m_view;
    QPushButton *m_addFolder;
    QPushButton *m_addGrub;
    QPushButton *m_remove;
};

} // namespace Ui
