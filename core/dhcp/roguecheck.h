// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

namespace Dhcp {

/// Looks for other DHCP servers on the operator's interface before Rackside
/// hands out addresses: broadcasts a DISCOVER from a made-up,
/// locally administered MAC and lists every server that answers.
class RogueCheck : public QObject
{
    Q_OBJECT
public:
    /// Option 60 of this process's checks: "rackside-rogue-check/" and a
    /// token drawn once per process. Rackside's own server leaves these
    /// unanswered (and out of its capture), while another Rackside on the
    /// same LAN answers them, so each finds the other.
    static QByteArray ownVendorClass();

    struct Settings
    {
        QString interfaceName;
        QHostAddress bindAddress = QHostAddress::AnyIPv4;
        quint16 serverPort = 67;
        quint16 clientPort = 68;
        // dnsmasq pings an address for 3 s before offering it, and longer
        // while it is busy pinging for another client: listen well past that.
        int timeoutMs = 6500;
        int resendMs = 2000; ///< the same DISCOVER again, as a client would
        quint32 ownAddress = 0; ///< our own answers are not rogue
    };
    struct Finding
    {
        QHostAddress server; ///< option 54, else the sender
        QHostAddress offered; ///< yiaddr
        QString bootFile;
        QString summary() const;
    };

    explicit RogueCheck(Settings settings, QObject *parent = nullptr);

    /// Sends the DISCOVER; finished() follows after the timeout, or at once
    /// with an error if the socket could not be opened.
    void start();
    QList<Finding> findings() const { return m_findings; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void read();

    Settings m_settings;
    std::unique_ptr<QUdpSocket> m_socket;
    QTimer m_timer;
    QTimer m_resend;
    QByteArray m_discover;
    QHostAddress m_target;
    quint32 m_xid = 0;
    QList<Finding> m_findings;
    QString m_error;
};

} // namespace Dhcp
