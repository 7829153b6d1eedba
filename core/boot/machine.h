// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Boot {

/// The machine a boot config is rendered for: the values of {server},
/// {hostname}, {mac} and {ip} in kernel arguments. Any of them may be
/// unknown (a machine Rackside has no lease for).
struct Machine
{
    enum class Variable { Server, Hostname, Mac, Ip };

    /// Literal text, or a variable whose value is unknown here.
    struct Piece
    {
        QString text;
        std::optional<Variable> unknown;
        friend bool operator==(const Piece &, const Piece &) = default;
    };

    QHostAddress server; ///< the address the machine reaches Rackside at
    QString hostname;
    Net::MacAddress mac; ///< null when unknown
    QHostAddress ip;     ///< null when unknown

    /// @p text split at the variables: known ones replaced by their value
    /// (a MAC as aa:bb:cc:dd:ee:ff), unknown ones left as pieces of their own.
    /// Anything else in braces is text.
    QList<Piece> expand(const QString &text) const;
    /// expand() joined, unknown variables empty.
    QString substitute(const QString &text) const;

    /// Names written in braces in @p text that are not variables ("{srv}"
    /// is passed to the kernel as written), each once, in order.
    static QStringList unknownVariables(const QString &text);

    /// "server" for Variable::Server, and so on.
    static QString variableName(Variable variable);
};

} // namespace Boot
