// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/efiimage.h"
#include "site/document.h"
#include "site/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Site {

/// Looks on disk for what a site names, so a missing kernel shows up when
/// the site loads rather than when a machine fails to boot. Everything it
/// finds is a warning (Problem::Severity::Warning) without a file position.
class BootTreeCheck
{
    Q_DECLARE_TR_FUNCTIONS(Site::BootTreeCheck)

public:
    /// Menu entry kernels and initrds that none of @p trees holds (searched
    /// in order, like the layered file source TFTP serves).
    static QList<Problem> checkMenuFiles(const Document &document, const QStringList &trees);

    /// The boot files for BIOS and UEFI, and the Secure Boot chain of the
    /// uefi-x64 file: shim needs grubx64.efi beside it, an unsigned loader
    /// gets "Access Denied" from Secure Boot firmware. @p trees should end
    /// with the loader tree, where the default boot files live.
    static QList<Problem> checkBootFiles(const Document &document, const QStringList &trees);

    /// The first of @p trees that holds @p path as a file; empty when none does.
    static QString find(const QStringList &trees, const QString &path);

private:
    static QString loaderName(Boot::EfiImage::Kind kind);
    static QList<Problem> checkSecureBoot(const QString &file, const QString &field,
                                          const QStringList &trees);
};

} // namespace Site
