// SPDX-License-Identifier: GPL-3.0-or-later
#include "firewall/ruleset.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Firewall;

// Rulesets as `nft -j list ruleset` prints them, made with nft in a network
// namespace (tests/data/firewall): the operator's own rules, a drop policy,
// firewalld's chain layout and ufw's.
class TestFirewall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dropping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("interfaceName");
        QTest::addColumn<QString>("where"); // empty: the packet gets through
        QTest::addColumn<bool>("certain");
        QTest::addColumn<QString>("owner");

        QTest::newRow("udp dport 69 drop") << u"plain"_s << u"udp"_s << 69 << u"rack0"_s
                                           << u"table inet filter, chain input, rule handle "_s << true << QString();
        QTest::newRow("reject 4011") << u"plain"_s << u"udp"_s << 4011 << u"rack0"_s
                                     << u"table inet filter, chain input, rule handle "_s << true << QString();
        QTest::newRow("drop by source address: may") << u"plain"_s << u"udp"_s << 67 << u"rack0"_s
                                                     << u"table inet filter, chain sub, rule handle "_s << false << QString();
        QTest::newRow("accepted by a port range") << u"plain"_s << u"tcp"_s << 85 << u"rack0"_s << QString() << true
                                                  << QString();
        QTest::newRow("another interface's rule") << u"plain"_s << u"tcp"_s << 8080 << u"rack0"_s << QString() << true
                                                  << QString();
        QTest::newRow("wildcard interface") << u"plain"_s << u"tcp"_s << 8080 << u"wlan0"_s
                                            << u"table inet filter, chain input, rule handle "_s << true << QString();
        QTest::newRow("policy drop, accepted on rack0") << u"policy-drop"_s << u"udp"_s << 69 << u"rack0"_s << QString()
                                                        << true << QString();
        QTest::newRow("policy drop elsewhere") << u"policy-drop"_s << u"udp"_s << 69 << u"eth1"_s
                                               << u"table ip filter, chain INPUT, policy drop"_s << true << QString();
        QTest::newRow("policy drop, HTTP") << u"policy-drop"_s << u"tcp"_s << 80 << u"rack0"_s
                                           << u"table ip filter, chain INPUT, policy drop"_s << true << QString();
        QTest::newRow("firewalld allows dhcp") << u"firewalld"_s << u"udp"_s << 67 << u"rack0"_s << QString() << true
                                               << QString();
        QTest::newRow("firewalld rejects tftp") << u"firewalld"_s << u"udp"_s << 69 << u"rack0"_s
                                                << u"table inet firewalld, chain filter_INPUT, rule handle "_s << true
                                                << u"firewalld zone public"_s;
        QTest::newRow("firewalld rejects http") << u"firewalld"_s << u"tcp"_s << 80 << u"eth9"_s
                                                << u"table inet firewalld, chain filter_INPUT, rule handle "_s << true
                                                << u"firewalld zone public"_s;
        QTest::newRow("ufw rate limit: may") << u"ufw"_s << u"udp"_s << 69 << u"rack0"_s
                                             << u"table ip filter, chain INPUT, policy drop"_s << false << u"ufw"_s;
        QTest::newRow("ufw allows ssh") << u"ufw"_s << u"tcp"_s << 22 << u"rack0"_s << QString() << true << QString();
        // The nftables wiki's server ruleset: vmaps, a named set, a return.
        QTest::newRow("wiki: accepted by port") << u"wiki-server"_s << u"tcp"_s << 80 << u"rack0"_s << QString() << true
                                                << QString();
        QTest::newRow("wiki: in a named set") << u"wiki-server"_s << u"udp"_s << 69 << u"rack0"_s << QString() << true
                                              << QString();
        // A return from a base chain meets its drop policy: dropped either way.
        QTest::newRow("wiki: after a return that may happen") << u"wiki-server"_s << u"udp"_s << 4011 << u"rack0"_s
                                                              << u"table inet filter, chain inbound, rule handle "_s
                                                              << true << QString();
        QTest::newRow("wiki: policy") << u"wiki-server"_s << u"tcp"_s << 8080 << u"rack0"_s
                                      << u"table inet filter, chain inbound, policy drop"_s << true << QString();
        QTest::newRow("ufw drops http") << u"ufw"_s << u"tcp"_s << 80 << u"rack0"_s
                                        << u"table ip filter, chain INPUT, policy drop"_s << true << u"ufw"_s;
    }

    void dropping()
    {
        QFETCH(QString, file);
        QFETCH(QString, protocol);
        QFETCH(int, port);
        QFETCH(QString, interfaceName);
        QFETCH(QString, where);
        QFETCH(bool, certain);
        QFETCH(QString, owner);
        QFile f(QStringLiteral(RACKSIDE_TEST_DATA "/firewall/") + file + u".json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const auto rules = Ruleset::fromNftJson(f.readAll(), &error);
        QVERIFY2(rules, qPrintable(error));
        const auto found = rules->dropping(Packet{protocol, quint16(port), interfaceName, u"X"_s});
        if (where.isEmpty()) {
            QVERIFY2(!found, found ? qPrintable(found->text()) : "");
            return;
        }
        QVERIFY(found);
        QVERIFY2(found->where.startsWith(where), qPrintable(found->where));
        QCOMPARE(found->certain, certain);
        QCOMPARE(found->owner, owner);
        QVERIFY(found->text().contains(u"%1 port %2 (X) arriving on %3"_s.arg(protocol.toUpper()).arg(port).arg(interfaceName)));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("nft: Operation not permitted");
        QTest::newRow("no list") << QByteArray("{\"x\": 1}");
        QTest::newRow("wrong types") << QByteArray(R"({"nftables": [{"chain": 5}, {"rule": {"expr": "drop"}}, 7]})");
        QTest::newRow("jump loop") << QByteArray(
            R"({"nftables": [{"chain": {"family": "inet", "table": "t", "name": "a", "hook": "input", "policy": "accept"}},
               {"chain": {"family": "inet", "table": "t", "name": "b"}},
               {"rule": {"family": "inet", "table": "t", "chain": "a", "handle": 1, "expr": [{"jump": {"target": "b"}}]}},
               {"rule": {"family": "inet", "table": "t", "chain": "b", "handle": 2, "expr": [{"jump": {"target": "a"}}]}}]})");
    }

    void hostileInput()
    {
        QFETCH(QByteArray, json);
        QString error;
        const auto rules = Ruleset::fromNftJson(json, &error);
        if (rules)
            (void)rules->dropping(Packet{u"udp"_s, 69, u"rack0"_s, {}}); // ends, whatever it finds
        else
            QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFirewall)
#include "tst_firewall.moc"
