// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitefile/fieldreader.h"
#include "site/netboot.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Site {

/// Reads the site's "netboot" object (BSDP priority, default image and the
/// Mac NetBoot images), reporting problems through the FieldReader.
class NetbootReader
{
    Q_DECLARE_TR_FUNCTIONS(Site::NetbootReader)

public:
    explicit NetbootReader(FieldReader &fields);
    Netboot read(const QJsonValue &value, const QString &path);

private:
    NetbootImage readImage(const QJsonObject &object, const QString &path);

    FieldReader &m_fields;
};

} // namespace Site
