// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitefile/jsonlocator.h"
#include "site/problem.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace Site {

/// Reads typed fields out of site JSON and collects positioned problems:
/// the shared part of SiteReader and MenuReader.
class FieldReader
{
    // Same context as before the split, so existing translations still apply.
    Q_DECLARE_TR_FUNCTIONS(Site::SiteReader)

public:
    FieldReader(const JsonLocator &locator, const QString &fileName);

    const QList<Problem> &problems() const { return m_problems; }

    void checkKeys(const QJsonObject &object, const QString &path,
                   std::initializer_list<QLatin1StringView> allowed);
    bool expectType(const QJsonValue &value, QJsonValue::Type type, const QString &path);
    /// The string at the last key of @p path in @p object; nullopt when absent or not a string.
    std::optional<QString> readString(const QJsonObject &object, const QString &path);
    QHostAddress readIpv4(const QJsonValue &value, const QString &path, bool emptyIsNone);
    std::optional<qint64> readInteger(const QJsonValue &value, const QString &path);
    void report(const QString &field, const QString &message,
                JsonLocator::Part part = JsonLocator::Part::Value);

    static QString childPath(const QString &path, QStringView key);
    static QString indexPath(const QString &path, qsizetype index);
    static QString lastKey(const QString &path);
    static QString quoted(const QString &text);

private:
    const JsonLocator &m_locator;
    QString m_fileName;
    QList<Problem> m_problems;
};

} // namespace Site
