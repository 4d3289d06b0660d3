#pragma once

#include <QtGlobal>
#include <chrono>

namespace tunnelscope {

// The one monotonic clock of a run: both paths stamp their events with it, so their
// timestamps are directly comparable. Microsecond resolution, never goes backwards.
class RunClock
{
public:
    RunClock() { restart(); }

    void restart() { m_origin = std::chrono::steady_clock::now(); }

    qint64 nowUs() const
    {
        return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - m_origin).count();
    }

    // Wall-clock time of the origin, for reports (ms since the epoch).
    qint64 originEpochMs() const;

    // A time or a duration on this clock in milliseconds, as findings and reports give them.
    static constexpr double toMs(qint64 us) { return double(us) / 1000.0; }
    // The same in seconds, as summaries and charts give longer spans.
    static constexpr double toSeconds(qint64 us) { return double(us) / 1e6; }

private:
    std::chrono::steady_clock::time_point m_origin;
};

} // namespace tunnelscope
