// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostimport/dhcpdconftokenizer.h"
#include "hostimport/hostimport.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Site {

/// One "host NAME { ... }" block of a dhcpd.conf while it is read: takes its
/// statements one by one, keeps what a Rackside host has (hardware ethernet,
/// fixed-address, option host-name, filename) and reports what does not fit.
class DhcpdHostBlock
{
    Q_DECLARE_TR_FUNCTIONS(Site::DhcpdHostBlock)

public:
    /// Problems go to @p problems, which must outlive the block.
    DhcpdHostBlock(const QString &name, int line, const QString &fileName,
                   QList<Problem> &problems);

    /// "host NAME", how problems name the block.
    const QString &label() const { return m_entry.label; }
    /// One statement of the block: its tokens up to, not including, the ";".
    void apply(const QList<DhcpdConfToken> &statement);
    /// The host, or nothing when the block gave no usable MAC; @p closed is
    /// false when the text ended inside the block.
    std::optional<ImportedHost> finish(bool closed);

private:
    void readHardware(const QList<DhcpdConfToken> &statement);
    void readFixedAddress(const QList<DhcpdConfToken> &statement);
    void report(int line, const QString &message, Problem::Severity severity);

    ImportedHost m_entry;
    QString m_fileName;
    QList<Problem> &m_problems;
    bool m_hasMac = false;
    bool m_macReported = false; ///< a bad hardware statement already said why there is none
};

} // namespace Site
