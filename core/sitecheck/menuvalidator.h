// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"
#include "site/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace Site {

/// Checks the site's boot menus and what hosts and defaultMenu point at:
/// names present, unique and usable in file names, default entries that
/// exist, timeouts in range, kernel and initrd paths inside the boot tree.
/// Whether those files exist is BootTreeCheck's job (it needs the disk).
class MenuValidator
{
    Q_DECLARE_TR_FUNCTIONS(Site::MenuValidator)

public:
    /// Problems without file positions, in document order. A host naming a
    /// menu in a site that has no menus at all (an older site with
    /// "profile") is a warning, not an error.
    static QList<Problem> validate(const Document &document);

    /// Menu and entry names: letters, digits, '.', '_' and '-', at most 64;
    /// they end up in GRUB ids and PXELINUX labels.
    static bool isValidName(QStringView name);
    static QString timeoutMessage(qint64 seconds);

private:
    explicit MenuValidator(const Document &document);

    void checkMenu(qsizetype index);
    void checkEntry(const Site::MenuEntry &entry, const QString &path);
    void checkPath(const QString &file, const QString &field, bool required);
    void checkHosts();
    void report(const QString &field, const QString &message,
                Problem::Severity severity = Problem::Severity::Error);

    const Document &m_document;
    QList<Problem> m_problems;
};

} // namespace Site
