// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Firewall {

/// A packet a machine sends to Rackside, as the laptop's firewall sees it:
/// new (no connection yet), IPv4, to a local address.
struct Packet
{
    QString protocol; ///< "udp" or "tcp"
    quint16 port = 0;
    QString interfaceName;
    QString service; ///< "TFTP": how the operator knows the port
};

/// A rule (or a chain's policy) that drops such a packet.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Firewall::Finding)
public:
    Packet packet;
    bool certain = true; ///< false: the rule also depends on things not known here (source address, rate)
    QString where; ///< "table inet filter, chain input, rule handle 4" or "... policy drop"
    QString owner; ///< "firewalld zone public", "ufw", or empty for rules of the operator's own

    /// "nftables drops UDP port 69 (TFTP) arriving on rack0: table inet filter, chain input, rule handle 4"
    QString text() const;
};

/// The laptop's nftables rules (iptables-nft, firewalld and ufw rules are
/// nftables rules too), read from `nft -j list ruleset`, and what they do
/// to a packet: the base chains of the input hook are walked in priority
/// order, following jumps and gotos. Matches on what is known of the packet
/// (protocol, destination port, input interface, a new connection) are
/// decided; any other match makes the rule's drop a possible one. Plain
/// logic, no process or socket.
class Ruleset
{
public:
    static std::optional<Ruleset> fromNftJson(QByteArrayView json, QString *error);

    /// The rule that drops \a packet, if one does.
    std::optional<Finding> dropping(const Packet &packet) const;

private:
    struct Rule
    {
        qint64 handle = 0;
        QJsonArray expressions;
    };
    struct Chain
    {
        QString family;
        QString table;
        QString name;
        QString hook; ///< empty for a regular chain
        int priority = 0;
        bool policyDrop = false;
        QList<Rule> rules;
    };
    enum class Outcome { Continue, Accept, Drop };
    struct Walk
    {
        Outcome outcome = Outcome::Continue;
        std::optional<Finding> drop; ///< the certain drop, or the first possible one
        bool mayHaveAccepted = false;
        QStringList path; ///< chains entered, for naming firewalld's zone
    };

    /// \a conditional: a jump that may not happen led here, so no drop is certain.
    Outcome walk(const Chain &chain, const Packet &packet, Walk &walk, int depth, bool conditional) const;
    const Chain *chain(const QString &family, const QString &table, const QString &name) const;
    Finding finding(const Chain &chain, const QString &where, const Packet &packet, const Walk &walk,
                    bool certain) const;

    QList<Chain> m_chains;
};

} // namespace Firewall
