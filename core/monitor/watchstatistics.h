#pragma once

#include "watchtally.h"
#include "wilsoninterval.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <deque>

namespace tunnelscope {

class ComparisonReport;

// Statistics of a watch over rolling windows (the last 5 min, 1 h, 24 h, or all of it), per
// profile: plays are tallied into the minute they finished in, a window merges its minutes,
// and minutes older than the longest window are dropped, so memory stays bounded however long
// the watch runs. Finding groups keep when they were first and last seen, and are ranked by
// the lower bound of their rate's Wilson interval: "1 of 3" is not shouted as "33 %".
class WatchStatistics
{
public:
    // What a finding group is, and when it came.
    struct GroupInfo
    {
        QString kind;
        QString severity;
        QString path;
        QString message;
        QString summary;      // the latest occurrence's sentence
        double firstSeen = 0; // Unix seconds of the play that first had it
        double lastSeen = 0;
    };
    // A group within a window, with its rate over the window's runs.
    struct RankedGroup
    {
        GroupInfo info;
        quint64 runs = 0; // runs affected
        quint64 count = 0;
        quint64 runsTotal = 0;
        WilsonInterval interval;
        bool consistent() const { return runs == runsTotal; }
        double rate() const { return runsTotal ? double(runs) / double(runsTotal) : 0; }
    };
    struct Point
    {
        double epochSeconds = 0; // the start of its step
        WatchTally tally;
    };

    static constexpr qint64 DayMs = 24 * 3600 * 1000;

    // `keepMs`: the longest window asked for; minutes older than that are dropped.
    explicit WatchStatistics(qint64 keepMs = DayMs);

    void add(const QString &profile, const ComparisonReport &report, double finishedEpochSeconds);
    // The same for a play already tallied (with its groups described).
    void add(const QString &profile, const WatchTally &play, const QList<GroupInfo> &groups, const QStringList &keys,
             double finishedEpochSeconds);

    QStringList profiles() const { return m_profiles.keys(); }
    // The plays of the last `windowMs` before `nowEpochSeconds`, counted in whole minutes; 0:
    // every play since the start.
    WatchTally window(const QString &profile, qint64 windowMs, double nowEpochSeconds) const;
    // `tally`'s groups, critical first, then by the lower bound of their rate, then by count.
    QList<RankedGroup> ranked(const QString &profile, const WatchTally &tally) const;
    // The profile's kept minutes merged into steps of `stepSeconds` from `fromEpochSeconds`.
    QList<Point> series(const QString &profile, double fromEpochSeconds, double stepSeconds) const;
    double firstPlaySeconds(const QString &profile) const;
    double lastPlaySeconds(const QString &profile) const;

    // "5 min", "1 h", "24 h", "all": the windows the watch reports.
    static const QList<QPair<QString, qint64>> &standardWindows();

private:
    struct Minute
    {
        qint64 minute = 0; // Unix minutes
        WatchTally tally;
    };
    struct ProfileStatistics
    {
        std::deque<Minute> minutes; // oldest first
        WatchTally all;
        QHash<QString, GroupInfo> groups;
        double first = 0;
        double last = 0;
    };

    qint64 m_keepMs;
    QMap<QString, ProfileStatistics> m_profiles;
};

} // namespace tunnelscope
