// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacepicker.h"

#include <QNetworkInterface>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

constexpr int NameRole = Qt::UserRole;

QString ipv4Address(const QNetworkInterface &iface)
{
    for (const QNetworkAddressEntry &e : iface.addressEntries()) {
        if (e.ip().protocol() == QAbstractSocket::IPv4Protocol)
            return e.ip().toString() % u'/' % QString::number(e.prefixLength());
    }
    return {};
}

} // namespace

InterfacePicker::InterfacePicker(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(AdjustToContents);
    setToolTip(tr("The network interface facing the machines to boot"));
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString name = itemData(index, NameRole).toString();
        if (!name.isEmpty())
            Q_EMIT interfaceChosen(name);
    });
    rebuild({});
}

QString InterfacePicker::unusableReason(const QNetworkInterface &iface)
{
    if (iface.flags().testFlag(QNetworkInterface::IsLoopBack))
        return tr("loopback");
    if (!iface.flags().testFlag(QNetworkInterface::IsUp))
        return tr("down");
    if (!iface.flags().testFlag(QNetworkInterface::IsRunning))
        return tr("no link");
    if (ipv4Address(iface).isEmpty())
        return tr("no IPv4 address");
    return {};
}

QString InterfacePicker::currentInterfaceName() const
{
    return currentData(NameRole).toString();
}

void InterfacePicker::setCurrentInterfaceName(const QString &name)
{
    rebuild(name);
}

bool InterfacePicker::isUsable(const QString &name) const
{
    const int index = findData(name, NameRole);
    if (name.isEmpty() || index < 0)
        return false;
    const auto *items = qobject_cast<const QStandardItemModel *>(model());
    return items->item(index)->isEnabled();
}

void InterfacePicker::refresh()
{
    rebuild(currentInterfaceName());
}

void InterfacePicker::showPopup()
{
    refresh();
    QComboBox::showPopup();
}

void InterfacePicker::rebuild(const QString &selected)
{
    const QSignalBlocker blocker(this);
    auto *items = qobject_cast<QStandardItemModel *>(model());
    items->clear();

    const auto add = [items](const QString &name, const QString &text, const QString &tip, bool usable) {
        auto *item = new QStandardItem(text);
        item->setData(name, NameRole);
        item->setToolTip(tip);
        item->setEnabled(usable);
        items->appendRow(item);
    };
    if (selected.isEmpty())
        add({}, tr("Choose an interface…"), tr("Rackside answers only on the interface you choose"), false);

    // Usable interfaces first, each group in the system's order.
    QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    std::stable_sort(all.begin(), all.end(), [](const QNetworkInterface &a, const QNetworkInterface &b) {
        return unusableReason(a).isEmpty() && !unusableReason(b).isEmpty();
    });
    bool found = false;
    for (const QNetworkInterface &iface : std::as_const(all)) {
        const QString reason = unusableReason(iface);
        const QString address = ipv4Address(iface);
        const QString name = iface.name();
        found = found || name == selected;
        if (reason.isEmpty())
            add(name, name % u"  —  "_s % address, tr("%1: up, %2").arg(name, address), true);
        else
            add(name, name % u"  —  "_s % reason, tr("%1 cannot be used: %2").arg(name, reason), false);
    }
    if (!selected.isEmpty() && !found) {
        add(selected, selected % u"  —  "_s % tr("not on this machine"),
            tr("The site names %1, which this machine does not have: choose another").arg(selected), false);
    }
    setCurrentIndex(std::max(0, findData(selected, NameRole)));
}

} // namespace Ui
