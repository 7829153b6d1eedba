// SPDX-License-Identifier: GPL-3.0-or-later
#include "firewall/ruleset.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Firewall {

namespace {

enum class Tri { No, Yes, Maybe };

// What a match's left side is for the packet: a number, a string, or
// unknown (nullopt, e.g. the source address).
struct Value
{
    bool known = false;
    bool absent = false; ///< the packet has no such field (a TCP port of a UDP packet): the match fails
    qint64 number = -1;
    QString text;
};

Value valueOf(const QJsonObject &left, const Packet &p)
{
    Value v;
    if (const QJsonObject payload = left.value("payload"_L1).toObject(); !payload.isEmpty()) {
        const QString protocol = payload.value("protocol"_L1).toString();
        const QString field = payload.value("field"_L1).toString();
        static const QStringList transports{u"udp"_s, u"tcp"_s, u"icmp"_s, u"icmpv6"_s, u"sctp"_s, u"udplite"_s,
                                            u"dccp"_s, u"igmp"_s, u"esp"_s, u"ah"_s};
        if (protocol == "ip6"_L1 || (transports.contains(protocol) && protocol != p.protocol)) {
            v.absent = true; // a header the packet does not have
            return v;
        }
        if ((protocol == "udp"_L1 || protocol == "tcp"_L1 || protocol == "th"_L1) && field == "dport"_L1) {
            v.known = true;
            v.number = p.port;
        }
        return v;
    }
    if (const QJsonObject meta = left.value("meta"_L1).toObject(); !meta.isEmpty()) {
        const QString key = meta.value("key"_L1).toString();
        v.known = true;
        if (key == "l4proto"_L1)
            v.text = p.protocol;
        else if (key == "iifname"_L1)
            v.text = p.interfaceName;
        else if (key == "nfproto"_L1 || key == "protocol"_L1)
            v.text = key == "nfproto"_L1 ? u"ipv4"_s : u"ip"_s;
        else
            v.known = false;
        return v;
    }
    // The first packet of a connection: state new, no status bits (no DNAT:
    // it is addressed to the laptop itself).
    const QString ct = left.value("ct"_L1).toObject().value("key"_L1).toString();
    if (ct == "state"_L1 || ct == "status"_L1) {
        v.known = true;
        v.text = ct == "state"_L1 ? u"new"_s : QString();
    }
    return v;
}

Tri equalsOne(const Value &v, const QJsonValue &right)
{
    const bool numeric = v.number >= 0;
    if (right.isDouble())
        return numeric ? (v.number == right.toInteger() ? Tri::Yes : Tri::No) : Tri::Maybe;
    if (right.isString()) {
        const QString pattern = right.toString();
        if (numeric || pattern.startsWith(u'@'))
            return Tri::Maybe; // a named set, or a value of a kind not known here
        // nft's interface name wildcard: "eth*".
        if (pattern.endsWith(u'*'))
            return v.text.startsWith(pattern.chopped(1)) ? Tri::Yes : Tri::No;
        return v.text == pattern ? Tri::Yes : Tri::No;
    }
    const QJsonArray range = right.toObject().value("range"_L1).toArray();
    if (range.size() == 2 && numeric)
        return v.number >= range.at(0).toInteger() && v.number <= range.at(1).toInteger() ? Tri::Yes : Tri::No;
    return Tri::Maybe;
}

Tri compare(const QJsonObject &match, const Packet &p)
{
    const Value v = valueOf(match.value("left"_L1).toObject(), p);
    const QString op = match.value("op"_L1).toString(u"=="_s);
    if (v.absent)
        return op == "!="_L1 ? Tri::Maybe : Tri::No;
    if (!v.known || (op != "=="_L1 && op != "!="_L1 && op != "in"_L1))
        return Tri::Maybe;
    QJsonValue right = match.value("right"_L1);
    if (right.isObject() && right.toObject().contains("prefix"_L1))
        return Tri::Maybe;
    QJsonArray items;
    if (right.isArray())
        items = right.toArray();
    else if (right.isObject() && right.toObject().contains("set"_L1))
        items = right.toObject().value("set"_L1).toArray();
    else
        items.append(right);
    Tri in = Tri::No;
    for (const QJsonValue &item : std::as_const(items)) {
        const Tri t = equalsOne(v, item);
        if (t == Tri::Yes) {
            in = Tri::Yes;
            break;
        }
        if (t == Tri::Maybe)
            in = Tri::Maybe;
    }
    if (in == Tri::Maybe)
        return Tri::Maybe;
    return ((in == Tri::Yes) == (op != "!="_L1)) ? Tri::Yes : Tri::No;
}

const char *const Verdicts[] = {"accept", "drop", "reject", "jump", "goto", "return", "vmap"};
// Statements that neither match nor decide: everything else (xt, fib,
// set lookups...) may or may not match, as far as is known here.
const char *const Harmless[] = {"counter", "log", "notrack", "mangle", "set", "comment"};

} // namespace

