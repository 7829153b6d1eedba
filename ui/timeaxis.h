// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Ui {

/// The shared time axis of the boot timeline: which stretch of time the
/// lanes show. Follows the present (the right edge is now) until the
/// operator scrolls back; zoom keeps the right edge where it is.
class TimeAxis : public QObject
{
    Q_OBJECT
public:
    explicit TimeAxis(QObject *parent = nullptr);

    qint64 endMs() const { return m_endMs; }
    qint64 spanMs() const { return m_spanMs; }
    qint64 startMs() const { return m_endMs - m_spanMs; }
    bool following() const { return m_following; }

    /// x in [0, width) for time \a ms (may fall outside for times off screen).
    double x(qint64 ms, int width) const;
    qint64 timeAt(double x, int width) const;

    /// Moves the right edge to \a nowMs when following.
    void advance(qint64 nowMs);
    void setFollowing(bool on, qint64 nowMs);
    void zoomIn() { setSpan(m_spanMs / 2); }
    void zoomOut() { setSpan(m_spanMs * 2); }
    /// Scrolls by a fraction of the visible span (negative: back in time); stops following.
    void scroll(double spans);
    void setSpan(qint64 ms);

    static constexpr qint64 minSpanMs = 2'000;
    static constexpr qint64 maxSpanMs = 24LL * 3600 * 1000;

Q_SIGNALS:
    void changed();

private:
    qint64 m_endMs = 0;
    qint64 m_spanMs = 60'000;
    bool m_following = true;
};

} // namespace Ui
