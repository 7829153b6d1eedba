// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostimport/dhcpdconftokenizer.h"
#include "hostimport/dhcpdhostblock.h"
#include "hostimport/hostimport.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <vector>

namespace Site {

/// Reads the host blocks of an ISC dhcpd.conf, wherever they are nested
/// (subnet, group, shared-network, class, conditionals), and ignores the
/// rest. Never recursive, so nesting depth costs memory, not stack; a text
/// cut short or full of stray braces gives a few problems, not thousands.
class DhcpdConfReader
{
    Q_DECLARE_TR_FUNCTIONS(Site::DhcpdConfReader)

public:
    static HostImport read(QStringView text, const QString &fileName);

private:
    struct Block
    {
        int line = 0;
        bool isHost = false;
    };

    explicit DhcpdConfReader(const QString &fileName);
    void run(QStringView text);
    void endStatement();
    void openBlock(const DhcpdConfToken &brace);
    void closeBlock(const DhcpdConfToken &brace);
    void endOfText();
    void finishHost(bool closed);
    bool inHostBody() const;
    void report(int line, int column, const QString &message, Problem::Severity severity);
    /// A problem with the file's syntax; only the first few are listed.
    void syntaxError(int line, int column, const QString &message);

    QString m_fileName;
    HostImport m_result;
    std::vector<Block> m_blocks;
    std::optional<DhcpdHostBlock> m_host;
    QList<DhcpdConfToken> m_statement; ///< tokens since the last ; { or }
    int m_syntaxErrors = 0;
};

} // namespace Site
