// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringView>

#include <functional>

namespace Site {

/// Checks one host's fields as the operator types them, against the rest of
/// the site: formats in words, the fixed address against the subnet and the
/// dynamic ranges, names and addresses other hosts already use, menus that
/// exist. SiteValidator checks the whole site on load and save; this says
/// what is wrong with one cell while it is being edited.
class HostCheck
{
    Q_DECLARE_TR_FUNCTIONS(Site::HostCheck)

public:
    enum class Field { Mac, Hostname, Ip, Menu };
    /// Errors cannot be stored (the editor refuses them); warnings can, and
    /// are shown until fixed.
    enum class Status { Ok, Warning, Error };

    /// What is wrong with one field; an empty message when Ok.
    struct Result
    {
        Status status = Status::Ok;
        QString message;

        bool isOk() const { return status == Status::Ok; }
        bool isWarning() const { return status == Status::Warning; }
        bool isError() const { return status == Status::Error; }

        friend bool operator==(const Result &, const Result &) = default;
    };

    /// Text typed into @p field of hosts[@p row] (-1: a host not in the
    /// document yet), checked as text and then against the other hosts.
    /// Leading and trailing spaces are ignored.
    static Result check(const Document &document, qsizetype row, Field field, QStringView text);
    /// The stored value of @p field of hosts[@p row], against the other hosts.
    static Result check(const Document &document, qsizetype row, Field field);

    /// MAC format only: aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff or
    /// aabb.ccdd.eeff in any case; required.
    static Result macText(QStringView text);
    /// Dotted-quad IPv4 syntax only; empty is fine (the host takes an
    /// address from a range).
    static Result ipText(QStringView text);
    /// One RFC 1123 label, as stored (spaces around it are wrong); empty is fine.
    static Result hostnameText(QStringView text);

    static Result mac(const Document &document, qsizetype row, const Net::MacAddress &mac);
    static Result ip(const Document &document, qsizetype row, const QHostAddress &ip);
    static Result hostname(const Document &document, qsizetype row, const QString &hostname);
    /// A menu name or "menu/entry" (see Document::menuFor); empty is fine.
    static Result menu(const Document &document, const QString &menu);

    /// Why @p address cannot be given out as a fixed address: not IPv4,
    /// outside the subnet, the subnet's network or broadcast address, or
    /// inside a dynamic range. Empty when it can. SiteValidator uses this too.
    static QString fixedAddressProblem(const Document &document, const QHostAddress &address);
    /// Why a host cannot have @p address although it is a fine fixed
    /// address: the server or the router has it. Empty when neither does.
    static QString claimedAddressProblem(const Document &document, const QHostAddress &address);

private:
    /// A warning naming the first host other than hosts[@p row] for which
    /// @p same holds; Ok when there is none.
    static Result usedByOther(const Document &document, qsizetype row, Field field,
                              const QString &value,
                              const std::function<bool(const Host &)> &same);
};

} // namespace Site
