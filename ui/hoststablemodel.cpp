// SPDX-License-Identifier: GPL-3.0-or-later
#include "hoststablemodel.h"

#include "site/ipv4.h"

#include <QColor>
#include <QFontDatabase>
#include <QUndoCommand>

#include <algorithm>

using namespace Qt::StringLiterals;
using Site::Host;
using Site::HostCheck;

namespace Ui {

namespace {

// Translucent, so they read on light and dark palettes alike.
const QColor ErrorBackground(0xd0, 0x31, 0x2d, 80);
const QColor WarningBackground(0xe0, 0x9a, 0x00, 80);

// The first columns are HostCheck's fields, in its order.
static_assert(int(HostCheck::Field::Mac) == HostsTableModel::Mac
              && int(HostCheck::Field::Hostname) == HostsTableModel::Hostname
              && int(HostCheck::Field::Ip) == HostsTableModel::Ip
              && int(HostCheck::Field::Menu) == HostsTableModel::Menu);

std::optional<HostCheck::Field> fieldOf(int column)
{
    if (column < HostsTableModel::Mac || column > HostsTableModel::Menu)
        return std::nullopt;
    return HostCheck::Field(column);
}

} // namespace

/// One step on the undo stack: splices applied in order, undone in reverse.
/// A step that outlives the model (on a shared stack) does nothing.
class HostsTableModel::Edit final : public QUndoCommand
{
public:
    Edit(const QString &text, HostsTableModel *model, const QList<Splice> &splices)
        : QUndoCommand(text)
        , m_model(model)
        , m_splices(splices)
    {
    }

    void redo() override
    {
        if (!m_model)
            return;
        for (const Splice &s : std::as_const(m_splices))
            m_model->splice(s.row, s.before.size(), s.after);
        m_model->changed();
    }

    void undo() override
    {
        if (!m_model)
            return;
        for (auto s = m_splices.crbegin(); s != m_splices.crend(); ++s)
            m_model->splice(s->row, s->after.size(), s->before);
        m_model->changed();
    }

private:
    QPointer<HostsTableModel> m_model;
    QList<Splice> m_splices;
};

HostsTableModel::HostsTableModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack ? undoStack : new QUndoStack(this))
{
}

void HostsTableModel::setDocument(const Site::Document &document)
{
    beginResetModel();
    m_document = document;
    endResetModel();
    if (m_undoStack)
        m_undoStack->clear();
}

int HostsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.hosts.size());
}

int HostsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HostsTableModel::display(const Host &host, int column) const
{
    switch (column) {
    case Mac:
        return host.mac.isNull() ? QString() : host.mac.toString();
    case Hostname:
        return host.hostname;
    case Ip:
        return host.ip.isNull() ? QString() : host.ip.toString();
    case Menu:
        return host.menu;
    case NextBoot:
        return nextBootText(host.nextBoot);
    case NetbootImage:
        return host.netbootImage;
    case Notes:
        return host.notes;
    }
    return {};
}

QStringList HostsTableModel::netbootImageChoices() const
{
    QStringList names{QString()};
    for (const Site::NetbootImage &image : m_document.netboot.images)
        names.append(image.name);
    return names;
}

QString HostsTableModel::nextBootText(Site::NextBoot next)
{
    return next == Site::NextBoot::LocalDisk ? tr("local disk") : tr("menu");
}

HostCheck::Result HostsTableModel::cellCheck(int row, int column) const
{
    const auto field = fieldOf(column);
    return field ? HostCheck::check(m_document, row, *field) : HostCheck::Result{};
}

QVariant HostsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Host &host = m_document.hosts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(host, column);
    case SortRole:
        // Numerically, so 10.0.0.9 comes before 10.0.0.10; no fixed address first.
        if (column == Ip)
            return host.ip.isNull() ? qint64(-1) : qint64(host.ip.toIPv4Address());
        return display(host, column);
    case Qt::ToolTipRole:
        if (const QString problem = cellCheck(index.row(), column).message; !problem.isEmpty())
            return problem;
        if (column == Menu && host.menu.isEmpty() && !m_document.archMenus.isEmpty()) {
            QStringList byFirmware;
            for (auto it = m_document.archMenus.cbegin(); it != m_document.archMenus.cend(); ++it)
                byFirmware.append(u"%1: %2"_s.arg(Site::bootArchKey(it.key()), it.value()));
            return tr("Boots its firmware's menu (%1), else the site's default menu").arg(byFirmware.join(u", "_s));
        }
        if (column == Menu && host.menu.isEmpty())
            return tr("Boots the site's default menu");
        if (column == Ip && host.ip.isNull())
            return tr("Takes an address from the dynamic range");
        if (column == NextBoot && host.nextBoot == Site::NextBoot::LocalDisk)
            return tr("Installed: its boot loader starts the local disk. Choose \"menu\" to install it again.");
        if (column == NextBoot)
            return tr("Boots its menu; an installer's install-done call switches it to its local disk");
        if (column == NetbootImage && !host.netbootImage.isEmpty() && !m_document.netboot.imageByName(host.netbootImage))
            return tr("No NetBoot image is called %1").arg(host.netbootImage);
        if (column == NetbootImage)
            return host.netbootImage.isEmpty() ? tr("A Mac chooses from the NetBoot images (the default is preselected)")
                                               : tr("A Mac boots this NetBoot image without choosing");
        return {};
    case Qt::BackgroundRole:
        if (const HostCheck::Result check = cellCheck(index.row(), column); !check.isOk())
            return check.isError() ? ErrorBackground : WarningBackground;
        if (column == NetbootImage && !host.netbootImage.isEmpty() && !m_document.netboot.imageByName(host.netbootImage))
            return ErrorBackground;
        return {};
    case Qt::FontRole:
        if (column == Mac || column == Ip)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case StatusRole:
        return int(cellCheck(index.row(), column).status);
    case ProblemRole:
        return cellCheck(index.row(), column).message;
    case NextBootRole:
        return Site::nextBootName(host.nextBoot);
    }
    return {};
}

