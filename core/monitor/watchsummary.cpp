#include "watchsummary.h"

#include "finding.h"
#include "language.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace tunnelscope {

namespace {

const char *const PathNames[2] = {"direct", "tunnel"};

QString number(double v)
{
    if (v == 0)
        return QStringLiteral("0");
    return QString::number(v, 'f', std::fabs(v) >= 100 ? 0 : std::fabs(v) >= 10 ? 1 : 2);
}

QString countsText(const QMap<QString, quint64> &counts)
{
    QStringList parts;
    for (auto c = counts.cbegin(); c != counts.cend(); ++c)
        parts << QStringLiteral("%1 ×%2").arg(c.key()).arg(c.value());
    return parts.isEmpty() ? WatchSummary::tr("none", "no closes") : parts.join(QStringLiteral(", "));
}

QJsonObject countsJson(const QMap<QString, quint64> &counts)
{
    QJsonObject o;
    for (auto c = counts.cbegin(); c != counts.cend(); ++c)
        o.insert(c.key(), double(c.value()));
    return o;
}

QString utc(double epochSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(epochSeconds * 1000), Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

WatchSummary::WatchSummary(const WatchStatistics &statistics, const QString &profile, qint64 windowMs, double nowEpochSeconds)
    : m_profile(profile), m_tally(statistics.window(profile, windowMs, nowEpochSeconds)),
      m_groups(statistics.ranked(profile, m_tally))
{ }

QString WatchSummary::ratio(quint64 k, quint64 n)
{
    if (n == 0)
        return QStringLiteral("0/0");
    return QStringLiteral("%1/%2 (%3 %)").arg(k).arg(n).arg(number(100.0 * double(k) / double(n)));
}

QString WatchSummary::groupRate(const WatchStatistics::RankedGroup &g)
{
    if (g.consistent())
        return tr("every run (%1/%2)").arg(g.runs).arg(g.runsTotal);
    return tr("%1/%2 runs (%3 %, 95 % CI %4–%5 %)")
        .arg(g.runs)
        .arg(g.runsTotal)
        .arg(number(100 * g.rate()), number(100 * g.interval.low), number(100 * g.interval.high));
}

QString WatchSummary::percentiles(const LogHistogram &h)
{
    if (h.isEmpty())
        return tr("no samples");
    return tr("p50 %1 ms, p95 %2 ms, p99 %3 ms (n %4)")
        .arg(number(h.quantile(0.5)), number(h.quantile(0.95)), number(h.quantile(0.99)))
        .arg(h.count());
}

QString WatchSummary::localTime(double epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(qint64(epochSeconds)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString WatchSummary::text(const QString &windowName, int maxGroups) const
{
    const WatchTally &t = m_tally;
    QString out = tr("%1, %2: %3 play(s), %4 run(s): clean %5, degraded %6, broken %7")
                      .arg(m_profile, windowName)
                      .arg(t.plays)
                      .arg(t.runs)
                      .arg(t.verdicts.value(QStringLiteral("clean")))
                      .arg(t.verdicts.value(QStringLiteral("degraded")))
                      .arg(t.verdicts.value(QStringLiteral("broken")))
        + QLatin1Char('\n');
    if (t.runs == 0)
        return out;
    out += pathsText();
    QStringList delivery;
    for (auto e = t.expected.cbegin(); e != t.expected.cend(); ++e)
        delivery << tr("%1: direct %2, tunnel %3")
                        .arg(e.key(), ratio(t.paths[0].delivered.value(e.key()), e.value()),
                             ratio(t.paths[1].delivered.value(e.key()), e.value()));
    if (!delivery.isEmpty())
        out += QStringLiteral("  ") + tr("delivery of critical messages: %1").arg(delivery.join(tr("; "))) + QLatin1Char('\n');
    const qsizetype shown = maxGroups > 0 ? std::min<qsizetype>(maxGroups, m_groups.size()) : m_groups.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const WatchStatistics::RankedGroup &g = m_groups[i];
        const QString kind = g.info.identity.isEmpty() ? g.info.kind : tr("%1 as %2").arg(g.info.kind, g.info.identity);
        out += QStringLiteral("  %1 %2: ").arg(Finding::severityWord(g.info.severity).localized().toUpper(), kind)
            + tr("%1 [%2; first %3, last %4]")
                  .arg(g.info.summary.localized(), groupRate(g), localTime(g.info.firstSeen), localTime(g.info.lastSeen))
            + QLatin1Char('\n');
    }
    if (shown < m_groups.size())
        out += QStringLiteral("  ") + tr("… %n more group(s) of findings", nullptr, int(m_groups.size() - shown))
            + QLatin1Char('\n');
    return out;
}

QString WatchSummary::pathsText() const
{
    QString out;
    for (int k = 0; k < 2; ++k) {
        const WatchTally::PathTally &p = m_tally.paths[k];
        out += QStringLiteral("  %1  ").arg(QLatin1String(PathNames[k]))
            + tr("up in %1 of the runs; closes %2; %3 reconnect(s)")
                  .arg(ratio(p.up, m_tally.runs), countsText(p.closes))
                  .arg(p.reconnects)
            + QLatin1Char('\n');
        out += QStringLiteral("          ") + tr("upgrade %1").arg(percentiles(p.handshakeMs)) + QLatin1Char('\n');
        if (!p.pingRttMs.isEmpty())
            out += QStringLiteral("          ") + tr("ping RTT %1").arg(percentiles(p.pingRttMs)) + QLatin1Char('\n');
    }
    if (!m_tally.paths[1].deltaMs.isEmpty())
        out += QStringLiteral("  ") + tr("tunnel − direct, per matched message: %1").arg(percentiles(m_tally.paths[1].deltaMs))
            + QLatin1Char('\n');
    return out;
}

QJsonObject WatchSummary::pathJson(int k) const
{
    const WatchTally::PathTally &p = m_tally.paths[k];
    QJsonObject delivered;
    for (auto e = m_tally.expected.cbegin(); e != m_tally.expected.cend(); ++e)
        delivered.insert(e.key(), double(p.delivered.value(e.key())));
    QJsonObject o{{QStringLiteral("up_runs"), double(p.up)},
                  {QStringLiteral("success_ratio"), m_tally.runs ? double(p.up) / double(m_tally.runs) : 0.0},
                  {QStringLiteral("handshake_ms"), p.handshakeMs.json()},
                  {QStringLiteral("ping_rtt_ms"), p.pingRttMs.json()},
                  {QStringLiteral("close_codes"), countsJson(p.closes)},
                  {QStringLiteral("reconnects"), double(p.reconnects)},
                  {QStringLiteral("delivered"), delivered}};
    if (k == 1)
        o.insert(QStringLiteral("delta_ms"), p.deltaMs.json());
    return o;
}

QJsonObject WatchSummary::json() const
{
    QJsonArray groups;
    for (const WatchStatistics::RankedGroup &g : m_groups) {
        QJsonObject group{
            {QStringLiteral("kind"), g.info.kind},
            {QStringLiteral("severity"), g.info.severity},
            {QStringLiteral("path"), g.info.path},
            {QStringLiteral("message"), g.info.message},
            {QStringLiteral("summary"), g.info.summary.english()},
            {QStringLiteral("identity"), g.info.identity.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.info.identity)},
            {QStringLiteral("pattern"), g.consistent() ? QStringLiteral("consistent") : QStringLiteral("intermittent")},
            {QStringLiteral("runs_affected"), double(g.runs)},
            {QStringLiteral("runs_total"), double(g.runsTotal)},
            {QStringLiteral("count"), double(g.count)},
            {QStringLiteral("rate"), g.rate()},
            {QStringLiteral("rate_low"), g.interval.low},
            {QStringLiteral("rate_high"), g.interval.high},
            {QStringLiteral("first_seen"), utc(g.info.firstSeen)},
            {QStringLiteral("last_seen"), utc(g.info.lastSeen)}};
        // As in a run's report: the English for scripts, the language chosen beside it.
        if (Language::current() != QLatin1String("en"))
            group.insert(QStringLiteral("summary_localized"), g.info.summary.localized());
        groups.append(group);
    }
    QJsonObject verdicts;
    for (const char *v : {"clean", "degraded", "broken"})
        verdicts.insert(QLatin1String(v), double(m_tally.verdicts.value(QLatin1String(v))));
    return {
        {QStringLiteral("plays"), double(m_tally.plays)},
        {QStringLiteral("runs"), double(m_tally.runs)},
        {QStringLiteral("verdicts"), verdicts},
        {QStringLiteral("expected"), countsJson(m_tally.expected)},
        {QStringLiteral("paths"), QJsonObject{{QStringLiteral("direct"), pathJson(0)}, {QStringLiteral("tunnel"), pathJson(1)}}},
        {QStringLiteral("groups"), groups}};
}

} // namespace tunnelscope
