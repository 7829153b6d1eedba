// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"
#include "site/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace Site {

/// Checks that a Document makes sense as a whole: addresses inside the
/// subnet, ranges that do not overlap, fixed addresses outside the ranges,
/// no two hosts sharing a MAC, address or name. Used on load and before save.
class SiteValidator
{
    Q_DECLARE_TR_FUNCTIONS(Site::SiteValidator)

public:
    static constexpr int supportedVersion = 1;
    static constexpr int minLeaseTime = 60;
    static constexpr int maxLeaseTime = 31536000; // one year

    /// Everything wrong with @p document, in document order (menus last).
    /// The problems name a field and say what is wrong; they have no file
    /// position. Some are warnings (Problem::isWarning()).
    static QList<Problem> validate(const Document &document);

    /// RFC 1123 host name label: letters, digits and '-', 1 to 63 characters,
    /// not starting or ending with '-'.
    static bool isValidHostname(QStringView name);
    /// Dot-separated host name labels, at most 253 characters.
    static bool isValidDomain(QStringView domain);
    /// A Linux interface name: 1 to 15 characters, no '/' and no whitespace.
    static bool isValidInterfaceName(QStringView name);

    /// A relative path that stays inside the boot tree: no "..", no leading
    /// '/', no backslash, no URL, no control characters.
    static bool isTreePath(QStringView path);

    static QString unsupportedVersionMessage(qint64 version);
    static QString leaseTimeMessage(qint64 seconds);

private:
    explicit SiteValidator(const Document &document);

    void checkGeneral();
    void checkSubnet();
    void checkRanges();
    void checkOptions();
    void checkBoot();
    void checkHosts();
    void checkAnswers();
    void checkImages();
    void checkVariables(const QMap<QString, QString> &variables, const QString &path);
    /// An address the DHCP server must not hand out dynamically.
    bool checkFixedAddress(const QHostAddress &address, const QString &field);
    QString hostLabel(qsizetype index) const;
    void report(const QString &field, const QString &message);

    const Document &m_document;
    QList<Problem> m_problems;
};

} // namespace Site
