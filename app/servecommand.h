// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `rackside serve`, `rackside check-site` and `rackside check-dhcp`: the
/// headless front end. Each returns the process exit code.
namespace Commands {
int serve(const QStringList &arguments);
int checkSite(const QStringList &arguments);
int checkDhcp(const QStringList &arguments);
} // namespace Commands
