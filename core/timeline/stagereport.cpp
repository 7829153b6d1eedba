// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/stagereport.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Timeline {

using Stage = BootSession::Stage;
using Transfer = BootSession::Transfer;

QString StageReport::bytes(qint64 count)
{
    return QLocale(QLocale::English).toString(count);
}

QString StageReport::seconds(qint64 ms)
{
    if (ms < 100)
        return tr("%1 ms").arg(std::max<qint64>(0, ms));
    return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

QString StageReport::format(const Line &line, const Net::MacAddress &mac)
{
    return QDateTime::fromMSecsSinceEpoch(line.msecs).toString(u"HH:mm:ss.zzz"_s) % u"  "_s % mac.toString()
        % u"  "_s % line.text;
}

QList<StageReport::Line> StageReport::newLines(const BootSession &s)
{
    QList<Line> out;
    if (s.number < m_number)
        return out;
    const QString who = tr("session %1: ").arg(s.number);
    auto say = [&](qint64 at, const QString &text) { out.append(Line{at, who % text}); };
    if (s.number != m_number) {
        *this = StageReport();
        m_number = s.number;
        QStringList about;
        if (!s.hostname.isEmpty())
            about << s.hostname;
        if (!s.arch.isEmpty())
            about << s.arch;
        if (!s.vendorClass.isEmpty())
            about << u"\"%1\""_s.arg(s.vendorClass);
        say(s.startMs, about.isEmpty() ? tr("started") : tr("started (%1)").arg(about.join(u", "_s)));
    }
    const BootSession::Span *address = s.span(Stage::Address);
    if (!m_address && address && address->endMs >= 0) {
        m_address = true;
        const qint64 took = address->endMs - address->startMs;
        say(address->endMs, s.address ? tr("address %1 in %2").arg(QHostAddress(s.address).toString(), seconds(took))
                                      : tr("address from another server, %1 after the DISCOVER").arg(seconds(took)));
    }
    for (qsizetype i = std::max<qsizetype>(0, m_nextTransfer - s.transfersDropped); i < s.transfers.size(); ++i) {
        const Transfer &t = s.transfers.at(i);
        if (t.outcome == Transfer::Outcome::InFlight)
            break;
        m_nextTransfer = s.transfersDropped + i + 1;
        if (t.outcome != Transfer::Outcome::Done || !t.stage)
            continue;
        const QString what = *t.stage == Stage::Running ? tr("the booted system fetched")
                                                        : BootSession::stageName(*t.stage);
        say(t.endMs, tr("%1 %2 (%3 bytes in %4)").arg(what, t.path, bytes(t.bytes), seconds(t.endMs - t.startMs)));
    }
    if (!m_running && s.reached(Stage::Running) && s.bytes(Stage::Running) == 0) {
        m_running = true;
        say(s.span(Stage::Running)->startMs, tr("the booted system asked for an address"));
    }
    if (const BootSession::Span *installed = s.span(Stage::Installed); installed && !m_installed) {
        m_installed = true;
        say(installed->startMs, tr("installed after %1: its next boot is its local disk")
                                    .arg(seconds(installed->startMs - s.startMs)));
    }
    for (; m_failures < s.failures.size(); ++m_failures) {
        const BootSession::Failure &f = s.failures.at(m_failures);
        say(f.msecs, tr("failed after %1: %2").arg(seconds(f.msecs - s.startMs), f.reason));
    }
    for (; m_diagnoses < s.diagnoses.size(); ++m_diagnoses) {
        const Diagnosis &d = s.diagnoses.at(m_diagnoses);
        say(d.msecs, tr("diagnosis: %1").arg(d.line()));
    }
    if (!m_end && s.state == BootSession::State::HandedOver) {
        m_end = true;
        const BootSession::Span *over = s.span(Stage::HandedOver);
        QStringList parts;
        for (const Stage stage : {Stage::Kernel, Stage::Initrd})
            if (s.reached(stage))
                parts << tr("%1 %2 bytes").arg(BootSession::stageName(stage), bytes(s.bytes(stage)));
        say(over->startMs, tr("handed over after %1: %2").arg(seconds(over->startMs - s.startMs), parts.join(u", "_s)));
    } else if (!m_end && s.state == BootSession::State::Interrupted) {
        m_end = true;
        say(s.endMs, tr("interrupted: the machine started over during the %1 stage")
                         .arg(BootSession::stageName(s.stage())));
    }
    return out;
}

} // namespace Timeline
