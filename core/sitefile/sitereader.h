// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"
#include "sitefile/fieldreader.h"
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

/// Turns the JSON of a site file into a Document, reporting what a Document
/// cannot hold: wrong types, unknown or repeated keys, and text that is not a
/// MAC address, an IPv4 address, a subnet or a DHCP mode. Whether the values
/// make sense together is SiteValidator's job.
///
/// Fields that cannot be read keep their defaults; list entries that cannot be
/// read stay in place (empty), so hosts[3] in a problem is hosts[3] in the file.
class SiteReader
{
    Q_DECLARE_TR_FUNCTIONS(Site::SiteReader)

public:
    SiteReader(const JsonLocator &locator, const QString &fileName);

    Document read(const QJsonObject &root);
    /// Positioned problems, in the order they were found (not file order).
    const QList<Problem> &problems() const { return m_fields.problems(); }

private:
    void readDhcp(const QJsonObject &dhcp, Document &document);
    void readRanges(const QJsonValue &value, Document &document);
    void readBoot(const QJsonObject &boot, Document &document);
    void readArchMenus(const QJsonObject &archMenus, Document &document);
    void readHosts(const QJsonValue &value, Document &document);
    void readAnswerFiles(const QJsonValue &value, Document &document);
    void readImages(const QJsonValue &value, Document &document);
    QStringList readStrings(const QJsonObject &object, const QString &path);
    QMap<QString, QString> readVariables(const QJsonValue &value, const QString &path);
    Host readHost(const QJsonObject &object, const QString &path);

    const JsonLocator &m_locator;
    FieldReader m_fields;
};

} // namespace Site
