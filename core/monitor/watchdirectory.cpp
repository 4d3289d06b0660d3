#include "watchdirectory.h"

#include "capturejournal.h"
#include "comparisonreport.h"
#include "durationtext.h"
#include "profile.h"
#include "runarchive.h"
#include "watchsummary.h"

#include <QJsonArray>
#include <cmath>

namespace tunnelscope {

namespace {

QString utc(double epochSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(epochSeconds * 1000), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonArray seriesJson(const QList<WatchStatistics::Point> &points)
{
    QJsonArray out;
    for (const WatchStatistics::Point &p : points) {
        const WatchTally &t = p.tally;
        out.append(QJsonObject{{QStringLiteral("t"), utc(p.epochSeconds)},
                               {QStringLiteral("plays"), double(t.plays)},
                               {QStringLiteral("runs"), double(t.runs)},
                               {QStringLiteral("direct_up"), double(t.paths[0].up)},
                               {QStringLiteral("tunnel_up"), double(t.paths[1].up)},
                               {QStringLiteral("degraded"), double(t.verdicts.value(QStringLiteral("degraded")))},
                               {QStringLiteral("broken"), double(t.verdicts.value(QStringLiteral("broken")))},
                               {QStringLiteral("delta_ms"), t.paths[1].deltaMs.json()}});
    }
    return out;
}

} // namespace

WatchDirectory::WatchDirectory(QString directory, qint64 sinceMs, double nowEpochSeconds)
    : m_directory(std::move(directory)), m_sinceMs(sinceMs), m_now(nowEpochSeconds),
      // Every minute of the window is kept: the charts span all of it.
      m_statistics(sinceMs > 0 ? sinceMs + 60000 : std::numeric_limits<qint64>::max() / 4)
{ }

double WatchDirectory::fromSeconds() const
{
    if (m_sinceMs > 0)
        return m_now - double(m_sinceMs) / 1000.0;
    double first = m_now;
    for (const QString &profile : m_statistics.profiles())
        first = std::min(first, m_statistics.firstPlaySeconds(profile));
    return first;
}

bool WatchDirectory::withReport(const QString &journal, const std::function<void(const ComparisonReport &)> &use, QString *error)
{
    CaptureJournal::Recovered recovered;
    if (!CaptureJournal::read(journal, &recovered, error))
        return false;
    if (recovered.runs.empty()) {
        *error = tr("%1: the journal holds no run").arg(journal);
        return false;
    }
    // The journal holds payloads already redacted: no secret values are needed, or known.
    ComparisonReport report(*recovered.profile, recovered.runs, recovered.startedEpochMs, {});
    report.setNotes(recovered.notes);
    use(report);
    return true;
}

bool WatchDirectory::read(QString *error)
{
    const double from = m_sinceMs > 0 ? m_now - double(m_sinceMs) / 1000.0 : 0;
    for (const RunArchive::Stored &stored : RunArchive::list(m_directory)) {
        const double finished = double(stored.modified.toMSecsSinceEpoch()) / 1000.0;
        if (finished < from)
            continue;
        QString problem;
        const bool ok = withReport(
            stored.path,
            [&](const ComparisonReport &report) {
                const QString profile = report.profile().name;
                m_statistics.add(profile, report, finished);
                Play play{stored.path, finished, ComparisonReport::verdictName(report.verdict()), 0, 0};
                for (qsizetype r = 0; r < qsizetype(report.runs().size()); ++r)
                    for (const Finding &f : report.findings(r)) {
                        play.critical += f.severity == Finding::Severity::Critical;
                        play.warning += f.severity == Finding::Severity::Warning;
                    }
                keepIfWorse(profile, play);
            },
            &problem);
        if (ok)
            ++m_read;
        else
            m_unreadable.append({stored.path, problem});
    }
    if (m_read > 0)
        return true;
    *error = m_sinceMs > 0 ? tr("%1: no watch journal (*%2) ended in the last %3")
                                 .arg(m_directory, CaptureJournal::fileSuffix(), DurationText::spoken(m_sinceMs))
                           : tr("%1: no watch journal (*%2) here").arg(m_directory, CaptureJournal::fileSuffix());
    return false;
}

void WatchDirectory::keepIfWorse(const QString &profile, const Play &play)
{
    if (play.critical == 0 && play.warning == 0)
        return; // a clean play is nobody's worst
    QList<Play> &worst = m_worst[profile];
    const auto worse = [](const Play &a, const Play &b) {
        if (a.critical != b.critical)
            return a.critical > b.critical;
        if (a.warning != b.warning)
            return a.warning > b.warning;
        return a.finishedSeconds > b.finishedSeconds;
    };
    worst.insert(std::lower_bound(worst.begin(), worst.end(), play, worse), play);
    if (worst.size() > WorstPlaysKept)
        worst.removeLast();
}

double WatchDirectory::stepSeconds() const
{
    const double span = std::max(60.0, m_now - fromSeconds());
    return std::max(60.0, std::ceil(span / 120 / 60) * 60);
}

QJsonObject WatchDirectory::json() const
{
    QJsonArray profiles;
    for (const QString &profile : m_statistics.profiles()) {
        QJsonArray worst;
        for (const Play &p : m_worst.value(profile))
            worst.append(QJsonObject{{QStringLiteral("journal"), p.journal},
                                     {QStringLiteral("finished_at"), utc(p.finishedSeconds)},
                                     {QStringLiteral("verdict"), p.verdict},
                                     {QStringLiteral("critical"), p.critical},
                                     {QStringLiteral("warning"), p.warning}});
        profiles.append(
            QJsonObject{{QStringLiteral("name"), profile},
                        {QStringLiteral("first_play"), utc(m_statistics.firstPlaySeconds(profile))},
                        {QStringLiteral("last_play"), utc(m_statistics.lastPlaySeconds(profile))},
                        {QStringLiteral("summary"), WatchSummary(m_statistics, profile, 0, m_now).json()},
                        {QStringLiteral("worst_plays"), worst},
                        {QStringLiteral("step_seconds"), stepSeconds()},
                        {QStringLiteral("series"), seriesJson(m_statistics.series(profile, fromSeconds(), stepSeconds()))}});
    }
    QJsonArray unreadable;
    for (const Unreadable &u : m_unreadable)
        unreadable.append(QJsonObject{{QStringLiteral("journal"), u.journal}, {QStringLiteral("error"), u.error}});
    return {{QStringLiteral("format"), QStringLiteral("tunnelscope-watch-summary/1")},
            {QStringLiteral("directory"), m_directory},
            {QStringLiteral("from"), utc(fromSeconds())},
            {QStringLiteral("until"), utc(m_now)},
            {QStringLiteral("plays_read"), m_read},
            {QStringLiteral("unreadable"), unreadable},
            {QStringLiteral("profiles"), profiles}};
}

QString WatchDirectory::text(int maxGroups) const
{
    const QString window = m_sinceMs > 0 ? tr("last %1").arg(DurationText::spoken(m_sinceMs))
                                         : tr("since %1").arg(WatchSummary::localTime(fromSeconds()));
    QString out;
    for (const QString &profile : m_statistics.profiles()) {
        out += WatchSummary(m_statistics, profile, 0, m_now).text(window, maxGroups);
        const QList<Play> worst = m_worst.value(profile);
        if (!worst.isEmpty())
            out += QStringLiteral("  ")
                + tr("worst play: %1 (%2 critical, %3 warning)")
                      .arg(worst.first().journal)
                      .arg(worst.first().critical)
                      .arg(worst.first().warning)
                + QLatin1Char('\n');
    }
    for (const Unreadable &u : m_unreadable)
        out += tr("warning: left out: %1").arg(u.error) + QLatin1Char('\n');
    return out;
}

} // namespace tunnelscope
