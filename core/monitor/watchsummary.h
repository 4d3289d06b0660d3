#pragma once

#include "watchstatistics.h"
#include <QCoreApplication>

#include <QJsonObject>
#include <QString>

namespace tunnelscope {

// What a watch's statistics say over one window, for people (text) and for scripts (JSON):
// plays and runs by verdict, each path's success, latency percentiles, closes, reconnects,
// critical deliveries, and the finding groups ranked with their rate and its interval.
class WatchSummary
{
    Q_DECLARE_TR_FUNCTIONS(WatchSummary)

public:
    WatchSummary(const WatchStatistics &statistics, const QString &profile, qint64 windowMs, double nowEpochSeconds);

    const WatchTally &tally() const { return m_tally; }
    const QList<WatchStatistics::RankedGroup> &groups() const { return m_groups; }

    // Lines for a terminal: `windowName` ("last 1 h", "since 2026-12-04 08:00"); at most
    // `maxGroups` groups (0: all), the rest counted.
    QString text(const QString &windowName, int maxGroups) const;
    QJsonObject json() const;

    // "13/20 (65 %)".
    static QString ratio(quint64 k, quint64 n);
    // "13/20 runs (65 %, 95 % CI 43–82 %)", or "every run (20/20)".
    static QString groupRate(const WatchStatistics::RankedGroup &g);
    // "p50 1.02 ms, p95 3.10 ms, p99 4.00 ms", or "no samples".
    static QString percentiles(const LogHistogram &h);
    // Local date and time of a Unix second, to the second.
    static QString localTime(double epochSeconds);

private:
    QString pathsText() const;
    QJsonObject pathJson(int k) const;

    QString m_profile;
    WatchTally m_tally;
    QList<WatchStatistics::RankedGroup> m_groups;
};

} // namespace tunnelscope
