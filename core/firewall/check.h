// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/ruleset.h"

#include <QObject>
#include <QProcess>

#include <memory>

namespace Firewall {

/// Reads the laptop's nftables rules in the background (`nft -j list
/// ruleset`, which needs CAP_NET_ADMIN) and tells which of the given
/// packets they drop.
class Check : public QObject
{
    Q_OBJECT
public:
    explicit Check(QObject *parent = nullptr);
    ~Check() override;

    /// Starts reading; finished() follows, at the latest after 10 s.
    void start(const QList<Packet> &packets);

Q_SIGNALS:
    /// What drops which packet; \a note says why nothing could be checked.
    void finished(const QList<Firewall::Finding> &findings, const QString &note);

private:
    void done();

    QList<Packet> m_packets;
    std::unique_ptr<QProcess> m_nft;
};

} // namespace Firewall
