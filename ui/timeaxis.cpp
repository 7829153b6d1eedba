// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeaxis.h"

namespace Ui {

TimeAxis::TimeAxis(QObject *parent)
    : QObject(parent)
{
}

double TimeAxis::x(qint64 ms, int width) const
{
    return double(ms - startMs()) * double(width) / double(m_spanMs);
}

qint64 TimeAxis::timeAt(double x, int width) const
{
    return startMs() + qint64(x * double(m_spanMs) / double(std::max(1, width)));
}

void TimeAxis::advance(qint64 nowMs)
{
    if (!m_following || nowMs == m_endMs)
        return;
    m_endMs = nowMs;
    Q_EMIT changed();
}

void TimeAxis::setFollowing(bool on, qint64 nowMs)
{
    m_following = on;
    if (on)
        m_endMs = nowMs;
    Q_EMIT changed();
}

void TimeAxis::scroll(double spans)
{
    m_following = false;
    m_endMs += qint64(spans * double(m_spanMs));
    Q_EMIT changed();
}

void TimeAxis::setSpan(qint64 ms)
{
    ms = std::clamp(ms, minSpanMs, maxSpanMs);
    if (ms == m_spanMs)
        return;
    m_spanMs = ms;
    Q_EMIT changed();
}

} // namespace Ui