QVariant HostsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return Qt::AscendingOrder; // the first click on a header sorts A to Z
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Mac:
        return tip ? tr("The machine's network card, as aa:bb:cc:dd:ee:ff") : tr("MAC");
    case Hostname:
        return tip ? tr("The name the machine gets over DHCP") : tr("Host name");
    case Ip:
        return tip ? tr("Inside the subnet, outside the dynamic range; empty: one from the range")
                   : tr("Fixed IP");
    case Menu:
        return tip ? tr("A boot menu, or menu/entry for one entry; empty: the default menu")
                   : tr("Menu");
    case NextBoot:
        return tip ? tr("What the machine does when it next boots") : tr("Next boot");
    case NetbootImage:
        return tip ? tr("For a Mac: the NetBoot image it boots without choosing; empty: it chooses")
                   : tr("Mac image");
    case Notes:
        return tip ? QString() : tr("Notes");
    }
    return {};
}

Qt::ItemFlags HostsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

HostCheck::Result HostsTableModel::checkEdit(const QModelIndex &index, const QString &text) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto field = fieldOf(index.column());
    return field ? HostCheck::check(m_document, index.row(), *field, text) : HostCheck::Result{};
}

bool HostsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != NextBootRole) || !(flags(index) & Qt::ItemIsEditable)
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = index.column();
    if (role == NextBootRole && column != NextBoot)
        return false;
    if (column == NextBoot) {
        // The site file's word, or what the column shows.
        const QString text = value.toString().trimmed();
        std::optional<Site::NextBoot> next = Site::nextBootFromName(text);
        for (Site::NextBoot n : {Site::NextBoot::Menu, Site::NextBoot::LocalDisk})
            if (!next && text.compare(nextBootText(n), Qt::CaseInsensitive) == 0)
                next = n;
        if (!next) {
            Q_EMIT editRefused(index, tr("the next boot is \"menu\" or \"local disk\""));
            return false;
        }
        Host after = m_document.hosts.at(index.row());
        if (after.nextBoot == *next)
            return true;
        after.nextBoot = *next;
        push(*next == Site::NextBoot::Menu ? tr("install %1 again").arg(after.label())
                                           : tr("boot %1 from its local disk").arg(after.label()),
             {{index.row(), {m_document.hosts.at(index.row())}, {after}}});
        return true;
    }
    if (column == NetbootImage) {
        const QString name = value.toString().trimmed();
        if (!name.isEmpty() && !m_document.netboot.imageByName(name)) {
            Q_EMIT editRefused(index, tr("no NetBoot image is called %1").arg(name));
            return false;
        }
        Host after = m_document.hosts.at(index.row());
        if (after.netbootImage == name)
            return true;
        after.netbootImage = name;
        push(name.isEmpty() ? tr("let %1 choose its NetBoot image").arg(after.label())
                            : tr("pin %1 to NetBoot image %2").arg(after.label(), name),
             {{index.row(), {m_document.hosts.at(index.row())}, {after}}});
        return true;
    }
    // Notes are the operator's own words, spaces and all.
    const QString text = column == Notes ? value.toString() : value.toString().trimmed();
    if (const HostCheck::Result check = checkEdit(index, text); check.isError()) {
        Q_EMIT editRefused(index, check.message);
        return false;
    }
    const int row = index.row();
    const Host before = m_document.hosts.at(row);
    Host after = before;
    switch (column) {
    case Mac:
        after.mac = *Net::MacAddress::parse(text);
        break;
    case Ip:
        after.ip = text.isEmpty() ? QHostAddress() : *Site::parseIpv4(text);
        break;
    case Hostname:
        after.hostname = text;
        break;
    case Menu:
        after.menu = text;
        break;
    default:
        after.notes = text;
    }
    if (after == before)
        return true;
    const QString name = !before.hostname.isEmpty() ? before.hostname
                         : !before.mac.isNull()     ? before.mac.toString()
                                                    : tr("a new host");
    push(tr("edit %1 of %2").arg(headerData(column, Qt::Horizontal).toString(), name),
         {{row, {before}, {after}}});
    return true;
}

