// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"

#include <QTextStream>

#include <optional>

/// What the headless commands share: the terminal's streams, and loading a
/// site with every problem and warning printed as file:line:column.
namespace Commands {
QTextStream &out();
QTextStream &err();
std::optional<Site::Document> loadSite(const QString &path);
} // namespace Commands
