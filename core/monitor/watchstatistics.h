#pragma once

#include "sentence.h"
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
// profile: plays are tallied into the minute and the hour they finished in, a window merges
// its minutes, charts over days merge hours, and minutes older than the longest window (hours
// older than HoursKept) are dropped, so memory stays bounded however long the watch runs. Finding groups keep when they were
// first and last seen, and are ranked by the lower bound of their rate's Wilson interval: "1 of 3" is not shouted as "33 %".
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
        Sentence summary;     // the latest occurrence's sentence
        double firstSeen = 0; // Unix seconds of the play that first had it
        double lastSeen = 0;
        QString lastJournal; // the journal of the latest play that had it (empty if not kept)
        QString identity;    // the client identity of its runs, when swept
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
    static constexpr int HoursKept = 31 * 24;

    // `keepMs`: the longest window asked for; minutes older than that are dropped.
    explicit WatchStatistics(qint64 keepMs = DayMs);

    // `journal`: where the play is kept, if it is.
    void add(const QString &profile, const ComparisonReport &report, double finishedEpochSeconds,
             const QString &journal = QString());
    // The same for a play already tallied (with its groups described).
    void add(const QString &profile, const WatchTally &play, const QList<GroupInfo> &groups, const QStringList &keys,
             double finishedEpochSeconds);

    QStringList profiles() const { return m_profiles.keys(); }
    // The plays of the last `windowMs` before `nowEpochSeconds`, counted in whole minutes; 0:
    // every play since the start.
    WatchTally window(const QString &profile, qint64 windowMs, double nowEpochSeconds) const;
    // `tally`'s groups, critical first, then by the lower bound of their rate, then by count.
    QList<RankedGroup> ranked(const QString &profile, const WatchTally &tally) const;
    // The profile's kept minutes (hours, for steps of an hour or more) merged into steps of
    // `stepSeconds` from `fromEpochSeconds`.
    QList<Point> series(const QString &profile, double fromEpochSeconds, double stepSeconds) const;
    double firstPlaySeconds(const QString &profile) const;
    double lastPlaySeconds(const QString &profile) const;

private:
    struct Minute
    {
        qint64 minute = 0; // Unix minutes (Unix hours in `hours`)
        WatchTally tally;
    };
    struct ProfileStatistics
    {
        std::deque<Minute> minutes; // oldest first
        std::deque<Minute> hours;
        WatchTally all;
        QHash<QString, GroupInfo> groups;
        double first = 0;
        double last = 0;
    };

    static void addTo(std::deque<Minute> *buckets, qint64 bucket, const WatchTally &play, qint64 oldest);

    qint64 m_keepMs;
    QMap<QString, ProfileStatistics> m_profiles;
};

} // namespace tunnelscope