int HostsTableModel::addHost(const Host &host)
{
    const int row = rowCount();
    push(tr("add a host"), {{row, {}, {host}}});
    return row;
}

void HostsTableModel::removeHosts(const QList<int> &rows)
{
    QList<int> sorted = rows;
    sorted.removeIf([this](int row) { return row < 0 || row >= rowCount(); });
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // Runs of neighbouring rows from the bottom up: each leaves the view at
    // once, and the rows above keep their numbers.
    QList<Splice> runs;
    for (int row : std::as_const(sorted)) {
        if (runs.isEmpty() || runs.last().row != row + 1)
            runs.append({row + 1, {}, {}});
        runs.last().row = row;
        runs.last().before.prepend(m_document.hosts.at(row));
    }
    if (!runs.isEmpty())
        push(tr("remove %n host(s)", nullptr, int(sorted.size())), runs);
}

void HostsTableModel::pasteHosts(const QList<Host> &hosts)
{
    if (!hosts.isEmpty())
        push(tr("paste %n host(s)", nullptr, int(hosts.size())), {{rowCount(), {}, hosts}});
}

void HostsTableModel::setMenuOfHosts(const QList<int> &rows, const QString &menu)
{
    QList<Splice> splices;
    for (int row : rows) {
        if (row < 0 || row >= rowCount() || m_document.hosts.at(row).menu == menu)
            continue;
        Host after = m_document.hosts.at(row);
        after.menu = menu;
        splices.append({row, {m_document.hosts.at(row)}, {after}});
    }
    if (!splices.isEmpty())
        push(menu.isEmpty() ? tr("give %n host(s) the default menu", nullptr, int(splices.size()))
                            : tr("give %n host(s) menu %1", nullptr, int(splices.size())).arg(menu),
             splices);
}

bool HostsTableModel::markInstalled(const Net::MacAddress &mac)
{
    for (int row = 0; row < rowCount(); ++row) {
        const Host &host = m_document.hosts.at(row);
        if (host.mac != mac || mac.isNull())
            continue;
        if (host.nextBoot == Site::NextBoot::LocalDisk)
            return true;
        Host after = host;
        after.nextBoot = Site::NextBoot::LocalDisk;
        push(tr("%1 installed: boot its local disk").arg(host.label()), {{row, {host}, {after}}});
        return true;
    }
    return false;
}

QStringList HostsTableModel::menuChoices() const
{
    QStringList choices;
    for (const Site::Menu &m : std::as_const(m_document.menus))
        choices.append(m.name);
    for (const Site::Menu &m : std::as_const(m_document.menus))
        for (const Site::MenuEntry &e : m.entries)
            choices.append(m.name % u'/' % e.name);
    return choices;
}

QList<int> HostsTableModel::hostsUsingMenu(const QString &menu) const
{
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        const QString &m = m_document.hosts.at(row).menu;
        if (!menu.isEmpty() && (m == menu || m.startsWith(menu + u'/')))
            rows.append(row);
    }
    return rows;
}

void HostsTableModel::renameMenu(const QString &before, const QString &after)
{
    if (before == after)
        return;
    QList<Splice> splices;
    for (int row : hostsUsingMenu(before)) {
        Host host = m_document.hosts.at(row);
        host.menu = after + host.menu.mid(before.size());
        splices.append({row, {m_document.hosts.at(row)}, {host}});
    }
    if (!splices.isEmpty())
        push(tr("point %n host(s) at menu %1", nullptr, int(splices.size())).arg(after), splices);
}

void HostsTableModel::setMenus(const QList<Site::Menu> &menus, const QString &defaultMenu,
                               const QMap<Site::BootArch, QString> &archMenus)
{
    m_document.menus = menus;
    m_document.defaultMenu = defaultMenu;
    m_document.archMenus = archMenus;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Menu), index(rowCount() - 1, Menu));
}

void HostsTableModel::push(const QString &text, const QList<Splice> &splices)
{
    if (m_undoStack)
        m_undoStack->push(new Edit(text, this, splices));
    else // the shared stack is gone: still edit, without undo
        Edit(text, this, splices).redo();
}

void HostsTableModel::splice(int row, qsizetype count, const QList<Host> &hosts)
{
    if (count == hosts.size()) { // an edit in place: the rows stay
        for (qsizetype i = 0; i < count; ++i)
            m_document.hosts[row + i] = hosts.at(i);
        if (count > 0)
            Q_EMIT dataChanged(index(row, 0), index(row + int(count) - 1, ColumnCount - 1));
        return;
    }
    if (count > 0) {
        beginRemoveRows({}, row, row + int(count) - 1);
        m_document.hosts.remove(row, count);
        endRemoveRows();
    }
    if (!hosts.isEmpty()) {
        beginInsertRows({}, row, row + int(hosts.size()) - 1);
        m_document.hosts = m_document.hosts.first(row) + hosts + m_document.hosts.sliced(row);
        endInsertRows();
    }
}

void HostsTableModel::changed()
{
    // One host's change can make another's duplicate warning come or go.
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, StatusRole, ProblemRole});
    }
    Q_EMIT documentChanged();
}

} // namespace Ui
