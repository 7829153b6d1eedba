// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/eventrecording.h"

#include "timeline/oldrecordingformat.h"

#include <QHostAddress>
#include <QIODevice>
#include <QJsonArray>
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

constexpr std::pair<QLatin1StringView, quint32 BootEvent::*> AddressFields[] = {
    {"address"_L1, &BootEvent::address},
    {"requested"_L1, &BootEvent::requestedAddress},
    {"relay"_L1, &BootEvent::relay},
    {"bootServer"_L1, &BootEvent::bootServer},
};

constexpr std::pair<QLatin1StringView, QString BootEvent::*> TextFields[] = {
    {"summary"_L1, &BootEvent::summary},   {"arch"_L1, &BootEvent::arch}, {"vendorClass"_L1, &BootEvent::vendorClass},
    {"bootFile"_L1, &BootEvent::bootFile}, {"path"_L1, &BootEvent::path},
};

bool readNewForm(const QJsonObject &o, BootEvent &e, QString *error)
{
    const QString protocol = o.value("protocol"_L1).toString(u"none"_s);
    const auto p = BootEvent::protocolFromKey(protocol);
    if (!p) {
        *error = u"unknown protocol \"%1\""_s.arg(protocol.left(40));
        return false;
    }
    e.protocol = *p;
    const QString kind = o.value("kind"_L1).toString(u"note"_s);
    const auto k = BootEvent::kindFromKey(kind);
    if (!k) {
        *error = u"unknown kind \"%1\""_s.arg(kind.left(40));
        return false;
    }
    e.kind = *k;
    for (const auto &[key, field] : TextFields)
        e.*field = o.value(key).toString();
    for (const auto &[key, field] : AddressFields) {
        if (!o.contains(key))
            continue;
        bool ok = false;
        const QHostAddress a(o.value(key).toString());
        e.*field = a.toIPv4Address(&ok);
        if (!ok) {
            *error = u"\"%1\" is not an IPv4 address"_s.arg(key);
            return false;
        }
    }
    for (const QJsonValue &flag : o.value("firmware"_L1).toArray()) {
        const auto f = BootEvent::firmwareFromKey(flag.toString());
        if (!f) {
            *error = u"unknown firmware \"%1\""_s.arg(flag.toString().left(40));
            return false;
        }
        e.firmware |= *f;
    }
    if (o.contains("finding"_L1)) {
        const QString finding = o.value("finding"_L1).toString();
        const auto f = Diagnosis::fromKey(finding);
        if (!f) {
            *error = u"unknown finding \"%1\""_s.arg(finding.left(40));
            return false;
        }
        e.finding = *f;
    }
    return true;
}

} // namespace

QByteArray EventRecording::toLine(const BootEvent &e)
{
    QJsonObject o;
    o.insert("t"_L1, e.msecs);
    if (!e.mac.isNull())
        o.insert("mac"_L1, e.mac.toString());
    if (e.protocol != BootEvent::Protocol::None)
        o.insert("protocol"_L1, BootEvent::protocolKey(e.protocol));
    if (e.kind != BootEvent::Kind::Note)
        o.insert("kind"_L1, BootEvent::kindKey(e.kind));
    for (const auto &[key, field] : TextFields)
        if (!(e.*field).isEmpty())
            o.insert(key, e.*field);
    for (const auto &[key, field] : AddressFields)
        if (e.*field)
            o.insert(key, QHostAddress(e.*field).toString());
    QJsonArray firmware;
    for (const BootEvent::Firmware f : BootEvent::AllFirmware)
        if (e.firmware.testFlag(f))
            firmware.append(BootEvent::firmwareKey(f));
    if (!firmware.isEmpty())
        o.insert("firmware"_L1, firmware);
    if (e.bytes >= 0)
        o.insert("bytes"_L1, e.bytes);
    if (e.size >= 0)
        o.insert("size"_L1, e.size);
    if (e.secs >= 0)
        o.insert("secs"_L1, e.secs);
    if (e.finding != Diagnosis::Finding::None)
        o.insert("finding"_L1, Diagnosis::key(e.finding));
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
    e.bytes = o.value("bytes"_L1).toInteger(-1);
    e.size = o.value("size"_L1).toInteger(-1);
    e.secs = std::clamp(o.value("secs"_L1).toInt(-1), -1, 65535);
    const QString severity = o.value("severity"_L1).toString();
    if (severity == "warning"_L1)
        e.severity = BootEvent::Severity::Warning;
    else if (severity == "failure"_L1)
        e.severity = BootEvent::Severity::Failure;
    else if (!severity.isEmpty() && severity != "info"_L1) {
        *error = u"unknown severity \"%1\""_s.arg(severity.left(40));
        return std::nullopt;
    }
    const bool ok = OldRecordingFormat::isOld(o) ? OldRecordingFormat::read(o, e, error) : readNewForm(o, e, error);
    if (!ok)
        return std::nullopt;
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
