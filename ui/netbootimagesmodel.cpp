// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbootimagesmodel.h"

using namespace Qt::StringLiterals;

namespace Ui {

NetbootImagesModel::NetbootImagesModel(const Site::SiteEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_rows(editor->site().netboot.images.size())
{
    connect(editor, &Site::SiteEditor::changed, this, [this](Site::SiteEditor::Parts parts) {
        if (!(parts & (Site::SiteEditor::Part::Netboot | Site::SiteEditor::Part::Hosts)))
            return;
        beginResetModel();
        m_rows = m_editor->site().netboot.images.size();
        endResetModel();
    });
}

int NetbootImagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int NetbootImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetbootImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site::Document &site = m_editor->site();
    if (index.row() >= site.netboot.images.size())
        return {};
    const Site::NetbootImage &image = site.netboot.images.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Booter)
        return image.booterPath() == Site::NetbootImage::defaultBooter
                   ? tr("Rackside's GRUB booter: the Mac boots its menu, like a PC")
                   : tr("Served from %1").arg(image.folder.isEmpty() ? tr("the boot tree") : image.folder);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return image.name == site.netboot.defaultImage ? tr("%1 (default)").arg(image.name) : image.name;
    case Id: return image.id().toString();
    case Kind: {
        const QString kind = image.kind == Bsdp::ImageKind::MacOsX         ? u"macOS"_s
                             : image.kind == Bsdp::ImageKind::MacOsXServer ? u"macOS Server"_s
                             : image.kind == Bsdp::ImageKind::HardwareTest ? tr("hardware test")
                                                                           : u"Mac OS 9"_s;
        return image.install ? tr("%1, installer").arg(kind) : kind;
    }
    case Models: return image.models.isEmpty() ? tr("every Mac") : image.models.join(u", "_s);
    case Booter:
        return image.booterPath() == Site::NetbootImage::defaultBooter ? tr("Rackside's GRUB") : image.booterPath();
    case Pinned: {
        QStringList hosts;
        for (const Site::Host &host : site.hosts)
            if (host.netbootImage == image.name)
                hosts.append(host.hostname.isEmpty() ? host.mac.toString() : host.hostname);
        return hosts.join(u", "_s);
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant NetbootImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Mac NetBoot image");
    case Id: return tr("BSDP id");
    case Kind: return tr("Kind");
    case Models: return tr("Models");
    case Booter: return tr("Booter");
    case Pinned: return tr("Pinned hosts");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Ui
