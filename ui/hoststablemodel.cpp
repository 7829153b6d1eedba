// SPDX-License-Identifier: GPL-3.0-or-later
#include "hoststablemodel.h"

#include "listdifference.h"
#include "site/ipv4.h"

#include <QColor>
#include <QFontDatabase>

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

HostsTableModel::HostsTableModel(Site::SiteEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor ? editor : new Site::SiteEditor(this))
    , m_hosts(m_editor->site().hosts)
{
    connect(m_editor, &Site::SiteEditor::opened, this, [this] {
        beginResetModel();
        m_hosts = site().hosts;
        endResetModel();
    });
    connect(m_editor, &Site::SiteEditor::changed, this, &HostsTableModel::follow);
}

void HostsTableModel::follow(Site::SiteEditor::Parts parts)
{
    using Part = Site::SiteEditor::Part;
    const QList<Host> &next = site().hosts;
    if (parts.testFlag(Part::Hosts) && m_hosts != next) {
        const ListDifference<Host> d(m_hosts, next);
        // In place only where as many rows come as go; otherwise a changed row
        // would take the place (and the selection) of another host.
        const bool sameCount = d.oldEnd - d.first == d.newEnd - d.first;
        const qsizetype rest = sameCount ? d.oldEnd : d.first;
        for (qsizetype i = d.first; i < rest; ++i)
            m_hosts[i] = next.at(i);
        if (d.oldEnd > rest) {
            beginRemoveRows({}, int(rest), int(d.oldEnd - 1));
            m_hosts.remove(rest, d.oldEnd - rest);
            endRemoveRows();
        }
        if (d.newEnd > rest) {
            beginInsertRows({}, int(rest), int(d.newEnd - 1));
            m_hosts = m_hosts.first(rest) + next.mid(rest, d.newEnd - rest) + m_hosts.sliced(rest);
            endInsertRows();
        }
    }
    // One host's change can make another's duplicate warning come or go; a
    // menu or NetBoot image renamed or removed changes what the cells say.
    if (rowCount() > 0 && (parts & (Part::Hosts | Part::Menus | Part::Netboot | Part::Network)))
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HostsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
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
    for (const Site::NetbootImage &image : site().netboot.images)
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
    if (!field || row >= site().hosts.size())
        return {};
    return HostCheck::check(site(), row, *field);
}

QVariant HostsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Host &host = m_hosts.at(index.row());
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
        if (column == Menu && host.menu.isEmpty() && !site().archMenus.isEmpty()) {
            QStringList byFirmware;
            for (auto it = site().archMenus.cbegin(); it != site().archMenus.cend(); ++it)
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
        if (column == NetbootImage && !host.netbootImage.isEmpty() && !site().netboot.imageByName(host.netbootImage))
            return tr("No NetBoot image is called %1").arg(host.netbootImage);
        if (column == NetbootImage)
            return host.netbootImage.isEmpty() ? tr("A Mac chooses from the NetBoot images (the default is preselected)")
                                               : tr("A Mac boots this NetBoot image without choosing");
        return {};
    case Qt::BackgroundRole:
        if (const HostCheck::Result check = cellCheck(index.row(), column); !check.isOk())
            return check.isError() ? ErrorBackground : WarningBackground;
        if (column == NetbootImage && !host.netbootImage.isEmpty() && !site().netboot.imageByName(host.netbootImage))
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
    if (!field || index.row() >= site().hosts.size())
        return {};
    return HostCheck::check(site(), index.row(), *field, text);
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
        Host after = m_hosts.at(index.row());
        if (after.nextBoot == *next)
            return true;
        after.nextBoot = *next;
        edit(*next == Site::NextBoot::Menu ? tr("install %1 again").arg(after.label())
                                           : tr("boot %1 from its local disk").arg(after.label()),
             {{index.row(), {m_hosts.at(index.row())}, {after}}});
        return true;
    }
    if (column == NetbootImage) {
        const QString name = value.toString().trimmed();
        if (!name.isEmpty() && !site().netboot.imageByName(name)) {
            Q_EMIT editRefused(index, tr("no NetBoot image is called %1").arg(name));
            return false;
        }
        Host after = m_hosts.at(index.row());
        if (after.netbootImage == name)
            return true;
        after.netbootImage = name;
        edit(name.isEmpty() ? tr("let %1 choose its NetBoot image").arg(after.label())
                            : tr("pin %1 to NetBoot image %2").arg(after.label(), name),
             {{index.row(), {m_hosts.at(index.row())}, {after}}});
        return true;
    }
    // Notes are the operator's own words, spaces and all.
    const QString text = column == Notes ? value.toString() : value.toString().trimmed();
    if (const HostCheck::Result check = checkEdit(index, text); check.isError()) {
        Q_EMIT editRefused(index, check.message);
        return false;
    }
    const int row = index.row();
    const Host before = m_hosts.at(row);
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
    edit(tr("edit %1 of %2").arg(headerData(column, Qt::Horizontal).toString(), name),
         {{row, {before}, {after}}});
    return true;
}

int HostsTableModel::addHost(const Host &host)
{
    const int row = rowCount();
    edit(tr("add a host"), {{row, {}, {host}}});
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
        runs.last().before.prepend(m_hosts.at(row));
    }
    if (!runs.isEmpty())
        edit(tr("remove %n host(s)", nullptr, int(sorted.size())), runs);
}

void HostsTableModel::pasteHosts(const QList<Host> &hosts)
{
    if (!hosts.isEmpty())
        edit(tr("paste %n host(s)", nullptr, int(hosts.size())), {{rowCount(), {}, hosts}});
}

void HostsTableModel::setMenuOfHosts(const QList<int> &rows, const QString &menu)
{
    QList<Splice> splices;
    for (int row : rows) {
        if (row < 0 || row >= rowCount() || m_hosts.at(row).menu == menu)
            continue;
        Host after = m_hosts.at(row);
        after.menu = menu;
        splices.append({row, {m_hosts.at(row)}, {after}});
    }
    if (!splices.isEmpty())
        edit(menu.isEmpty() ? tr("give %n host(s) the default menu", nullptr, int(splices.size()))
                            : tr("give %n host(s) menu %1", nullptr, int(splices.size())).arg(menu),
             splices);
}

QStringList HostsTableModel::menuChoices() const
{
    QStringList choices;
    for (const Site::Menu &m : site().menus)
        choices.append(m.name);
    for (const Site::Menu &m : site().menus)
        for (const Site::MenuEntry &e : m.entries)
            choices.append(m.name % u'/' % e.name);
    return choices;
}

QList<int> HostsTableModel::hostsUsingMenu(const QString &menu) const
{
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        const QString &m = m_hosts.at(row).menu;
        if (!menu.isEmpty() && (m == menu || m.startsWith(menu + u'/')))
            rows.append(row);
    }
    return rows;
}

void HostsTableModel::edit(const QString &text, const QList<Splice> &splices)
{
    m_editor->edit(text, [&splices](Site::Document &d) {
        for (const Splice &s : splices)
            d.hosts = d.hosts.first(s.row) + s.after + d.hosts.sliced(s.row + s.before.size());
    });
}

} // namespace Ui
