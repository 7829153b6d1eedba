// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/menu.h"
#include "site/fieldreader.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

namespace Site {

/// Reads the site's "menus" array into Boot::Menu values, reporting type
/// errors and unknown keys through the FieldReader it is given. Entries that
/// cannot be read stay in place (empty), like hosts.
class MenuReader
{
    Q_DECLARE_TR_FUNCTIONS(Site::MenuReader)

public:
    explicit MenuReader(FieldReader &fields);

    QList<Boot::Menu> read(const QJsonValue &value, const QString &path);

private:
    Boot::Menu readMenu(const QJsonObject &object, const QString &path);
    Boot::MenuEntry readEntry(const QJsonObject &object, const QString &path);

    FieldReader &m_fields;
};

} // namespace Site
