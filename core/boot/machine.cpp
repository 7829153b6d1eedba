// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/machine.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Boot {

QString Machine::variableName(Variable variable)
{
    switch (variable) {
    case Variable::Server:
        return u"server"_s;
    case Variable::Hostname:
        return u"hostname"_s;
    case Variable::Mac:
        return u"mac"_s;
    case Variable::Ip:
        return u"ip"_s;
    }
    return {};
}

QStringList Machine::unknownVariables(const QString &text)
{
    static const QRegularExpression braced(u"\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}"_s);
    static const QStringList known = {variableName(Variable::Server), variableName(Variable::Hostname),
                                      variableName(Variable::Mac), variableName(Variable::Ip)};
    QStringList unknown;
    for (const QRegularExpressionMatch &m : braced.globalMatch(text)) {
        const QString name = m.captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

QList<Machine::Piece> Machine::expand(const QString &text) const
{
    static constexpr std::array variables = {Variable::Server, Variable::Hostname, Variable::Mac,
                                             Variable::Ip};
    const auto valueOf = [this](Variable v) -> QString {
        switch (v) {
        case Variable::Server:
            return server.isNull() ? QString() : server.toString();
        case Variable::Hostname:
            return hostname;
        case Variable::Mac:
            return mac.isNull() ? QString() : mac.toString();
        case Variable::Ip:
            return ip.isNull() ? QString() : ip.toString();
        }
        return {};
    };

    QList<Piece> pieces;
    QString literal;
    qsizetype i = 0;
    while (i < text.size()) {
        std::optional<Variable> found;
        if (text.at(i) == u'{') {
            for (Variable v : variables) {
                const QString name = u'{' % variableName(v) % u'}';
                if (QStringView(text).sliced(i).startsWith(name)) {
                    found = v;
                    break;
                }
            }
        }
        if (!found) {
            literal += text.at(i++);
            continue;
        }
        i += variableName(*found).size() + 2;
        const QString value = valueOf(*found);
        if (!value.isEmpty() || *found == Variable::Hostname) {
            literal += value;
            continue;
        }
        if (!literal.isEmpty())
            pieces.append({literal, std::nullopt});
        literal.clear();
        pieces.append({QString(), found});
    }
    if (!literal.isEmpty())
        pieces.append({literal, std::nullopt});
    return pieces;
}

QString Machine::substitute(const QString &text) const
{
    QString out;
    for (const Piece &piece : expand(text))
        out += piece.text;
    return out;
}

} // namespace Boot
