// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Iso {

/// What the Rock Ridge (RRIP 1.12) entries in one directory record's system
/// use area, and its continuation areas, say about the entry. Plain value
/// code: the caller reads continuation areas (CE) and feeds them to read().
struct RockRidge
{
    /// A CE entry: more entries in another block (SUSP 1.12, 5.1).
    struct Continuation
    {
        quint32 block = 0;
        quint32 offset = 0;
        quint32 length = 0;
    };

    bool present = false; ///< any Rock Ridge entry seen
    QString name; ///< NM; empty when absent
    std::optional<quint32> mode; ///< PX: st_mode with the file type bits
    quint32 uid = 0;
    quint32 gid = 0;
    bool isSymlink = false;
    QString symlinkTarget; ///< SL, components joined with '/'
    QDateTime modified; ///< TF
    /// CL: this file stands for a directory relocated to that block.
    std::optional<quint32> childLink;
    bool relocated = false; ///< RE: a relocated directory; shown where its CL is
    bool compressed = false; ///< ZF: zisofs data, not readable as is

    /// Reads the entries of one area (skipping @p skip bytes, from SP); returns
    /// the CE found in it, if any. Stops at ST or at an entry that does not fit.
    std::optional<Continuation> read(QByteArrayView area, int skip = 0);

    /// SP at the start of the root's "." record: SUSP is in use, and every
    /// system use area begins after the returned number of bytes.
    static std::optional<int> suspSkip(QByteArrayView rootSelfSystemUse);

private:
    QByteArray m_name; // NM parts, joined before decoding
    QByteArray m_target; // SL parts
    bool m_componentOpen = false; // the last SL component continues
};

} // namespace Iso
