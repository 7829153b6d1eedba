// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagestablemodel.h"

#include "images/installer.h"
#include "images/siteimages.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Ui {

ImagesTableModel::ImagesTableModel(const Site::SiteEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    showSite();
    connect(editor, &Site::SiteEditor::changed, this, [this](Site::SiteEditor::Parts parts) {
        if (parts & (Site::SiteEditor::Part::Images | Site::SiteEditor::Part::Menus))
            showSite();
    });
}

// A handful of images: a reset is simpler than a diff and as quick.
void ImagesTableModel::showSite()
{
    beginResetModel();
    m_entries.clear();
    for (const Site::Image &image : m_editor->site().images)
        m_entries.append(Images::SiteImages::entriesUsing(m_editor->site(), image.name));
    endResetModel();
}

int ImagesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImagesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImagesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Site::Image &image = m_editor->site().images.at(index.row());
    if (role == Qt::ToolTipRole) {
        QStringList lines{image.kernel};
        lines += image.initrds;
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name: return image.name;
    case Distribution: {
        // The title without the version and architecture shown beside it.
        QString name = image.title;
        for (const QString &part : {image.arch, image.version}) {
            if (!part.isEmpty() && name.endsWith(u' ' + part))
                name.chop(part.size() + 1);
        }
        return name;
    }
    case Version: return image.version;
    case Arch: return image.arch;
    case Kernel: return image.kernelVersion;
    case Initrd: return image.initrdCompression;
    case Size: return image.size > 0 ? QLocale().formattedDataSize(image.size) : QString();
    case Entries: return m_entries.value(index.row()).isEmpty() ? tr("none") : m_entries.value(index.row()).join(u", "_s);
    case Source: return image.file.isEmpty() ? tr("kernel and initrd") : image.file;
    case ColumnCount: break;
    }
    return {};
}

QVariant ImagesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Distribution: return tr("Distribution");
    case Version: return tr("Version");
    case Arch: return tr("Architecture");
    case Kernel: return tr("Kernel");
    case Initrd: return tr("Initrd");
    case Size: return tr("Size");
    case Entries: return tr("Menu entries");
    case Source: return tr("Imported from");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Ui
