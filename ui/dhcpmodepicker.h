// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/dhcpmode.h"

#include <QComboBox>

namespace Ui {

/// Picks what Rackside's DHCP server does: serve addresses, proxy, or nothing.
class DhcpModePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit DhcpModePicker(QWidget *parent = nullptr);

    Site::DhcpMode mode() const;
    void setMode(Site::DhcpMode mode);

Q_SIGNALS:
    /// The operator chose \a mode from the list.
    void modeChosen(Site::DhcpMode mode);
};

} // namespace Ui
