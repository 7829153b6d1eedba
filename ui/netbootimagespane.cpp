// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbootimagespane.h"

#include "netbootimagesmodel.h"
#include "images/nbifolder.h"
#include "images/sitenetboot.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

NetbootImagesPane::NetbootImagesPane(const Site::SiteEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new NetbootImagesModel(editor, this))
    , m_view(new QTableView(this))
    , m_addFolder(new QPushButton(tr("Add NBI folder…"), this))
    , m_addGrub(new QPushButton(tr("Add GRUB image…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(u"netbootImagesPane"_s);
    m_view->setObjectName(u"netbootImagesView"_s);
    m_addFolder->setObjectName(u"addNbiFolderButton"_s);
    m_addGrub->setObjectName(u"addGrubNetbootButton"_s);
    m_remove->setObjectName(u"removeNetbootImageButton"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_addFolder->setToolTip(tr("An Apple NetBoot image folder (.nbi) made by System Image Utility or AutoNBI; "
                               "served as it is. You can also drop it on the window."));
    m_addGrub->setToolTip(tr("An entry in the Mac's boot picker that starts Rackside's GRUB booter: the Mac then "
                             "boots its menu, like a PC"));

    auto *title = new QLabel(tr("<b>Mac NetBoot images</b> (BSDP: what Intel Macs see when they start with N held "
                                "down or pick a network disk)"),
                             this);
    title->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_addGrub);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add an Apple NBI folder"));
        QString error;
        if (!folder.isEmpty() && !addFolder(folder, &error))
            Q_EMIT problem(error);
    });
    connect(m_addGrub, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add a Mac NetBoot image"),
                                                   tr("The name the Mac's boot picker shows:"), QLineEdit::Normal,
                                                   tr("Rackside"), &ok);
        if (ok && !name.trimmed().isEmpty())
            addGrubImage(name.trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_view->currentIndex(); current.isValid())
            Q_EMIT removeRequested(m_model->image(current.row()).name);
    });
    const auto updateRemove = [this] { m_remove->setEnabled(m_view->currentIndex().isValid()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateRemove);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateRemove);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    updateRemove();
}

bool NetbootImagesPane::addFolder(const QString &folder, QString *error)
{
    const auto image = Images::NbiFolder::read(folder, m_editor->path(), error);
    if (!image)
        return false;
    Q_EMIT addRequested(*image);
    return true;
}

void NetbootImagesPane::addGrubImage(const QString &name)
{
    Site::NetbootImage image;
    image.name = name;
    image.index = Images::SiteNetboot::freeIndex(m_editor->site());
    image.kind = Bsdp::ImageKind::MacOsX;
    image.install = true; // it boots installers from the menu
    Q_EMIT addRequested(image);
}

} // namespace Ui
