// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecheck/boottreecheck.h"

#include "boot/efiimage.h"
#include "sitecheck/sitevalidator.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

Problem warning(const QString &field, const QString &message)
{
    return {QString(), 0, 0, field, message, Problem::Severity::Warning};
}

} // namespace

// Loader names stay as they are in every language; "a UEFI program" does not.
QString BootTreeCheck::loaderName(Boot::EfiImage::Kind kind)
{
    using Kind = Boot::EfiImage::Kind;
    return kind == Kind::Other || kind == Kind::NotEfi ? tr("a UEFI program") : Boot::EfiImage::kindName(kind);
}

QString BootTreeCheck::find(const QStringList &trees, const QString &path)
{
    if (!SiteValidator::isTreePath(path))
        return {};
    for (const QString &tree : trees) {
        if (tree.isEmpty())
            continue;
        const QString candidate = QDir(tree).filePath(path);
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

QList<Problem> BootTreeCheck::checkMenuFiles(const Document &document, const QStringList &trees)
{
    QList<Problem> problems;
    const QString where = trees.isEmpty() ? QString() : trees.first();
    for (qsizetype m = 0; m < document.menus.size(); ++m) {
        const Site::Menu &menu = document.menus.at(m);
        for (qsizetype e = 0; e < menu.entries.size(); ++e) {
            const Site::MenuEntry &entry = menu.entries.at(e);
            const QString path = u"menus["_s % QString::number(m) % u"].entries["_s
                                 % QString::number(e) % u']';
            QList<std::pair<QString, QString>> files = {{entry.kernel, path + u".kernel"_s}};
            for (qsizetype i = 0; i < entry.initrds.size(); ++i)
                files.append({entry.initrds.at(i),
                              path % u".initrds["_s % QString::number(i) % u']'});
            for (const auto &[file, field] : files) {
                if (!SiteValidator::isTreePath(file) || !find(trees, file).isEmpty())
                    continue;
                problems.append(warning(field, tr("%1 is not in the boot tree (%2): machines "
                                                  "that pick this entry will not boot")
                                                   .arg(quoted(file), where)));
            }
        }
    }
    return problems;
}

QList<Problem> BootTreeCheck::checkBootFiles(const Document &document, const QStringList &trees)
{
    QList<Problem> problems;
    for (BootArch arch : {BootArch::Bios, BootArch::UefiX64, BootArch::UefiIa32,
                          BootArch::UefiArm64}) {
        const QString file = document.boot.file(arch);
        if (file.isEmpty() || !SiteValidator::isTreePath(file) || file.contains(u'{'))
            continue;
        const QString field = u"boot."_s % bootArchKey(arch);
        if (find(trees, file).isEmpty()) {
            problems.append(warning(field, tr("%1 is neither in the boot tree nor among the "
                                              "installed loaders: these machines will not boot")
                                               .arg(quoted(file))));
        } else if (arch == BootArch::UefiX64) {
            problems += checkSecureBoot(file, field, trees);
        }
    }
    return problems;
}

QList<Problem> BootTreeCheck::checkSecureBoot(const QString &file, const QString &field,
                                              const QStringList &trees)
{
    using Boot::EfiImage;
    const EfiImage image = EfiImage::inspect(find(trees, file));
    if (image.kind == EfiImage::Kind::NotEfi)
        return {warning(field, tr("%1 is not a UEFI program").arg(quoted(file)))};
    if (!image.isSigned) {
        return {warning(field, tr("%1 (%2) is not signed: Secure Boot machines will get Access "
                                  "Denied (use a signed shim, such as Debian's bootnetx64.efi, "
                                  "with grubx64.efi beside it)")
                                   .arg(quoted(file), loaderName(image.kind)))};
    }
    if (image.kind != EfiImage::Kind::Shim) {
        if (image.signedByMicrosoft)
            return {};
        return {warning(field, tr("%1 (%2) is signed by a key the firmware does not trust out "
                                  "of the box: Secure Boot machines will get Access Denied (boot "
                                  "a signed shim instead, and it loads this file)")
                                   .arg(quoted(file), loaderName(image.kind)))};
    }
    // shim loads grubx64.efi from the folder it was loaded from (BOOTP file field).
    const qsizetype slash = file.lastIndexOf(u'/');
    const QString grub = (slash < 0 ? QString() : file.left(slash + 1)) + u"grubx64.efi"_s;
    const QString found = find(trees, grub);
    if (found.isEmpty()) {
        return {warning(field, tr("%1 is shim, but %2 is not beside it: Secure Boot machines "
                                  "stop after shim")
                                   .arg(quoted(file), quoted(grub)))};
    }
    if (!EfiImage::inspect(found).isSigned) {
        return {warning(field, tr("%1 is shim, but %2 beside it is unsigned: Secure Boot "
                                  "machines will get Access Denied")
                                   .arg(quoted(file), quoted(grub)))};
    }
    return {};
}

} // namespace Site
