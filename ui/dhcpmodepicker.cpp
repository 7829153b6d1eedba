// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcpmodepicker.h"

namespace Ui {

DhcpModePicker::DhcpModePicker(QWidget *parent)
    : QComboBox(parent)
{
    const struct {
        Site::DhcpMode mode;
        QString text;
        QString tip;
    } modes[] = {
        {Site::DhcpMode::Serve, tr("Serve addresses"),
         tr("Rackside hands out addresses from the site's ranges, and boot files")},
        {Site::DhcpMode::Proxy, tr("Proxy"),
         tr("Another DHCP server hands out addresses; Rackside only adds boot information")},
        {Site::DhcpMode::Bsdp, tr("Macs only (BSDP)"),
         tr("Another server does DHCP and PXE; Rackside answers only Macs' NetBoot requests")},
        {Site::DhcpMode::Off, tr("Off"), tr("Rackside's DHCP server does not run")},
    };
    for (const auto &m : modes) {
        addItem(m.text, int(m.mode));
        setItemData(count() - 1, m.tip, Qt::ToolTipRole);
    }
    setToolTip(tr("What Rackside's DHCP server does on the boot network"));
    setMode(Site::DhcpMode::Off);
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT modeChosen(mode()); });
}

Site::DhcpMode DhcpModePicker::mode() const
{
    return Site::DhcpMode(currentData().toInt());
}

void DhcpModePicker::setMode(Site::DhcpMode mode)
{
    setCurrentIndex(findData(int(mode)));
}

} // namespace Ui
