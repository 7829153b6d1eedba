// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/leasestore.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Dhcp {

namespace {
constexpr QByteArrayView Header = "# rackside leases v1: state address mac expires client-key hostname\n";

std::optional<Lease::State> stateFromName(QByteArrayView name)
{
    if (name == "bound")
        return Lease::State::Bound;
    if (name == "released")
        return Lease::State::Released;
    if (name == "declined")
        return Lease::State::Declined;
    return std::nullopt;
}
} // namespace

LeaseStore::LeaseStore(QString path)
    : m_path(std::move(path))
{
}

QByteArray LeaseStore::encodeLine(const Lease &lease)
{
    QByteArray line = leaseStateName(lease.state).toLatin1();
    line += ' ' + QHostAddress(lease.address).toString().toLatin1();
    line += ' ' + lease.mac.toString().toLatin1();
    line += ' ' + QByteArray::number(lease.expires);
    line += ' ' + (lease.clientKey.isEmpty() ? QByteArray("-") : lease.clientKey.toHex());
    line += ' ' + (lease.hostname.isEmpty() ? QByteArray("-") : QUrl::toPercentEncoding(lease.hostname));
    line += '\n';
    return line;
}

std::optional<Lease> LeaseStore::decodeLine(QByteArrayView line)
{
    const QList<QByteArray> f = line.trimmed().toByteArray().split(' ');
    if (f.size() != 6)
        return std::nullopt;
    Lease lease;
    const auto state = stateFromName(f[0]);
    const QHostAddress address(QString::fromLatin1(f[1]));
    const auto mac = Net::MacAddress::parse(QString::fromLatin1(f[2]));
    bool ok = false;
    lease.expires = f[3].toLongLong(&ok);
    if (!state || address.protocol() != QAbstractSocket::IPv4Protocol || !mac || !ok)
        return std::nullopt;
    lease.state = *state;
    lease.address = address.toIPv4Address();
    lease.mac = *mac;
    if (f[4] != "-") {
        lease.clientKey = QByteArray::fromHex(f[4]);
        if (lease.clientKey.toHex() != f[4].toLower())
            return std::nullopt;
    }
    if (f[5] != "-")
        lease.hostname = QString::fromUtf8(QByteArray::fromPercentEncoding(f[5]));
    return lease;
}

QList<Lease> LeaseStore::load(QStringList *problems)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    QHash<quint32, Lease> byAddress;
    qsizetype pos = 0;
    int lineNo = 0;
    m_lines = 0;
    while (pos < data.size()) {
        const qsizetype end = data.indexOf('\n', pos);
        ++lineNo;
        if (end < 0) {
            // Killed mid-write: the last line never got its newline.
            if (problems)
                problems->append(u"%1:%2: incomplete last line ignored"_s.arg(m_path).arg(lineNo));
            break;
        }
        const QByteArrayView line(data.constData() + pos, end - pos);
        pos = end + 1;
        ++m_lines;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (const auto lease = decodeLine(line))
            byAddress.insert(lease->address, *lease);
        else if (problems)
            problems->append(u"%1:%2: unreadable lease line skipped"_s.arg(m_path).arg(lineNo));
    }
    return byAddress.values();
}

bool LeaseStore::openForAppend()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    const bool fresh = !m_file.exists() || m_file.size() == 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = u"cannot write lease file %1: %2"_s.arg(m_path, m_file.errorString());
        return false;
    }
    if (fresh)
        m_file.write(Header.data(), Header.size());
    return true;
}

bool LeaseStore::record(const Lease &lease)
{
    if (!openForAppend())
        return false;
    const QByteArray line = encodeLine(lease);
    if (m_file.write(line) != line.size()) {
        m_error = u"cannot write lease file %1: %2"_s.arg(m_path, m_file.errorString());
        return false;
    }
    ++m_lines;
    return true;
}

bool LeaseStore::needsCompaction(qsizetype liveCount) const
{
    return m_lines > std::max<qsizetype>(4096, liveCount * 4);
}

bool LeaseStore::compact(const QList<Lease> &live)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly)) {
        m_error = u"cannot write lease file %1: %2"_s.arg(m_path, out.errorString());
        return false;
    }
    QByteArray data(Header.data(), Header.size());
    qsizetype lines = 1;
    for (const Lease &lease : live) {
        // Offers are held in memory only: load() has no "offered" state and
        // would report every such line as unreadable.
        if (lease.state == Lease::State::Offered)
            continue;
        data += encodeLine(lease);
        ++lines;
    }
    out.write(data);
    if (!out.commit()) {
        m_error = u"cannot write lease file %1: %2"_s.arg(m_path, out.errorString());
        return false;
    }
    m_file.close(); // the journal now continues in the new file
    m_lines = lines;
    return true;
}

} // namespace Dhcp
