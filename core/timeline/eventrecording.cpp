// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/eventrecording.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Timeline {

namespace {

QString severityName(BootEvent::Severity s)
{
    switch (s) {
    case BootEvent::Severity::Info: return u"info"_s;
    case BootEvent::Severity::Warning: return u"warning"_s;
    case BootEvent::Severity::Failure: return u"failure"_s;
    }
    return {};
}

} // namespace

QByteArray EventRecording::toLine(const BootEvent &e)
{
    QJsonObject o;
    o.insert("t"_L1, e.msecs);
    if (!e.mac.isNull())
        o.insert("mac"_L1, e.mac.toString());
    const std::pair<QLatin1StringView, const QString *> texts[] = {
        {"protocol"_L1, &e.protocol}, {"kind"_L1, &e.kind}, {"summary"_L1, &e.summary},
        {"arch"_L1, &e.arch}, {"vendorClass"_L1, &e.vendorClass}, {"path"_L1, &e.path}};
    for (const auto &[key, value] : texts)
        if (!value->isEmpty())
            o.insert(key, *value);
    if (e.address)
        o.insert("address"_L1, qint64(e.address));
    if (e.bytes >= 0)
        o.insert("bytes"_L1, e.bytes);
    if (e.size >= 0)
        o.insert("size"_L1, e.size);
    if (e.severity != BootEvent::Severity::Info)
        o.insert("severity"_L1, severityName(e.severity));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<BootEvent> EventRecording::fromLine(QByteArrayView line, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = parse.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    BootEvent e;
    if (!o.value("t"_L1).isDouble()) {
        *error = u"\"t\" (milliseconds since the epoch) is missing"_s;
        return std::nullopt;
    }
    e.msecs = o.value("t"_L1).toInteger();
    if (o.contains("mac"_L1)) {
        const auto mac = Net::MacAddress::parse(o.value("mac"_L1).toString());
        if (!mac) {
            *error = u"\"mac\" is not a MAC address"_s;
            return std::nullopt;
        }
        e.mac = *mac;
    }
    e.protocol = o.value("protocol"_L1).toString();
    e.kind = o.value("kind"_L1).toString();
    e.summary = o.value("summary"_L1).toString();
    e.arch = o.value("arch"_L1).toString();
    e.vendorClass = o.value("vendorClass"_L1).toString();
    e.path = o.value("path"_L1).toString();
    e.address = quint32(o.value("address"_L1).toInteger());
    e.bytes = o.value("bytes"_L1).toInteger(-1);
    e.size = o.value("size"_L1).toInteger(-1);
    const QString severity = o.value("severity"_L1).toString();
    if (severity == "warning"_L1)
        e.severity = BootEvent::Severity::Warning;
    else if (severity == "failure"_L1)
        e.severity = BootEvent::Severity::Failure;
    else if (!severity.isEmpty() && severity != "info"_L1) {
        *error = u"unknown severity \"%1\""_s.arg(severity.left(40));
        return std::nullopt;
    }
    return e;
}

EventRecording::Read EventRecording::read(QIODevice *device)
{
    Read out;
    int number = 0;
    while (!device->atEnd()) {
        const QByteArray line = device->readLine(1 << 20).trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        QString error;
        if (auto e = fromLine(line, &error))
            out.events.append(*e);
        else
            out.errors.append(u"line %1: %2"_s.arg(number).arg(error));
    }
    return out;
}

} // namespace Timeline
