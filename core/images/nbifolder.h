// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/netboot.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Images {

/// An Apple NetBoot image folder (Foo.nbi, made by System Image Utility or
/// AutoDMG/AutoNBI), read from its NBImageInfo.plist: name, index, kind,
/// install flag, the models it is for, its booter and its disk image. The
/// folder is served as it is (nbi/<index>/); nothing is copied.
struct NbiFolder
{
    Q_DECLARE_TR_FUNCTIONS(Images::NbiFolder)

public:
    static constexpr QLatin1StringView InfoFile{"NBImageInfo.plist"};

    /// True for a folder holding NBImageInfo.plist.
    static bool isNbiFolder(const QString &path);
    /// The NetBoot image @p folder describes; @p sitePath makes the folder
    /// relative to the site when it is beside it. nullopt with the reason in
    /// @p error for a plist that cannot be read or lacks what BSDP needs.
    static std::optional<Site::NetbootImage> read(const QString &folder, const QString &sitePath, QString *error);
};

} // namespace Images
