// SPDX-License-Identifier: GPL-3.0-or-later
#include "initrdimage.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QIODevice>

#include <optional>

namespace Images {

namespace {

constexpr int CpioHeader = 110; // "070701" and 13 fields of 8 hex digits
constexpr qint64 MaxEarlyArchive = 256 << 20;

qint64 align4(qint64 n) { return (n + 3) & ~qint64(3); }

bool isCpioMagic(QByteArrayView b) { return b.startsWith("070701") || b.startsWith("070702"); }

// The offset just past the early cpio archive starting at @p at (after its
// TRAILER!!! and the zero padding after it), or -1.
qint64 skipCpio(QIODevice &device, qint64 at)
{
    while (at < MaxEarlyArchive && device.seek(at)) {
        const QByteArray header = device.read(CpioHeader);
        if (header.size() < CpioHeader || !isCpioMagic(header))
            return -1;
        bool ok1 = false, ok2 = false;
        const qint64 fileSize = header.mid(54, 8).toLongLong(&ok1, 16);
        const qint64 nameSize = header.mid(94, 8).toLongLong(&ok2, 16);
        if (!ok1 || !ok2 || nameSize <= 0 || nameSize > 4096 || fileSize < 0)
            return -1;
        const QByteArray name = device.read(nameSize);
        at = align4(at + CpioHeader + nameSize);
        at = align4(at + fileSize);
        if (name.startsWith("TRAILER!!!")) {
            // Archives are padded with zeros (to 512 bytes by most tools).
            device.seek(at);
            for (;;) {
                const QByteArray pad = device.read(4096);
                if (pad.isEmpty())
                    return -1;
                qsizetype i = 0;
                while (i < pad.size() && pad.at(i) == '\0')
                    ++i;
                at += i;
                if (i < pad.size())
                    return at;
            }
        }
    }
    return -1;
}

InitrdImage::Compression byMagic(QByteArrayView b)
{
    using C = InitrdImage::Compression;
    if (b.startsWith("\x1f\x8b"))
        return C::Gzip;
    if (b.startsWith(QByteArrayView("\xfd" "7zXZ\0", 6)))
        return C::Xz;
    if (b.startsWith("\x28\xb5\x2f\xfd"))
        return C::Zstd;
    if (b.startsWith("BZh"))
        return C::Bzip2;
    if (b.startsWith("\x02\x21\x4c\x18"))
        return C::Lz4; // the legacy frame the kernel's decompressor reads
    if (b.startsWith(QByteArrayView("\x5d\0\0", 3)))
        return C::Lzma;
    if (isCpioMagic(b))
        return C::None;
    return C::Unknown;
}

std::optional<KCompressionDevice::CompressionType> archiveType(InitrdImage::Compression c)
{
    switch (c) {
    case InitrdImage::Compression::Gzip: return KCompressionDevice::GZip;
    case InitrdImage::Compression::Xz: return KCompressionDevice::Xz;
    case InitrdImage::Compression::Zstd: return KCompressionDevice::Zstd;
    case InitrdImage::Compression::Bzip2: return KCompressionDevice::BZip2;
    default: return std::nullopt;
    }
}

} // namespace

QString InitrdImage::compressionName() const
{
    switch (compression) {
    case Compression::None: return QStringLiteral("none");
    case Compression::Gzip: return QStringLiteral("gzip");
    case Compression::Xz: return QStringLiteral("xz");
    case Compression::Zstd: return QStringLiteral("zstd");
    case Compression::Bzip2: return QStringLiteral("bzip2");
    case Compression::Lz4: return QStringLiteral("lz4");
    case Compression::Lzma: return QStringLiteral("lzma");
    case Compression::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString InitrdImage::description() const
{
    QString text = compressionName();
    if (earlyCpio)
        text = QStringLiteral("microcode + ") + text;
    if (checked && !isCpio)
        text += QStringLiteral(" (not a cpio archive)");
    return text;
}

InitrdImage InitrdImage::inspect(QIODevice &device)
{
    InitrdImage initrd;
    if (!device.seek(0))
        return initrd;
    qint64 at = 0;
    QByteArray head = device.read(8);
    if (isCpioMagic(head)) {
        const qint64 next = skipCpio(device, 0);
        if (next < 0 || !device.seek(next) || (head = device.read(8)).size() < 6) {
            initrd.compression = Compression::None; // one plain archive
            initrd.checked = initrd.isCpio = true;
            return initrd;
        }
        initrd.earlyCpio = true;
        at = next;
    }
    initrd.compression = byMagic(head);
    if (initrd.compression == Compression::None) {
        initrd.checked = initrd.isCpio = true;
        return initrd;
    }
    const auto type = archiveType(initrd.compression);
    if (!type)
        return initrd; // lz4, lzma: the kernel reads these; we know them by magic only
    device.seek(at);
    QBuffer compressed;
    compressed.setData(device.read(1 << 20));
    KCompressionDevice decompress(&compressed, false, *type);
    initrd.checked = true;
    if (decompress.open(QIODevice::ReadOnly))
        initrd.isCpio = isCpioMagic(decompress.read(6));
    return initrd;
}

} // namespace Images
