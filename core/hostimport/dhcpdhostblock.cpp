// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/dhcpdhostblock.h"

#include "site/ipv4.h"

using namespace Qt::StringLiterals;

namespace Site {

namespace {

using Kind = DhcpdConfToken::Kind;

bool isName(const DhcpdConfToken &token)
{
    return token.kind == Kind::Word || token.kind == Kind::String;
}

} // namespace

DhcpdHostBlock::DhcpdHostBlock(const QString &name, int line, const QString &fileName,
                               QList<Problem> &problems)
    : m_fileName(fileName)
    , m_problems(problems)
{
    m_entry.line = line;
    m_entry.host.hostname = name;
    m_entry.label = u"host "_s % name;
}

void DhcpdHostBlock::apply(const QList<DhcpdConfToken> &statement)
{
    if (statement.isEmpty())
        return;
    const DhcpdConfToken &first = statement.front();
    const bool hasValue = statement.size() >= 2 && isName(statement.at(1));
    if (first.isWord(u"hardware")) {
        readHardware(statement);
    } else if (first.isWord(u"fixed-address")) {
        readFixedAddress(statement);
    } else if (first.isWord(u"option") && statement.size() >= 3
               && statement.at(1).isWord(u"host-name") && isName(statement.at(2))) {
        m_entry.host.hostname = statement.at(2).value();
    } else if (first.isWord(u"filename") && hasValue) {
        m_entry.host.bootFile = statement.at(1).value();
    }
}

void DhcpdHostBlock::readHardware(const QList<DhcpdConfToken> &statement)
{
    const int line = statement.front().line;
    if (statement.size() < 2 || !statement.at(1).isWord(u"ethernet")) {
        const QString type = statement.size() < 2 ? QString() : statement.at(1).value();
        report(line,
               tr("\"hardware %1\" is not Ethernet: Rackside knows hosts by Ethernet MAC")
                   .arg(type),
               Problem::Severity::Warning);
        m_macReported = true;
        return;
    }
    const QString text = statement.size() < 3 ? QString() : statement.at(2).value();
    const auto mac = HostImport::parseMac(text);
    if (!mac || statement.size() > 3) {
        report(line,
               text.isEmpty() ? tr("\"hardware ethernet\" has no MAC address")
                              : tr("%1 is not a MAC address").arg(HostImport::quote(text)),
               Problem::Severity::Error);
        m_macReported = true;
        return;
    }
    m_entry.host.mac = *mac;
    m_hasMac = true;
}

void DhcpdHostBlock::readFixedAddress(const QList<DhcpdConfToken> &statement)
{
    const int line = statement.front().line;
    QStringList values;
    bool expectValue = true;
    for (qsizetype i = 1; i < statement.size(); ++i) {
        const DhcpdConfToken &token = statement.at(i);
        if (token.kind == Kind::Comma) {
            expectValue = true;
        } else if (expectValue && isName(token)) {
            values.append(token.value());
            expectValue = false;
        }
    }
    if (values.isEmpty()) {
        report(line,
               tr("no address: \"fixed-address\" is blank, so the host is kept and will take "
                  "an address from a dynamic range"),
               Problem::Severity::Warning);
        return;
    }
    const QString &first = values.front();
    const auto ip = parseIpv4(first);
    if (!ip) {
        report(line,
               tr("no address: \"fixed-address %1\" is a host name, which dhcpd looks up in "
                  "DNS; the host is kept without an address")
                   .arg(first),
               Problem::Severity::Warning);
        return;
    }
    m_entry.host.ip = *ip;
    if (values.size() > 1) {
        report(line,
               tr("\"fixed-address\" lists %1 addresses: took the first, %2")
                   .arg(values.size())
                   .arg(first),
               Problem::Severity::Warning);
    }
}

std::optional<ImportedHost> DhcpdHostBlock::finish(bool closed)
{
    if (!closed) {
        report(m_entry.line,
               m_hasMac ? tr("this host block is cut off (no closing \"}\"): check it")
                        : tr("this host block is cut off (no closing \"}\") before its MAC "
                             "address: skipped"),
               Problem::Severity::Error);
    } else if (!m_hasMac && !m_macReported) {
        report(m_entry.line,
               tr("the host block at line %1 has no \"hardware ethernet\" statement: skipped")
                   .arg(m_entry.line),
               Problem::Severity::Warning);
    }
    if (!m_hasMac)
        return std::nullopt;
    return m_entry;
}

void DhcpdHostBlock::report(int line, const QString &message, Problem::Severity severity)
{
    m_problems.append({m_fileName, line, 0, m_entry.label, message, severity});
}

} // namespace Site
