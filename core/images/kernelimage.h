// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace Images {

/// A Linux kernel as its x86 boot header describes it (Documentation/arch/
/// x86/boot.rst): "HdrS" at 0x202, and the version string that
/// kernel_version (0x20E) points at, as `file` and `uname -r` show it.
struct KernelImage
{
    bool isLinux = false;
    QString version; ///< "6.12.48+deb13-amd64 (debian-kernel@...) #1 SMP ..."; may be empty
    /// The first word of version(): what `uname -r` prints.
    QString release() const { return version.section(u' ', 0, 0); }

    /// Reads the first 64 KiB at most of @p device (open, seekable).
    static KernelImage inspect(QIODevice &device);
};

} // namespace Images
