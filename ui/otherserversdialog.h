// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/roguecheck.h"

#include <QDialog>

namespace Ui {

/// Asks what to do when another DHCP server answered on the boot network
/// before Rackside started serving addresses.
class OtherServersDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, UseProxy, ServeAnyway };
    Q_ENUM(Choice)

    OtherServersDialog(const QList<Dhcp::RogueCheck::Finding> &findings, const QString &interfaceName,
                       QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

Q_SIGNALS:
    /// Emitted once, when the dialog closes.
    void chosen(Ui::OtherServersDialog::Choice choice);

private:
    Choice m_choice = Choice::Cancel;
};

} // namespace Ui
