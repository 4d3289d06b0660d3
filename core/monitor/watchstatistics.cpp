#include "watchstatistics.h"

#include "comparisonreport.h"

#include <algorithm>
#include <cmath>

namespace tunnelscope {

WatchStatistics::WatchStatistics(qint64 keepMs) : m_keepMs(keepMs) { }

void WatchStatistics::add(const QString &profile, const ComparisonReport &report, double finishedEpochSeconds,
                          const QString &journal)
{
    QList<GroupInfo> infos;
    QStringList keys;
    for (const FindingGroup &g : report.groups()) {
        infos.append({g.kind, Finding::severityName(g.severity), g.path, g.message, g.summary, 0, 0, journal, g.identity});
        keys << g.key;
    }
    add(profile, WatchTally::ofReport(report), infos, keys, finishedEpochSeconds);
}

void WatchStatistics::add(const QString &profile, const WatchTally &play, const QList<GroupInfo> &groups, const QStringList &keys,
                          double finishedEpochSeconds)
{
    ProfileStatistics &p = m_profiles[profile];
    p.all.merge(play);
    p.first = p.all.plays == 1 ? finishedEpochSeconds : std::min(p.first, finishedEpochSeconds);
    p.last = std::max(p.last, finishedEpochSeconds);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto it = p.groups.find(keys[i]);
        if (it == p.groups.end()) {
            it = p.groups.insert(keys[i], groups[i]);
            it->firstSeen = it->lastSeen = finishedEpochSeconds;
        }
        it->firstSeen = std::min(it->firstSeen, finishedEpochSeconds);
        if (finishedEpochSeconds >= it->lastSeen) {
            it->summary = groups[i].summary;
            it->lastJournal = groups[i].lastJournal;
            it->lastSeen = finishedEpochSeconds;
        }
    }
    addTo(&p.minutes, qint64(std::floor(finishedEpochSeconds / 60)), play, qint64(std::floor(p.last / 60)) - m_keepMs / 60000);
    addTo(&p.hours, qint64(std::floor(finishedEpochSeconds / 3600)), play, qint64(std::floor(p.last / 3600)) - HoursKept);
}

void WatchStatistics::addTo(std::deque<Minute> *buckets, qint64 bucket, const WatchTally &play, qint64 oldest)
{
    // Plays come in time order from a watch; a directory read back may not be sorted.
    auto at = std::lower_bound(buckets->begin(), buckets->end(), bucket,
                               [](const Minute &m, qint64 value) { return m.minute < value; });
    if (at == buckets->end() || at->minute != bucket)
        at = buckets->insert(at, Minute{bucket, WatchTally()});
    at->tally.merge(play);
    while (!buckets->empty() && buckets->front().minute < oldest)
        buckets->pop_front();
}

WatchTally WatchStatistics::window(const QString &profile, qint64 windowMs, double nowEpochSeconds) const
{
    const auto p = m_profiles.constFind(profile);
    if (p == m_profiles.cend())
        return WatchTally();
    if (windowMs <= 0)
        return p->all;
    // Whole minutes: the one now is in and those before it, back to the window's start.
    const qint64 now = qint64(std::floor(nowEpochSeconds / 60));
    const qint64 from = now - (windowMs + 59999) / 60000 + 1;
    WatchTally out;
    for (auto m = p->minutes.crbegin(); m != p->minutes.crend() && m->minute >= from; ++m)
        if (m->minute <= now)
            out.merge(m->tally);
    return out;
}

QList<WatchStatistics::RankedGroup> WatchStatistics::ranked(const QString &profile, const WatchTally &tally) const
{
    QList<RankedGroup> out;
    const auto p = m_profiles.constFind(profile);
    if (p == m_profiles.cend())
        return out;
    for (auto g = tally.groups.cbegin(); g != tally.groups.cend(); ++g) {
        RankedGroup r;
        r.info = p->groups.value(g.key());
        r.runs = g->runs;
        r.count = g->count;
        // A group of one identity's runs is rated over that identity's runs.
        r.runsTotal = r.info.identity.isEmpty() ? tally.runs : tally.runsAs.value(r.info.identity);
        r.interval = WilsonInterval::of(r.runs, r.runsTotal);
        out.append(r);
    }
    auto severityRank = [](const QString &s) {
        return s == QLatin1String("critical") ? 0 : s == QLatin1String("warning") ? 1 : 2;
    };
    std::sort(out.begin(), out.end(), [&](const RankedGroup &a, const RankedGroup &b) {
        if (severityRank(a.info.severity) != severityRank(b.info.severity))
            return severityRank(a.info.severity) < severityRank(b.info.severity);
        if (a.interval.low != b.interval.low)
            return a.interval.low > b.interval.low;
        if (a.count != b.count)
            return a.count > b.count;
        return a.info.summary.english() < b.info.summary.english();
    });
    return out;
}

QList<WatchStatistics::Point> WatchStatistics::series(const QString &profile, double fromEpochSeconds, double stepSeconds) const
{
    QList<Point> out;
    const auto p = m_profiles.constFind(profile);
    if (p == m_profiles.cend() || stepSeconds <= 0)
        return out;
    // Steps of an hour or more from the hours, which reach back further than the minutes.
    const bool byHour = stepSeconds >= 3600;
    const double width = byHour ? 3600 : 60;
    for (const Minute &m : byHour ? p->hours : p->minutes) {
        const double t = double(m.minute) * width;
        if (t < fromEpochSeconds - (width - 1))
            continue;
        const double stepStart = fromEpochSeconds + std::floor((t - fromEpochSeconds) / stepSeconds) * stepSeconds;
        if (out.isEmpty() || out.last().epochSeconds != stepStart)
            out.append({stepStart, WatchTally()});
        out.last().tally.merge(m.tally);
    }
    return out;
}

double WatchStatistics::firstPlaySeconds(const QString &profile) const
{
    const auto p = m_profiles.constFind(profile);
    return p == m_profiles.cend() ? 0 : p->first;
}

double WatchStatistics::lastPlaySeconds(const QString &profile) const
{
    const auto p = m_profiles.constFind(profile);
    return p == m_profiles.cend() ? 0 : p->last;
}

} // namespace tunnelscope
