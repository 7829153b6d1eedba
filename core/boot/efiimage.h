// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Boot {

/// What a UEFI boot file is, read from its PE header: shim, GRUB, iPXE or
/// something else, and whether it carries a signature (Secure Boot firmware
/// refuses unsigned images with "Access Denied").
struct EfiImage
{
    enum class Kind { NotEfi, Shim, Grub, Ipxe, Other };

    Kind kind = Kind::NotEfi;
    bool isSigned = false; ///< has an Authenticode certificate table
    /// Signed with Microsoft's UEFI CA, the only key most firmware trusts
    /// out of the box; distributions sign shim, not GRUB, this way.
    bool signedByMicrosoft = false;
    QByteArray sbat; ///< the .sbat section (component generations), empty when none

    /// Reads at most what it needs from @p device (open, seekable).
    static EfiImage inspect(QIODevice &device);
    static EfiImage inspect(const QString &filePath);
    static QString kindName(Kind kind);
};

} // namespace Boot
