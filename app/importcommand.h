// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// `rackside import` and `rackside images`: installer images from the
/// command line, the same import the console runs when an ISO is dropped.
namespace Commands {
int importImages(const QStringList &arguments);
int images(const QStringList &arguments);
} // namespace Commands
