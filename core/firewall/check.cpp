// SPDX-License-Identifier: GPL-3.0-or-later
#include "firewall/check.h"

#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Firewall {

Check::Check(QObject *parent)
    : QObject(parent)
{
}

Check::~Check()
{
    if (m_nft) {
        m_nft->disconnect(this);
        m_nft->kill();
        m_nft->waitForFinished(1000);
    }
}

void Check::start(const QList<Packet> &packets)
{
    m_packets = packets;
    // A desktop user's PATH often lacks the sbin folders nft lives in.
    const QString nft = QStandardPaths::findExecutable(u"nft"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s});
    if (nft.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished({}, u"nft is not installed"_s); }, Qt::QueuedConnection);
        return;
    }
    m_nft = std::make_unique<QProcess>();
    connect(m_nft.get(), &QProcess::finished, this, &Check::done);
    connect(m_nft.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done();
    });
    QTimer::singleShot(10'000, m_nft.get(), [nft = m_nft.get()] { nft->kill(); });
    m_nft->start(nft, {u"-j"_s, u"list"_s, u"ruleset"_s});
}

void Check::done()
{
    if (!m_nft)
        return;
    // Called from the process's own signals: it goes once they have returned.
    QProcess *nft = m_nft.release();
    nft->disconnect(this);
    nft->deleteLater();
    if (nft->exitStatus() != QProcess::NormalExit || nft->exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(nft->readAllStandardError()).trimmed().section(u'\n', 0, 0);
        Q_EMIT finished({}, u"nft could not list the rules (%1)"_s.arg(why.isEmpty() ? nft->errorString() : why.left(200)));
        return;
    }
    QString error;
    const auto rules = Ruleset::fromNftJson(nft->readAllStandardOutput(), &error);
    if (!rules) {
        Q_EMIT finished({}, u"nft's rules could not be read: %1"_s.arg(error));
        return;
    }
    QList<Finding> findings;
    for (const Packet &p : std::as_const(m_packets))
        if (auto f = rules->dropping(p))
            findings.append(*f);
    Q_EMIT finished(findings, {});
}

} // namespace Firewall
