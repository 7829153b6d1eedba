// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostimport/tabletext.h"

#include <QList>
#include <QStringView>

namespace Site {

/// What one column of a pasted host table holds.
enum class HostColumn { Ignored, Mac, Hostname, Ip, Menu, BootFile, Notes };

/// The column a header cell names, ignoring case, spaces, '-' and '_': mac;
/// hostname, name or host; ip, address or fixed-address; menu or profile;
/// boot file or filename; notes or comment; and their German names.
/// Ignored when it names none of them.
HostColumn hostColumnForHeader(QStringView name);

/// Gives each column of @p columns that is still @p unassigned a role by what
/// its cells in rows[first..] hold: the column with the most MACs, then (unless
/// @p onlyMac) the one with the most IPv4 addresses, then the first whose cells
/// are mostly host names. Grows @p columns to the widest row, filling with
/// @p unassigned.
void assignHostColumnsByContent(const QList<TableText::Row> &rows, qsizetype first,
                                QList<HostColumn> &columns, HostColumn unassigned, bool onlyMac);

} // namespace Site
