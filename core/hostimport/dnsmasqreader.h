// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostimport/hostimport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Site {

/// Reads dnsmasq's dhcp-host= lines, as in dnsmasq.conf or as --dhcp-host=
/// options of a command line; every other line is ignored. A line's fields
/// are recognised by their shape, as dnsmasq does: MACs, one IPv4 address, a
/// host name, a lease time, and id:, set:, tag: and ignore.
class DnsmasqReader
{
    Q_DECLARE_TR_FUNCTIONS(Site::DnsmasqReader)

public:
    static HostImport read(QStringView text, const QString &fileName);

    /// The value of a dnsmasq.conf option line: quotes removed, a comment
    /// (# at the start or after a space) cut off. @p closed tells whether
    /// every quote was closed.
    static QString confValue(QStringView text, bool *closed = nullptr);
    /// The values of every --dhcp-host option on a shell command line.
    static QStringList commandLineValues(QStringView line);

private:
    explicit DnsmasqReader(const QString &fileName);
    void readEntry(const QString &value, int line, bool quotesClosed = true);
    void report(int line, const QString &label, const QString &message, Problem::Severity severity);

    QString m_fileName;
    HostImport m_result;
};

} // namespace Site
