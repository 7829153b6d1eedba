// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/lease.h"

#include <QFile>
#include <QList>
#include <QStringList>

namespace Dhcp {

/// The lease file: an append-only journal, one line per change, written with
/// a single write() each so a kill at any moment loses at most the line being
/// written (a partial last line is ignored on load). It is compacted now and
/// then by writing the live leases to a temporary file and renaming it over
/// the journal, which is atomic.
class LeaseStore
{
public:
    explicit LeaseStore(QString path);

    /// Reads the file; later lines win. Problems (file:line: why) are
    /// collected, never fatal: a damaged line is skipped, the rest loaded.
    QList<Lease> load(QStringList *problems = nullptr);
    /// Appends one change. Returns false (and sets error()) on I/O failure.
    bool record(const Lease &lease);
    /// Rewrites the file with \a live leases only.
    bool compact(const QList<Lease> &live);
    bool needsCompaction(qsizetype liveCount) const;

    QString path() const { return m_path; }
    QString error() const { return m_error; }

    static QByteArray encodeLine(const Lease &lease);
    static std::optional<Lease> decodeLine(QByteArrayView line);

private:
    bool openForAppend();

    QString m_path;
    QFile m_file;
    qsizetype m_lines = 0;
    QString m_error;
};

} // namespace Dhcp
