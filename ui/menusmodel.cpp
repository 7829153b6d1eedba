// SPDX-License-Identifier: GPL-3.0-or-later
#include "menusmodel.h"

#include "listdifference.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;
using Site::Menu;
using Site::MenuEntry;

namespace Ui {

namespace {

const QString EntryMimeType = u"application/x-rackside-menu-entry"_s;
// An index's internal id: 0 for a menu, its menu's id (m_ids) for an entry.
constexpr quintptr MenuLevel = 0;

QStringList entryNames(const Menu &menu)
{
    QStringList names;
    for (const MenuEntry &e : menu.entries)
        names.append(e.name);
    return names;
}

QFont boldFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

} // namespace

MenusModel::MenusModel(Site::SiteEditor *editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_editor(editor ? editor : new Site::SiteEditor(this))
{
    showSite();
    connect(m_editor, &Site::SiteEditor::opened, this, &MenusModel::showSite);
    connect(m_editor, &Site::SiteEditor::changed, this, [this](Site::SiteEditor::Parts parts) {
        if (parts.testFlag(Site::SiteEditor::Part::Menus))
            apply(siteState());
    });
}

MenusModel::State MenusModel::siteState() const
{
    const Site::Document &site = m_editor->site();
    return {site.menus, site.defaultMenu, site.archMenus};
}

void MenusModel::showSite()
{
    beginResetModel();
    const State shown = siteState();
    m_menus = shown.menus;
    m_ids = newIds(m_menus.size());
    m_defaultMenu = shown.defaultMenu;
    m_archMenus = shown.archMenus;
    endResetModel();
}

void MenusModel::setArchMenu(Site::BootArch arch, const QString &name)
{
    if (m_archMenus.value(arch) == name)
        return;
    State after = state();
    if (name.isEmpty())
        after.archMenus.remove(arch);
    else
        after.archMenus.insert(arch, name);
    push(name.isEmpty() ? tr("%1 machines get the default menu").arg(Site::bootArchKey(arch))
                        : tr("%1 machines get menu %2").arg(Site::bootArchKey(arch), name),
         after);
}

int MenusModel::defaultMenuRow() const
{
    for (qsizetype i = 0; i < m_menus.size(); ++i)
        if (m_menus.at(i).name == m_defaultMenu)
            return int(i);
    return m_menus.isEmpty() ? -1 : 0;
}

QModelIndex MenusModel::menuIndex(int menu) const
{
    return index(menu, 0);
}

QModelIndex MenusModel::entryIndex(int menu, int entry) const
{
    return index(entry, 0, menuIndex(menu));
}

int MenusModel::menuRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return index.internalId() == MenuLevel ? index.row() : int(m_ids.indexOf(index.internalId()));
}

QList<quintptr> MenusModel::newIds(qsizetype count)
{
    QList<quintptr> ids;
    for (qsizetype i = 0; i < count; ++i)
        ids.append(m_nextId++);
    return ids;
}

QString MenusModel::uniqueName(const QString &base, const QStringList &taken)
{
    QString name = base.isEmpty() ? u"entry"_s : base;
    for (int n = 2; taken.contains(name); ++n)
        name = base % u'-' % QString::number(n);
    return name;
}

QString MenusModel::menuLabel(int menu) const
{
    const Menu &m = m_menus.at(menu);
    return m.name.isEmpty() ? tr("(no name)") : m.name;
}

int MenusModel::addMenu(Menu menu)
{
    QStringList taken;
    for (const Menu &m : std::as_const(m_menus))
        taken.append(m.name);
    menu.name = uniqueName(menu.name.isEmpty() ? u"menu"_s : menu.name, taken);
    State after = state();
    after.menus.append(menu);
    push(tr("add menu %1").arg(menu.name), after);
    return int(m_menus.size() - 1);
}

int MenusModel::duplicateMenu(int menu)
{
    if (menu < 0 || menu >= m_menus.size())
        return -1;
    Menu copy = m_menus.at(menu);
    copy.name += u"-copy"_s;
    return addMenu(copy);
}

void MenusModel::removeMenu(int menu)
{
    if (menu < 0 || menu >= m_menus.size())
        return;
    State after = state();
    const QString name = after.menus.takeAt(menu).name;
    if (after.defaultMenu == name)
        after.defaultMenu.clear();
    after.archMenus.removeIf([&name](QMap<Site::BootArch, QString>::iterator it) { return it.value() == name; });
    push(tr("remove menu %1").arg(name), after);
}

void MenusModel::setMenuHeader(int menu, const Menu &fields)
{
    if (menu < 0 || menu >= m_menus.size())
        return;
    State after = state();
    Menu &m = after.menus[menu];
    if (m.name == m_defaultMenu && fields.name != m.name && !m_defaultMenu.isEmpty())
        after.defaultMenu = fields.name;
    for (QString &name : after.archMenus)
        if (name == m.name)
            name = fields.name;
    const QString label = menuLabel(menu);
    m.name = fields.name;
    m.title = fields.title;
    m.defaultEntry = fields.defaultEntry;
    m.timeout = fields.timeout;
    if (m != m_menus.at(menu))
        push(tr("edit menu %1").arg(label), after);
}

void MenusModel::setDefaultMenu(const QString &name)
{
    if (name != m_defaultMenu)
    {
        State after = state();
        after.defaultMenu = name;
        push(tr("make %1 the default menu").arg(name), after);
    }
}

int MenusModel::insertEntry(int menu, int row, MenuEntry entry)
{
    if (menu < 0 || menu >= m_menus.size())
        return -1;
    State after = state();
    Menu &m = after.menus[menu];
    row = std::clamp(row, 0, int(m.entries.size()));
    entry.name = uniqueName(entry.name, entryNames(m));
    m.entries.insert(row, entry);
    push(tr("add entry %1 to %2").arg(entry.name, menuLabel(menu)), after);
    return row;
}

int MenusModel::duplicateEntry(int menu, int entry)
{
    if (menu < 0 || menu >= m_menus.size() || entry < 0 || entry >= m_menus.at(menu).entries.size())
        return -1;
    MenuEntry copy = m_menus.at(menu).entries.at(entry);
    copy.name += u"-copy"_s;
    return insertEntry(menu, entry + 1, copy);
}

void MenusModel::removeEntry(int menu, int entry)
{
    if (menu < 0 || menu >= m_menus.size() || entry < 0 || entry >= m_menus.at(menu).entries.size())
        return;
    State after = state();
    Menu &m = after.menus[menu];
    const QString name = m.entries.takeAt(entry).name;
    if (m.defaultEntry == name)
        m.defaultEntry.clear();
    push(tr("remove entry %1 from %2").arg(name, menuLabel(menu)), after);
}

void MenusModel::setEntry(int menu, int entry, const MenuEntry &value)
{
    if (menu < 0 || menu >= m_menus.size() || entry < 0 || entry >= m_menus.at(menu).entries.size())
        return;
    State after = state();
    Menu &m = after.menus[menu];
    const QString name = m.entries.at(entry).name;
    if (m.defaultEntry == name && !name.isEmpty())
        m.defaultEntry = value.name;
    m.entries[entry] = value;
    if (after.menus != m_menus)
        push(tr("edit entry %1 of %2").arg(name, menuLabel(menu)), after);
}

void MenusModel::moveEntry(int menu, int from, int to)
{
    if (menu < 0 || menu >= m_menus.size())
        return;
    const qsizetype count = m_menus.at(menu).entries.size();
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    State after = state();
    after.menus[menu].entries.move(from, to);
    push(tr("move entry %1 of %2").arg(m_menus.at(menu).entries.at(from).name, menuLabel(menu)), after);
}

void MenusModel::push(const QString &text, const State &after)
{
    m_editor->edit(text, [&after](Site::Document &d) {
        d.menus = after.menus;
        d.defaultMenu = after.defaultMenu;
        d.archMenus = after.archMenus;
    });
}

// Signals only what changed, so views keep their selection.
void MenusModel::apply(const State &next)
{
    const ListDifference<Menu> d(m_menus, next.menus);
    for (qsizetype i = d.first; i < d.first + d.common(); ++i) {
        const int oldDefault = int(m_menus.at(i).defaultIndex());
        applyEntries(int(i), next.menus.at(i).entries);
        m_menus[i] = next.menus.at(i);
        Q_EMIT dataChanged(menuIndex(int(i)), menuIndex(int(i)));
        // The default entry is in bold: the old one and the new one repaint.
        for (int row : {oldDefault, int(m_menus.at(i).defaultIndex())})
            if (row >= 0 && row < m_menus.at(i).entries.size())
                Q_EMIT dataChanged(entryIndex(int(i), row), entryIndex(int(i), row),
                                   {IsDefaultRole, Qt::DisplayRole, Qt::FontRole, Qt::ToolTipRole});
    }
    const qsizetype rest = d.first + d.common();
    if (d.oldEnd > rest) {
        beginRemoveRows({}, int(rest), int(d.oldEnd - 1));
        m_menus.remove(rest, d.oldEnd - rest);
        m_ids.remove(rest, d.oldEnd - rest);
        endRemoveRows();
    }
    if (d.newEnd > rest) {
        beginInsertRows({}, int(rest), int(d.newEnd - 1));
        m_menus = m_menus.first(rest) + next.menus.mid(rest, d.newEnd - rest) + m_menus.sliced(rest);
        m_ids = m_ids.first(rest) + newIds(d.newEnd - rest) + m_ids.sliced(rest);
        endInsertRows();
    }
    const int oldDefault = defaultMenuRow();
    m_defaultMenu = next.defaultMenu;
    m_archMenus = next.archMenus;
    for (int row : {oldDefault, defaultMenuRow()})
        if (row >= 0)
            Q_EMIT dataChanged(menuIndex(row), menuIndex(row), {IsDefaultRole, Qt::FontRole, Qt::ToolTipRole});
    Q_EMIT menusChanged();
}

void MenusModel::applyEntries(int menu, const QList<MenuEntry> &entries)
{
    QList<MenuEntry> &current = m_menus[menu].entries;
    const ListDifference<MenuEntry> d(current, entries);
    const QModelIndex parent = menuIndex(menu);
    // One entry moved (a drag, Alt+Up/Down, or their undo): a row move, so
    // the selection goes with it.
    if (d.oldEnd == d.newEnd && d.oldEnd - d.first >= 2) {
        const qsizetype first = d.first, last = d.oldEnd - 1;
        const bool down = current.at(first) == entries.at(last)
                          && current.mid(first + 1, last - first) == entries.mid(first, last - first);
        const bool up = current.at(last) == entries.at(first)
                        && current.mid(first, last - first) == entries.mid(first + 1, last - first);
        if (down || up) {
            const int from = int(down ? first : last);
            beginMoveRows(parent, from, from, parent, int(down ? last + 1 : first));
            current.move(from, down ? last : first);
            endMoveRows();
            return;
        }
    }
    const qsizetype rest = d.first + d.common();
    for (qsizetype i = d.first; i < rest; ++i)
        current[i] = entries.at(i);
    if (d.common() > 0)
        Q_EMIT dataChanged(index(int(d.first), 0, parent), index(int(rest - 1), 0, parent));
    if (d.oldEnd > rest) {
        beginRemoveRows(parent, int(rest), int(d.oldEnd - 1));
        current.remove(rest, d.oldEnd - rest);
        endRemoveRows();
    }
    if (d.newEnd > rest) {
        beginInsertRows(parent, int(rest), int(d.newEnd - 1));
        current = current.first(rest) + entries.mid(rest, d.newEnd - rest) + current.sliced(rest);
        endInsertRows();
    }
}

QModelIndex MenusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, MenuLevel);
    return createIndex(row, column, m_ids.at(parent.row()));
}

