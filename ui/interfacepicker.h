// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class QNetworkInterface;

namespace Ui {

/// Picks the network interface facing the machines to boot. Lists every
/// interface with its IPv4 address; only those that are up, not loopback
/// and have an IPv4 address can be chosen, the others say why not.
class InterfacePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit InterfacePicker(QWidget *parent = nullptr);

    /// Empty while none is chosen.
    QString currentInterfaceName() const;
    /// Selects \a name; one this machine lacks is shown, but cannot be picked again.
    void setCurrentInterfaceName(const QString &name);
    /// True when \a name exists here and can be served on.
    bool isUsable(const QString &name) const;
    /// Reads the interfaces again (also done whenever the list opens).
    void refresh();

    /// Why Rackside cannot serve on \a iface; empty when it can.
    static QString unusableReason(const QNetworkInterface &iface);

    void showPopup() override;

Q_SIGNALS:
    /// The operator chose \a name from the list.
    void interfaceChosen(const QString &name);

private:
    void rebuild(const QString &selected);
};

} // namespace Ui
