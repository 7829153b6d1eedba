// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/menu.h"
#include "timeline/bootsession.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Timeline {

/// Which boot stage a fetched file belongs to, decided by its path and by
/// what the session fetched before. In order, first match wins:
///
/// 0. answers: Rackside's answer files (answers/...), also after handing
///    over (an installer fetches them); no stage: install-done/..., whose
///    event marks the lane instead;
/// 1. a path registered with setFileStage() (the site's menu entries know
///    their kernels and initrds exactly);
/// 2. menu: a name starting "grub.cfg", ending ".cfg" or ".ipxe", or under a
///    "pxelinux.cfg/" folder, even when it is the DHCP boot file (iPXE gets a
///    script: iPXE itself is the loader then);
/// 3. no stage: a loader's own pieces (*.mod, *.lst, *.c32, *.pf2, *.mo,
///    *.sig), so GRUB's linux.mod is no kernel, and what shim probes for
///    beside itself and boots without (revocations*.efi,
///    shim_certificate*.efi, *.csv), so their "not found" fails nothing;
/// 4. boot loader: the boot file named in our OFFER/ACK, or the session's
///    first file when no boot file is known;
/// 5. kernel: linux, linux-*, linux.*, linux64, vmlinuz*, vmlinux*,
///    bzImage*, kernel*, memtest*;
/// 6. initrd: initrd*, initramfs*, *ucode*;
/// 7. boot loader, until a kernel is fetched: loaders that others chain to
///    (*.0, *.kpxe, *.pxe, core.efi, snponly.efi, and shim*, bootnet*, boot*,
///    grub*, mm*, fb*, ipxe* *.efi), so shim -> grubx64.efi and PXE -> iPXE
///    stay one stage;
/// 8. kernel: any other *.efi once the boot loader is in (an EFI stub or
///    unified kernel image);
/// 9. initrd, once the kernel is in: *.img, *.gz, *.xz, *.zst, *.lz4,
///    *.lzma, *.bz2, *.cpio;
/// 10. anything else is the running loader's own file and belongs to no
///    stage.
/// Names compare case-insensitively; backslashes count as slashes.
class StageRules
{
public:
    /// Files the site knows: a menu entry's kernel and initrds.
    void setFileStage(const QString &path, BootSession::Stage stage);
    /// Every entry's kernel and initrds, from the site's menus.
    void addMenus(const QList<Site::Menu> &menus);
    void clearFiles() { m_known.clear(); }

    std::optional<BootSession::Stage> classify(const QString &path, const BootSession &soFar) const;

    /// Files a loader probes for and boots without, so "not found" is no
    /// failure: shim's revocations*.efi, shim_certificate*.efi and *.csv.
    static bool isOptional(const QString &path);

    /// "boot/grub/grub.cfg" from "/boot\grub/grub.cfg" or "http://host/boot/grub/grub.cfg".
    static QString normalize(QString path);

private:
    QHash<QString, BootSession::Stage> m_known; // normalized, lower case
};

} // namespace Timeline