QModelIndex MenusModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == MenuLevel)
        return {};
    const int row = int(m_ids.indexOf(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, MenuLevel);
}

int MenusModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_menus.size());
    if (parent.internalId() == MenuLevel && parent.column() == 0)
        return int(m_menus.at(parent.row()).entries.size());
    return 0;
}

int MenusModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant MenusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Menu &menu = m_menus.at(menuRow(index));
    if (index.internalId() == MenuLevel) {
        const bool isDefault = index.row() == defaultMenuRow();
        switch (role) {
        case Qt::DisplayRole:
            return menu.name;
        case Qt::FontRole:
            return isDefault ? boldFont() : QVariant();
        case NameRole:
        case Qt::EditRole:
            return menu.name;
        case IsDefaultRole:
            return isDefault;
        case Qt::ToolTipRole:
            return isDefault ? tr("The default menu (in bold): machines without a menu of their own get it")
                             : menu.title;
        }
        return {};
    }
    const MenuEntry &entry = menu.entries.at(index.row());
    const bool isDefault = index.row() == menu.defaultIndex();
    switch (role) {
    case Qt::DisplayRole:
        return entry.title.isEmpty() ? entry.name : entry.title;
    case Qt::FontRole:
        return isDefault ? boldFont() : QVariant();
    case NameRole:
    case Qt::EditRole:
        return entry.name;
    case IsDefaultRole:
        return isDefault;
    case Qt::ToolTipRole:
        return isDefault ? tr("%1, the default entry (in bold): %2 %3").arg(entry.name, entry.kernel, entry.arguments)
                         : tr("%1: %2 %3").arg(entry.name, entry.kernel, entry.arguments);
    }
    return {};
}

