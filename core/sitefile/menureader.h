// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/menu.h"
#include "sitefile/fieldreader.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

namespace Site {

/// Reads the site's "menus" array into Site::Menu values, reporting type
/// errors and unknown keys through the FieldReader it is given. Entries that
/// cannot be read stay in place (empty), like hosts.
class MenuReader
{
    Q_DECLARE_TR_FUNCTIONS(Site::MenuReader)

public:
    explicit MenuReader(FieldReader &fields);

    QList<Site::Menu> read(const QJsonValue &value, const QString &path);

private:
    Site::Menu readMenu(const QJsonObject &object, const QString &path);
    Site::MenuEntry readEntry(const QJsonObject &object, const QString &path);

    FieldReader &m_fields;
};

} // namespace Site
