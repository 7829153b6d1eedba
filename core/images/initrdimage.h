// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace Images {

/// How an initrd is packed: its compression (confirmed by decompressing its
/// start through KCompressionDevice where KArchive knows the format), and
/// whether an uncompressed early cpio (CPU microcode) comes first, as on
/// Fedora and Arch.
struct InitrdImage
{
    enum class Compression { Unknown, None, Gzip, Xz, Zstd, Bzip2, Lz4, Lzma };

    Compression compression = Compression::Unknown;
    bool earlyCpio = false; ///< an uncompressed cpio archive before the main one
    /// Decompressed (KCompressionDevice knows gzip, xz, zstd and bzip2), it
    /// starts as a cpio archive (newc). Unchecked for lz4 and lzma.
    bool checked = false;
    bool isCpio = false;

    QString compressionName() const; ///< "gzip", "zstd", "none", "unknown", ...
    /// "zstd", "microcode + zstd", "gzip (not a cpio archive)"...
    QString description() const;

    /// Reads at most what it needs of @p device (open, seekable): the early
    /// archive's headers and 1 MiB of the compressed one.
    static InitrdImage inspect(QIODevice &device);
};

} // namespace Images