Qt::ItemFlags MenusModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.internalId() == MenuLevel)
        return f | Qt::ItemIsDropEnabled; // an entry dropped on a menu goes to its end
    return f | Qt::ItemIsDragEnabled;
}

Qt::DropActions MenusModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList MenusModel::mimeTypes() const
{
    return {EntryMimeType};
}

QMimeData *MenusModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || indexes.first().internalId() == MenuLevel)
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(menuRow(indexes.first())) << qint32(indexes.first().row());
    auto *data = new QMimeData;
    data->setData(EntryMimeType, bytes);
    return data;
}

bool MenusModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int /*row*/,
                                 int /*column*/, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(EntryMimeType))
        return false;
    QDataStream in(data->data(EntryMimeType));
    qint32 menu = -1, entry = -1;
    in >> menu >> entry;
    // Within the menu it came from; dropping on an entry puts it there.
    return in.status() == QDataStream::Ok && menuRow(parent) == menu;
}

bool MenusModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream in(data->data(EntryMimeType));
    qint32 menu = -1, entry = -1;
    in >> menu >> entry;
    const int count = rowCount(menuIndex(menu));
    if (entry < 0 || entry >= count)
        return false;
    // row: the gap the entry was dropped into (-1: on an item, or past the end).
    int gap = row;
    if (parent.internalId() != MenuLevel)
        gap = parent.row();
    else if (gap < 0)
        gap = count;
    const int to = gap > entry ? gap - 1 : gap;
    moveEntry(menu, entry, std::clamp(to, 0, count - 1));
    return false; // moved here: the view must not remove the source row
}

} // namespace Ui
