// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QHostAddress>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

namespace Boot {

/// Who asks for a file: the machine's MAC when known (from its lease or the
/// neighbour table; null otherwise) and the address the request came from.
struct Requester
{
    Net::MacAddress mac;
    QHostAddress address;
    /// MACs the client named itself, in its order: an Anaconda kickstart
    /// request's X-RHN-Provisioning-MAC-<n> headers (inst.ks.sendmac).
    QList<Net::MacAddress> announcedMacs = {};
    /// "TFTP" or "HTTP": what the request came over.
    QString protocol = {};
};

/// The answer to "give me PATH": an open device, or why not.
struct OpenedFile
{
    enum class Status { Ok, NotFound, AccessDenied };

    Status status = Status::NotFound;
    std::unique_ptr<QIODevice> device; ///< open for reading at offset 0 when Ok
    qint64 size = -1; ///< bytes the device will deliver
    QString path; ///< the request, normalised ('/' separators, no leading '/'), for the timeline
    QString reason; ///< why not, in words an operator reads ("not found: boot/grub/grub.cfg")
    bool generated = false; ///< rendered from the site (a GRUB or PXELINUX config), not a file on disk
    /// The machine the answer is for when the source told it apart itself
    /// (an answer file for a MAC in the URL or announced); null: the requester.
    Net::MacAddress machine;
    /// What fetching this means beyond the transfer.
    enum class Notice { None, InstallDone };
    Notice notice = Notice::None;
    QString noticeText; ///< the notice in an operator's words, for the timeline

    bool ok() const { return status == Status::Ok; }

    /// @p bytes served from memory as @p path: a generated file (a rendered config or answer file).
    static OpenedFile inMemory(const QString &path, const QByteArray &bytes);
    static OpenedFile notFound(const QString &path, const QString &reason);
};

/// What the file servers (TFTP, later HTTP) serve. Implementations are
/// immutable once built and shared between threads: open() is called on the
/// network thread and may only wait for the disk. A changed site means a new
/// source, swapped in whole.
class FileSource
{
public:
    virtual ~FileSource() = default;
    virtual OpenedFile open(const QString &path, const Requester &who) const = 0;
};

} // namespace Boot