QString Finding::text() const
{
    const QString what = u"%1 port %2"_s.arg(packet.protocol.toUpper()).arg(packet.port)
        + (packet.service.isEmpty() ? QString() : u" (%1)"_s.arg(packet.service));
    const QString who = owner.isEmpty() ? u"nftables"_s : owner;
    return certain ? tr("the laptop's firewall (%1) drops %2 arriving on %3: %4").arg(who, what, packet.interfaceName, where)
                   : tr("the laptop's firewall (%1) may drop %2 arriving on %3: %4").arg(who, what, packet.interfaceName, where);
}

std::optional<Ruleset> Ruleset::fromNftJson(QByteArrayView json, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.object().value("nftables"_L1).isArray()) {
        *error = parse.error != QJsonParseError::NoError ? parse.errorString() : u"no \"nftables\" list"_s;
        return std::nullopt;
    }
    Ruleset set;
    QHash<QString, QJsonArray> sets; // "inet/filter/@allowed" -> elements
    const QJsonArray items = doc.object().value("nftables"_L1).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        if (const QJsonObject c = o.value("chain"_L1).toObject(); !c.isEmpty()) {
            Chain chain;
            chain.family = c.value("family"_L1).toString();
            chain.table = c.value("table"_L1).toString();
            chain.name = c.value("name"_L1).toString();
            chain.hook = c.value("hook"_L1).toString();
            chain.priority = c.value("prio"_L1).toInt();
            chain.policyDrop = c.value("policy"_L1).toString() == "drop"_L1;
            set.m_chains.append(chain);
        } else if (const QJsonObject named = o.value("set"_L1).toObject(); !named.isEmpty()) {
            // Listed before the rules that use them: "@name" reads as its elements.
            sets.insert(named.value("family"_L1).toString() + u'/' + named.value("table"_L1).toString() + u"/@"_s
                            + named.value("name"_L1).toString(),
                        named.value("elem"_L1).toArray());
        } else if (const QJsonObject r = o.value("rule"_L1).toObject(); !r.isEmpty()) {
            const QString family = r.value("family"_L1).toString();
            const QString table = r.value("table"_L1).toString();
            const QString name = r.value("chain"_L1).toString();
            QJsonArray expressions = r.value("expr"_L1).toArray();
            for (qsizetype i = 0; i < expressions.size(); ++i) {
                QJsonObject x = expressions.at(i).toObject();
                QJsonObject match = x.value("match"_L1).toObject();
                const QString right = match.value("right"_L1).toString();
                const auto elements = sets.constFind(family + u'/' + table + u'/' + right);
                if (!right.startsWith(u'@') || elements == sets.cend())
                    continue;
                match.insert("right"_L1, QJsonObject{{"set"_L1, *elements}});
                x.insert("match"_L1, match);
                expressions.replace(i, x);
            }
            for (Chain &chain : set.m_chains)
                if (chain.family == family && chain.table == table && chain.name == name)
                    chain.rules.append(Rule{r.value("handle"_L1).toInteger(), expressions});
        }
    }
    return set;
}

const Ruleset::Chain *Ruleset::chain(const QString &family, const QString &table, const QString &name) const
{
    for (const Chain &c : m_chains)
        if (c.family == family && c.table == table && c.name == name)
            return &c;
    return nullptr;
}

Finding Ruleset::finding(const Chain &chain, const QString &where, const Packet &packet, const Walk &walk,
                         bool certain) const
{
    Finding f;
    f.packet = packet;
    f.certain = certain;
    f.where = u"table %1 %2, chain %3, %4"_s.arg(chain.family, chain.table, chain.name, where);
    if (chain.table == "firewalld"_L1) {
        static const QRegularExpression zone(u"^filter_IN_([^_]+)"_s);
        for (const QString &name : walk.path)
            if (const auto m = zone.match(name); m.hasMatch())
                f.owner = u"firewalld zone %1"_s.arg(m.captured(1));
        if (f.owner.isEmpty())
            f.owner = u"firewalld"_s;
    } else if (std::any_of(walk.path.cbegin(), walk.path.cend(), [](const QString &n) { return n.startsWith("ufw"_L1); })) {
        f.owner = u"ufw"_s;
    }
    return f;
}

