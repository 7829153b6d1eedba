// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Site {

/// What is wrong with a site's Mac NetBoot part: names and indexes used
/// twice, names too long for BSDP, paths leaving what Rackside serves, a
/// default image or a host's pinned image that does not exist.
class NetbootCheck
{
    Q_DECLARE_TR_FUNCTIONS(Site::NetbootCheck)

public:
    struct Finding
    {
        QString field; ///< "netboot.images[0].name"
        QString message;
    };
    static QList<Finding> check(const Document &document);
};

} // namespace Site
