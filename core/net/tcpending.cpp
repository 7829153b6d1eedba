// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpending.h"

#if defined(Q_OS_LINUX)
#include <linux/sockios.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

namespace Net {

bool TcpEnding::prepare(qintptr descriptor)
{
#if defined(Q_OS_LINUX)
    const int fd = int(descriptor);
    const linger reset{1, 0};
    const int on = 1;
    const int idle = KeepIdleSeconds;
    const int interval = 1;
    const int probes = KeepProbes;
    bool ok = setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset) == 0;
    ok &= setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on) == 0;
    ok &= setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle) == 0;
    ok &= setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval) == 0;
    ok &= setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &probes, sizeof probes) == 0;
    return ok;
#else
    Q_UNUSED(descriptor);
    return false;
#endif
}

qint64 TcpEnding::unacknowledged(qintptr descriptor)
{
#if defined(Q_OS_LINUX)
    int queued = 0;
    if (ioctl(int(descriptor), SIOCOUTQ, &queued) == 0)
        return queued;
#else
    Q_UNUSED(descriptor);
#endif
    return 0;
}

} // namespace Net
