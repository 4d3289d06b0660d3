#pragma once

// Watch history made up for the window's tests and benchmarks: statistics without a day of waiting.
#include "watchstatistics.h"

#include <memory>

// A day of a watch, a play every 30 s: the tunnel loses auth_invalid in one play of twenty, more
// at night (hours 2–4), and adds 12–20 ms to each message.
inline std::shared_ptr<tunnelscope::WatchStatistics> syntheticWatchDay(const QString &profile, double now)
{
    using namespace tunnelscope;
    auto stats = std::make_shared<WatchStatistics>();
    const WatchStatistics::GroupInfo lost{QStringLiteral("message_missing"),
                                          QStringLiteral("critical"),
                                          QStringLiteral("tunnel"),
                                          QStringLiteral("auth_invalid"),
                                          Sentence::verbatim(QStringLiteral("tunnel lost auth_invalid: the close came through "
                                                                            "the tunnel and this message did not")),
                                          0,
                                          0,
                                          QString(),
                                          QString()};
    const WatchStatistics::GroupInfo slow{QStringLiteral("latency_regression"),
                                          QStringLiteral("warning"),
                                          QStringLiteral("tunnel"),
                                          QString(),
                                          Sentence::verbatim(QStringLiteral("the tunnel adds 61 ms at p95")),
                                          0,
                                          0,
                                          QString(),
                                          QString()};
    const int plays = 24 * 120;
    for (int i = 0; i < plays; ++i) {
        const double t = now - (plays - i) * 30.0;
        const int hour = (i / 120) % 24;
        const bool lose = (hour >= 2 && hour < 5) ? i % 4 == 0 : i % 20 == 0;
        const bool late = i % 97 == 0;
        WatchTally tally;
        tally.plays = tally.runs = 1;
        tally.verdicts[lose ? QStringLiteral("broken") : late ? QStringLiteral("degraded") : QStringLiteral("clean")] = 1;
        tally.paths[0].up = 1;
        tally.paths[1].up = lose ? 0 : 1;
        for (int m = 0; m < 6; ++m)
            tally.paths[1].deltaMs.add(12 + (i * 7 + m * 3) % 9 + (late ? 50 : 0));
        tally.expected[QStringLiteral("auth_invalid")] = 1;
        tally.paths[0].delivered[QStringLiteral("auth_invalid")] = 1;
        tally.paths[1].delivered[QStringLiteral("auth_invalid")] = lose ? 0 : 1;
        QList<WatchStatistics::GroupInfo> infos;
        QStringList keys;
        if (lose) {
            tally.groups[QStringLiteral("lost")] = {1, 1};
            infos << lost;
            keys << QStringLiteral("lost");
        }
        if (late) {
            tally.groups[QStringLiteral("slow")] = {1, 1};
            infos << slow;
            keys << QStringLiteral("slow");
        }
        stats->add(profile, tally, infos, keys, t);
    }
    return stats;
}
