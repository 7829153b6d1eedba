// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/dhcpdconfreader.h"

using namespace Qt::StringLiterals;

namespace Site {

namespace {

using Kind = DhcpdConfToken::Kind;

// Enough for any statement a host block uses; a longer one is an expression
// or garbage and only its start matters.
constexpr qsizetype maxStatementTokens = 64;
constexpr int maxSyntaxErrors = 20;

} // namespace

HostImport DhcpdConfReader::read(QStringView text, const QString &fileName)
{
    DhcpdConfReader reader(fileName);
    reader.run(text);
    return std::move(reader.m_result);
}

DhcpdConfReader::DhcpdConfReader(const QString &fileName)
    : m_fileName(fileName)
{
    m_result.format = HostImport::Format::DhcpdConf;
}

void DhcpdConfReader::run(QStringView text)
{
    DhcpdConfTokenizer tokenizer(text);
    for (;;) {
        const DhcpdConfToken token = tokenizer.next();
        if (token.unterminated) {
            syntaxError(token.line, token.column,
                        tr("this string has no closing quote on its line"));
            // Most likely a lost quote before the ";": end the statement here
            // so the next line is read as its own.
            m_statement.append(token);
            endStatement();
            continue;
        }
        switch (token.kind) {
        case Kind::End:
            endOfText();
            return;
        case Kind::Semicolon:
            endStatement();
            break;
        case Kind::OpenBrace:
            openBlock(token);
            m_statement.clear();
            break;
        case Kind::CloseBrace:
            if (inHostBody() && !m_statement.isEmpty()) {
                // dhcpd would refuse the file, but what was meant is plain.
                report(token.line, token.column, tr("\";\" is missing before \"}\""),
                       Problem::Severity::Warning);
                endStatement();
            }
            m_statement.clear();
            closeBlock(token);
            break;
        default:
            if (m_statement.size() < maxStatementTokens)
                m_statement.append(token);
        }
    }
}

bool DhcpdConfReader::inHostBody() const
{
    return !m_blocks.empty() && m_blocks.back().isHost;
}

void DhcpdConfReader::endStatement()
{
    if (inHostBody())
        m_host->apply(m_statement);
    m_statement.clear();
}

void DhcpdConfReader::openBlock(const DhcpdConfToken &brace)
{
    const bool isHost = !m_statement.isEmpty() && m_statement.front().isWord(u"host");
    const int line = m_statement.isEmpty() ? brace.line : m_statement.front().line;
    m_blocks.push_back({line, false});
    if (!isHost)
        return;
    const bool named = m_statement.size() >= 2
                       && (m_statement.at(1).kind == Kind::Word
                           || m_statement.at(1).kind == Kind::String);
    if (!named) {
        syntaxError(line, m_statement.front().column,
                    tr("this host block has no name: it is skipped"));
    } else if (m_host) {
        report(line, m_statement.front().column,
               tr("a host block inside another host block is skipped"), Problem::Severity::Error);
    } else {
        m_host.emplace(m_statement.at(1).value(), line, m_fileName, m_result.problems);
        m_blocks.back().isHost = true;
    }
}

void DhcpdConfReader::closeBlock(const DhcpdConfToken &brace)
{
    if (m_blocks.empty()) {
        syntaxError(brace.line, brace.column, tr("this \"}\" closes no block"));
        return;
    }
    const bool wasHost = m_blocks.back().isHost;
    m_blocks.pop_back();
    if (wasHost)
        finishHost(true);
}

void DhcpdConfReader::finishHost(bool closed)
{
    if (auto host = m_host->finish(closed))
        m_result.hosts.append(std::move(*host));
    m_host.reset();
}

void DhcpdConfReader::endOfText()
{
    if (m_host) {
        // The cut-off host says it all; the blocks around it add nothing.
        finishHost(false);
        return;
    }
    if (m_blocks.empty())
        return;
    // One problem for the outermost block: a cut-off file or a thousand
    // stray "{" say the same thing, and naming each would bury it.
    const int opened = m_blocks.front().line;
    const QString message =
        m_blocks.size() == 1
            ? tr("the text ends before the block opened at line %1 is closed: it may be cut off")
                  .arg(opened)
            : tr("the text ends with %n blocks still open, the outermost opened at line %1: it "
                 "may be cut off", nullptr, int(m_blocks.size()))
                  .arg(opened);
    report(opened, 0, message, Problem::Severity::Error);
}

void DhcpdConfReader::report(int line, int column, const QString &message,
                             Problem::Severity severity)
{
    const QString field = m_host ? m_host->label() : QString();
    m_result.problems.append({m_fileName, line, column, field, message, severity});
}

void DhcpdConfReader::syntaxError(int line, int column, const QString &message)
{
    ++m_syntaxErrors;
    if (m_syntaxErrors > maxSyntaxErrors)
        return;
    QString text = message;
    if (m_syntaxErrors == maxSyntaxErrors)
        text += u' ' % tr("(further syntax errors are not listed)");
    report(line, column, text, Problem::Severity::Error);
}

} // namespace Site
