// SPDX-License-Identifier: GPL-3.0-or-later
#include "rockridge.h"
#include "directoryrecord.h"

#include <QtEndian>

namespace Iso {

namespace {

quint32 le32(QByteArrayView b, int at) { return qFromLittleEndian<quint32>(b.data() + at); }

} // namespace

std::optional<int> RockRidge::suspSkip(QByteArrayView su)
{
    // SUSP 1.12, 5.3: "SP", length 7, version 1, check bytes BE EF, LEN_SKP.
    if (su.size() >= 7 && su.first(2) == "SP" && quint8(su.at(2)) == 7 && quint8(su.at(4)) == 0xBE
        && quint8(su.at(5)) == 0xEF)
        return quint8(su.at(6));
    return std::nullopt;
}

std::optional<RockRidge::Continuation> RockRidge::read(QByteArrayView area, int skip)
{
    std::optional<Continuation> next;
    qsizetype at = skip;
    while (at + 4 <= area.size()) {
        const QByteArrayView sig = area.sliced(at, 2);
        const int length = quint8(area.at(at + 2));
        if (length < 4 || at + length > area.size())
            break;
        const QByteArrayView e = area.sliced(at, length);
        at += length;
        if (sig == "ST")
            break;
        if (sig == "CE" && length >= 28) {
            next = Continuation{le32(e, 4), le32(e, 12), le32(e, 20)};
        } else if (sig == "NM" && length >= 5) {
            present = true;
            const quint8 flags = quint8(e.at(4));
            if (flags & 0x06) // CURRENT or PARENT: "." and "..", which we skip anyway
                continue;
            m_name += e.sliced(5);
            name = QString::fromUtf8(m_name);
        } else if (sig == "PX" && length >= 36) {
            present = true;
            mode = le32(e, 4);
            uid = le32(e, 20);
            gid = le32(e, 28);
        } else if (sig == "SL" && length >= 5) {
            present = true;
            isSymlink = true;
            qsizetype c = 5;
            while (c + 2 <= e.size()) {
                const quint8 flags = quint8(e.at(c));
                const int size = quint8(e.at(c + 1));
                if (c + 2 + size > e.size())
                    break;
                QByteArray part;
                if (flags & 0x02)
                    part = ".";
                else if (flags & 0x04)
                    part = "..";
                else if (flags & 0x08)
                    part = "";
                else
                    part = e.sliced(c + 2, size).toByteArray();
                if (flags & 0x08) {
                    m_target = "/";
                } else {
                    if (!m_componentOpen && !m_target.isEmpty() && !m_target.endsWith('/'))
                        m_target += '/';
                    m_target += part;
                }
                m_componentOpen = flags & 0x01;
                c += 2 + size;
            }
            symlinkTarget = QString::fromUtf8(m_target);
        } else if (sig == "TF" && length >= 5) {
            present = true;
            const quint8 flags = quint8(e.at(4));
            const int size = (flags & 0x80) ? 17 : 7;
            // Stamps in flag order: creation, modify, access, attributes, ...
            qsizetype s = 5;
            if (flags & 0x01)
                s += size;
            if ((flags & 0x02) && s + size <= e.size())
                modified = DirectoryRecord::parseDate(e.sliced(s, size));
        } else if (sig == "CL" && length >= 12) {
            present = true;
            childLink = le32(e, 4);
        } else if (sig == "RE") {
            present = true;
            relocated = true;
        } else if (sig == "ZF") {
            present = true;
            compressed = true;
        } else if (sig == "RR" || sig == "PN" || sig == "PL") {
            present = true;
        }
    }
    return next;
}

} // namespace Iso
