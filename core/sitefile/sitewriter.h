// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"

#include <QByteArray>

namespace Site {

/// Writes a Document as site file JSON. Keys come in a fixed order and
/// every field is written (empty when unset), so files diff well and an
/// operator sees every setting; ranges and hosts take one line each.
class SiteWriter
{
public:
    static QByteArray write(const Document &document);
};

} // namespace Site