Ruleset::Outcome Ruleset::walk(const Chain &chain, const Packet &packet, Walk &w, int depth, bool conditional) const
{
    w.path.append(chain.name);
    bool uncertain = conditional; // a jump that may not happen led here, or a return that may have happened
    for (const Rule &rule : chain.rules) {
        Tri all = Tri::Yes;
        QString verdict;
        QJsonObject verdictValue;
        for (const QJsonValue &e : rule.expressions) {
            const QJsonObject x = e.toObject();
            if (x.contains("match"_L1)) {
                const Tri t = compare(x.value("match"_L1).toObject(), packet);
                if (t == Tri::No) {
                    all = Tri::No;
                    break;
                }
                if (t == Tri::Maybe)
                    all = Tri::Maybe;
                continue;
            }
            for (const char *v : Verdicts)
                if (x.contains(QLatin1StringView(v))) {
                    verdict = QString::fromLatin1(v);
                    verdictValue = x.value(QLatin1StringView(v)).toObject();
                }
            if (!verdict.isEmpty())
                break;
            const bool harmless = std::any_of(std::begin(Harmless), std::end(Harmless),
                                              [&x](const char *h) { return x.contains(QLatin1StringView(h)); });
            if (!harmless)
                all = Tri::Maybe;
        }
        if (all == Tri::No || verdict.isEmpty())
            continue;
        const bool sure = all == Tri::Yes && !uncertain;
        const QString where = u"rule handle %1"_s.arg(rule.handle);
        if (verdict == "accept"_L1) {
            if (all == Tri::Yes)
                return Outcome::Accept;
            w.mayHaveAccepted = true;
        } else if (verdict == "drop"_L1 || verdict == "reject"_L1) {
            if (sure && !w.mayHaveAccepted) {
                w.drop = finding(chain, where, packet, w, true);
                return Outcome::Drop;
            }
            if (!w.drop)
                w.drop = finding(chain, where, packet, w, false);
        } else if (verdict == "return"_L1) {
            if (all != Tri::Yes) {
                // What returns from a base chain meets its policy: with a
                // drop policy, it is dropped all the same.
                if (chain.hook.isEmpty() || !chain.policyDrop)
                    uncertain = true;
                continue;
            }
            if (chain.hook.isEmpty())
                return Outcome::Continue;
            break; // in a base chain, the policy decides
        } else if (verdict == "vmap"_L1) {
            // A verdict per value of the key (ct state, protocol...): the
            // entry the packet's value picks, or any, if it is not known.
            const Value key = valueOf(verdictValue.value("key"_L1).toObject(), packet);
            const QJsonArray entries = verdictValue.value("data"_L1).toObject().value("set"_L1).toArray();
            for (const QJsonValue &entry : entries) {
                const Tri picked = key.known ? equalsOne(key, entry.toArray().at(0)) : Tri::Maybe;
                if (picked == Tri::No)
                    continue;
                const bool certain = sure && picked == Tri::Yes;
                const QJsonObject decision = entry.toArray().at(1).toObject();
                if (decision.contains("accept"_L1)) {
                    if (certain)
                        return Outcome::Accept;
                    w.mayHaveAccepted = true;
                } else if (decision.contains("drop"_L1) || decision.contains("reject"_L1)) {
                    if (certain && !w.mayHaveAccepted) {
                        w.drop = finding(chain, where, packet, w, true);
                        return Outcome::Drop;
                    }
                    if (!w.drop)
                        w.drop = finding(chain, where, packet, w, false);
                } else if (depth < 16) {
                    const bool jump = decision.contains("jump"_L1);
                    const QJsonObject to = decision.value(jump ? "jump"_L1 : "goto"_L1).toObject();
                    const Chain *target = this->chain(chain.family, chain.table, to.value("target"_L1).toString());
                    if (!target)
                        continue;
                    const Outcome o = walk(*target, packet, w, depth + 1, !certain);
                    if (certain && (o != Outcome::Continue || !jump))
                        return o;
                }
            }
        } else if (depth < 16) { // jump or goto
            const Chain *target = this->chain(chain.family, chain.table, verdictValue.value("target"_L1).toString());
            if (!target)
                continue;
            const Outcome o = walk(*target, packet, w, depth + 1, uncertain || all != Tri::Yes);
            if (all == Tri::Yes && o != Outcome::Continue)
                return o;
            if (all == Tri::Yes && verdict == "goto"_L1)
                return Outcome::Continue;
        }
    }
    if (chain.policyDrop && !chain.hook.isEmpty()) {
        if (!w.mayHaveAccepted && !uncertain) {
            w.drop = finding(chain, u"policy drop"_s, packet, w, true);
            return Outcome::Drop;
        }
        if (!w.drop)
            w.drop = finding(chain, u"policy drop"_s, packet, w, false);
    }
    return Outcome::Continue;
}

std::optional<Finding> Ruleset::dropping(const Packet &packet) const
{
    QList<const Chain *> bases;
    for (const Chain &c : m_chains)
        if (c.hook == "input"_L1 && (c.family == "inet"_L1 || c.family == "ip"_L1))
            bases.append(&c);
    std::stable_sort(bases.begin(), bases.end(), [](const Chain *a, const Chain *b) { return a->priority < b->priority; });
    std::optional<Finding> possible;
    // An accept ends one base chain only: the packet meets every base
    // chain of the hook, and any of them may drop it.
    for (const Chain *base : std::as_const(bases)) {
        Walk w;
        if (walk(*base, packet, w, 0, false) == Outcome::Drop)
            return w.drop;
        if (w.drop && !possible)
            possible = w.drop;
    }
    return possible;
}

} // namespace Firewall
