// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/stagerules.h"

using namespace Qt::StringLiterals;

namespace Timeline {

namespace {

using Stage = BootSession::Stage;

bool endsWithAny(const QString &name, std::initializer_list<QLatin1StringView> suffixes)
{
    return std::any_of(suffixes.begin(), suffixes.end(), [&](QLatin1StringView s) { return name.endsWith(s); });
}

bool startsWithAny(const QString &name, std::initializer_list<QLatin1StringView> prefixes)
{
    return std::any_of(prefixes.begin(), prefixes.end(), [&](QLatin1StringView p) { return name.startsWith(p); });
}

// "linux" and "linux-6.12" but not "linuxrc".
bool isWordOrPrefix(const QString &name, QLatin1StringView word)
{
    return name == word
        || (name.startsWith(word) && name.size() > word.size()
            && (name.at(word.size()) == u'-' || name.at(word.size()) == u'.' || name.at(word.size()) == u'_'));
}

bool isConfig(const QString &path, const QString &name)
{
    return name.startsWith("grub.cfg"_L1) || name.endsWith(".cfg"_L1) || name.endsWith(".ipxe"_L1)
        || path.startsWith("pxelinux.cfg/"_L1) || path.contains("/pxelinux.cfg/"_L1);
}

bool isChainedLoader(const QString &name)
{
    if (endsWithAny(name, {".0"_L1, ".kpxe"_L1, ".kkpxe"_L1, ".pxe"_L1}))
        return true;
    return name.endsWith(".efi"_L1)
        && (name == "core.efi"_L1 || name == "snponly.efi"_L1
            || startsWithAny(name, {"shim"_L1, "bootnet"_L1, "boot"_L1, "grub"_L1, "mm"_L1, "fb"_L1, "ipxe"_L1}));
}

// What shim looks for beside itself and boots without: SBAT and SKU
// revocation updates, an extra vendor certificate, the fallback's CSV.
bool isShimExtra(const QString &name)
{
    return (name.endsWith(".efi"_L1) && startsWithAny(name, {"revocations"_L1, "shim_certificate"_L1}))
        || name.endsWith(".csv"_L1);
}

bool isKernel(const QString &name)
{
    return isWordOrPrefix(name, "linux"_L1) || isWordOrPrefix(name, "linux64"_L1)
        || startsWithAny(name, {"vmlinuz"_L1, "vmlinux"_L1, "bzimage"_L1, "kernel"_L1, "memtest"_L1});
}

} // namespace

QString StageRules::normalize(QString path)
{
    path.replace(u'\\', u'/');
    if (const qsizetype scheme = path.indexOf("://"_L1); scheme > 0) {
        const qsizetype slash = path.indexOf(u'/', scheme + 3);
        path = slash < 0 ? QString() : path.mid(slash);
    }
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}

bool StageRules::isOptional(const QString &path)
{
    return isShimExtra(normalize(path).toLower().section(u'/', -1));
}

void StageRules::setFileStage(const QString &path, BootSession::Stage stage)
{
    m_known.insert(normalize(path).toLower(), stage);
}

void StageRules::addMenus(const QList<Site::Menu> &menus)
{
    for (const Site::Menu &menu : menus) {
        for (const Site::MenuEntry &entry : menu.entries) {
            if (!entry.kernel.isEmpty())
                setFileStage(entry.kernel, Stage::Kernel);
            for (const QString &initrd : entry.initrds)
                setFileStage(initrd, Stage::Initrd);
        }
    }
}

std::optional<BootSession::Stage> StageRules::classify(const QString &rawPath, const BootSession &soFar) const
{
    const QString path = normalize(rawPath).toLower();
    if (path.startsWith("answers/"_L1))
        return Stage::Answers;
    if (path == "install-done"_L1 || path.startsWith("install-done/"_L1))
        return std::nullopt; // its "install done" event marks the lane
    if (const auto it = m_known.constFind(path); it != m_known.cend())
        return *it;
    const QString name = path.section(u'/', -1);
    if (isConfig(path, name))
        return Stage::Menu;
    // GRUB's linux.mod is no kernel: a loader's own pieces never make a stage.
    if (endsWithAny(name, {".mod"_L1, ".lst"_L1, ".c32"_L1, ".pf2"_L1, ".mo"_L1, ".sig"_L1}) || isShimExtra(name))
        return std::nullopt;
    if (!soFar.bootFile.isEmpty() && path == normalize(soFar.bootFile).toLower())
        return Stage::BootLoader;
    const bool anyStage = std::any_of(soFar.transfers.cbegin(), soFar.transfers.cend(),
                                      [](const BootSession::Transfer &t) { return t.stage.has_value(); });
    if (soFar.bootFile.isEmpty() && !anyStage && !soFar.reached(Stage::BootLoader))
        return Stage::BootLoader;
    // Names before suffixes: "vmlinuz-6.12.0" ends in ".0" like pxelinux.0.
    if (isKernel(name))
        return Stage::Kernel;
    if (startsWithAny(name, {"initrd"_L1, "initramfs"_L1}) || name.contains("ucode"_L1))
        return Stage::Initrd;
    const bool kernelIn = soFar.reached(Stage::Kernel);
    if (!kernelIn && isChainedLoader(name))
        return Stage::BootLoader;
    if (name.endsWith(".efi"_L1) && soFar.reached(Stage::BootLoader))
        return Stage::Kernel;
    if (kernelIn
        && endsWithAny(name, {".img"_L1, ".gz"_L1, ".xz"_L1, ".zst"_L1, ".lz4"_L1, ".lzma"_L1, ".bz2"_L1, ".cpio"_L1}))
        return Stage::Initrd;
    return std::nullopt;
}

} // namespace Timeline
