// SPDX-License-Identifier: GPL-3.0-or-later
#include "bsdp/clientclass.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Bsdp {

std::optional<ClientClass> ClientClass::parse(QByteArrayView vendorClass)
{
    if (!vendorClass.startsWith(Prefix) || vendorClass.contains('\0') || vendorClass.contains('\n'))
        return std::nullopt;
    const QByteArrayView rest = vendorClass.sliced(Prefix.size());
    if (!rest.isEmpty() && !rest.startsWith('/'))
        return std::nullopt; // "AAPLBSDPCX" is someone else's class
    // What a client sends ends up in logs and on the terminal: control
    // characters (ESC, CR...) become '?'.
    const auto printable = [](const QByteArray &bytes, qsizetype max) {
        QString text = QString::fromUtf8(bytes).left(max);
        for (QChar &ch : text)
            if (ch.unicode() < 0x20 || ch.unicode() == 0x7f || ch.category() == QChar::Other_Control)
                ch = u'?';
        return text;
    };
    ClientClass c;
    const QList<QByteArray> parts = rest.toByteArray().split('/');
    if (parts.size() > 1)
        c.arch = printable(parts[1], 16);
    if (parts.size() > 2)
        c.model = printable(parts.mid(2).join('/'), 64);
    return c;
}

QString ClientClass::label() const
{
    QString kind = arch == u"i386"_s ? u"Intel Mac"_s
        : arch == u"ppc"_s           ? u"PowerPC Mac"_s
        : arch == u"arm"_s           ? u"Apple silicon Mac"_s
                                     : u"Mac"_s;
    return model.isEmpty() ? kind : kind + u' ' + model;
}

} // namespace Bsdp
