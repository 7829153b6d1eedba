// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"
#include "site/host.h"
#include "site/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Site {

/// A host read from text, with where the text had it.
struct ImportedHost
{
    Host host;
    int line = 0; ///< 1-based line of the host block, dhcp-host line or table row
    QString label; ///< how messages name the entry: "host mp", "row 3", "dhcp-host"

    friend bool operator==(const ImportedHost &, const ImportedHost &) = default;
};

/// Hosts an operator brings from elsewhere: host blocks of an ISC dhcpd.conf,
/// dnsmasq dhcp-host= lines, or rows pasted from a spreadsheet. Reading never
/// throws anything away silently: what cannot be used is a problem with its
/// line, and everything that can be used is kept.
class HostImport
{
    Q_DECLARE_TR_FUNCTIONS(Site::HostImport)

public:
    enum class Format { Unknown, DhcpdConf, Dnsmasq, Table };

    Format format = Format::Unknown;
    QList<ImportedHost> hosts; ///< in the order of the input
    /// Errors: part of the text could not be read, so an entry was skipped
    /// or may be incomplete (a text cut off), or nothing was read at all.
    /// Warnings: an entry was read, but something in it was left out or
    /// looks wrong (a blank address, a duplicate MAC).
    QList<Problem> problems;

    bool hasErrors() const;
    QList<Host> hostValues() const;

    /// Which of the three formats @p text is in; Unknown when none fits.
    static Format detect(QStringView text);
    /// Detects the format and reads @p text; @p fileName only labels problems.
    static HostImport read(QStringView text, const QString &fileName = {});
    /// Reads @p text as @p format (Unknown: detect it).
    static HostImport read(QStringView text, Format format, const QString &fileName = {});

    /// A MAC as dhcpd and dnsmasq write them (1 or 2 hex digits between
    /// colons, "0:23:32:2f:40:3c"), or any form Net::MacAddress::parse takes.
    static std::optional<Net::MacAddress> parseMac(QStringView text);
    /// @p text in quotes for a message, shortened when it is long.
    static QString quote(QStringView text);
    /// "dhcpd.conf", "dnsmasq", "table" for messages.
    static QString formatName(Format format);

private:
    void reportDuplicates(const QString &fileName);
};

} // namespace Site
