#include "watchmetrics.h"

#include "comparisonreport.h"
#include "prometheusexposition.h"
#include "runclock.h"
#include "watchtally.h"

#include <algorithm>
#include <functional>

namespace tunnelscope {

namespace {

const char *const PathNames[2] = {"direct", "tunnel"};

// report.schema.json's finding kinds and severities: every pair is exported from the start.
const QStringList &findingKinds()
{
    static const QStringList kinds{
        QStringLiteral("message_missing"),   QStringLiteral("message_extra"),      QStringLiteral("message_duplicated"),
        QStringLiteral("message_altered"),   QStringLiteral("message_reordered"),  QStringLiteral("close_mismatch"),
        QStringLiteral("close_truncated"),   QStringLiteral("handshake_failed"),   QStringLiteral("latency_regression"),
        QStringLiteral("heartbeat_timeout"), QStringLiteral("reconnect_mismatch"), QStringLiteral("protocol_violation")};
    return kinds;
}

} // namespace

void WatchMetrics::addProfile(const QString &profile, const QStringList &criticalMessages)
{
    ProfileMetrics &p = m_profiles[profile];
    for (const char *v : {"clean", "degraded", "broken"})
        p.runs.insert(QLatin1String(v), p.runs.value(QLatin1String(v)));
    for (const QString &kind : findingKinds())
        for (const Finding::Severity s : {Finding::Severity::Info, Finding::Severity::Warning, Finding::Severity::Critical})
            p.findings.insert({kind, Finding::severityName(s)}, p.findings.value({kind, Finding::severityName(s)}));
    for (const QString &m : criticalMessages)
        if (!p.messages.contains(m))
            p.messages << m;
    for (PathMetrics &path : p.paths)
        for (const QString &m : std::as_const(p.messages)) {
            path.delivered.insert(m, path.delivered.value(m));
            path.expected.insert(m, path.expected.value(m));
        }
}

void WatchMetrics::addReport(const QString &profile, const ComparisonReport &report, double finishedEpochSeconds)
{
    if (!m_profiles.contains(profile))
        addProfile(profile, {});
    ProfileMetrics &p = m_profiles[profile];
    for (std::size_t i = 0; i < report.runs().size(); ++i) {
        const RunRecord &run = *report.runs()[i];
        if (run.interrupted)
            continue; // cut by the watch's own stop: never counted, never judged
        const QList<Finding> &findings = report.findings(qsizetype(i));
        ++p.runs[WatchTally::runVerdict(findings)];
        for (const Finding &f : findings)
            ++p.findings[{f.kind, Finding::severityName(f.severity)}];
        addPath(run.direct, &p.paths[0]);
        addPath(run.tunnel, &p.paths[1]);
        for (const double ms : report.diff(qsizetype(i)).deltasMs)
            p.paths[1].delta.observe(ms / 1000.0);
    }
    for (const Delivery &d : report.delivery()) {
        if (!p.messages.contains(d.message))
            p.messages << d.message;
        for (int k = 0; k < 2; ++k) {
            p.paths[k].expected[d.message] += quint64(d.runs);
            p.paths[k].delivered[d.message] += quint64(d.paths.value(QLatin1String(PathNames[k])));
        }
    }
    p.lastRunSeconds = finishedEpochSeconds;
}

void WatchMetrics::addPath(const PathRecord &record, PathMetrics *path)
{
    path->up = WatchTally::pathUp(record);
    for (const ConnectionRecord &c : record.connections) {
        if (c.handshake.ok && c.handshake.startUs >= 0 && c.handshake.answerUs >= 0)
            path->handshake.observe(RunClock::toSeconds(c.handshake.answerUs - c.handshake.startUs));
        if (c.handshake.ok)
            ++path->closes[WatchTally::closeCodeLabel(c.close.code)];
    }
    for (const PingSample &ping : record.pings)
        if (ping.rttUs >= 0)
            path->pingRtt.observe(RunClock::toSeconds(ping.rttUs));
    path->reconnects += quint64(record.reconnects());
}

QByteArray WatchMetrics::exposition(PrometheusExposition::Format format) const
{
    PrometheusExposition out(format);
    writeRunFamilies(&out);
    writePathFamilies(&out);
    return out.text();
}

void WatchMetrics::writeRunFamilies(PrometheusExposition *out) const
{
    out->family(QStringLiteral("tunnelscope_runs_total"), QStringLiteral("counter"),
                QStringLiteral("Finished runs by verdict; interrupted runs are not counted."));
    for (auto p = m_profiles.cbegin(); p != m_profiles.cend(); ++p)
        for (auto v = p->runs.cbegin(); v != p->runs.cend(); ++v)
            out->sample(QStringLiteral("tunnelscope_runs_total"),
                        {{QStringLiteral("profile"), p.key()}, {QStringLiteral("verdict"), v.key()}}, double(v.value()));
    out->family(QStringLiteral("tunnelscope_findings_total"), QStringLiteral("counter"),
                QStringLiteral("Findings by kind and severity."));
    for (auto p = m_profiles.cbegin(); p != m_profiles.cend(); ++p)
        for (auto f = p->findings.cbegin(); f != p->findings.cend(); ++f)
            out->sample(QStringLiteral("tunnelscope_findings_total"),
                        {{QStringLiteral("profile"), p.key()},
                         {QStringLiteral("kind"), f.key().first},
                         {QStringLiteral("severity"), f.key().second}},
                        double(f.value()));
    out->family(QStringLiteral("tunnelscope_last_run_timestamp_seconds"), QStringLiteral("gauge"),
                QStringLiteral("Unix time the last run of the profile finished (0: none yet)."));
    for (auto p = m_profiles.cbegin(); p != m_profiles.cend(); ++p)
        out->sample(QStringLiteral("tunnelscope_last_run_timestamp_seconds"), {{QStringLiteral("profile"), p.key()}},
                    p->lastRunSeconds);
}

void WatchMetrics::writePathFamilies(PrometheusExposition *out) const
{
    using Labels = PrometheusExposition::Labels;
    auto each = [this](const std::function<void(const QString &, const QString &, const PathMetrics &)> &f) {
        for (auto p = m_profiles.cbegin(); p != m_profiles.cend(); ++p)
            for (int k = 0; k < 2; ++k)
                f(p.key(), QLatin1String(PathNames[k]), p->paths[k]);
    };
    out->family(QStringLiteral("tunnelscope_path_up"), QStringLiteral("gauge"),
                QStringLiteral("1 if the last run completed the handshake and every step of its script on this path."));
    each([out](const QString &profile, const QString &path, const PathMetrics &m) {
        out->sample(QStringLiteral("tunnelscope_path_up"), {{QStringLiteral("profile"), profile}, {QStringLiteral("path"), path}},
                    m.up ? 1 : 0);
    });
    out->family(QStringLiteral("tunnelscope_reconnects_total"), QStringLiteral("counter"), QStringLiteral("Reconnects."));
    each([out](const QString &profile, const QString &path, const PathMetrics &m) {
        out->sample(QStringLiteral("tunnelscope_reconnects_total"),
                    {{QStringLiteral("profile"), profile}, {QStringLiteral("path"), path}}, double(m.reconnects));
    });
    out->family(QStringLiteral("tunnelscope_closes_total"), QStringLiteral("counter"),
                QStringLiteral("How connections ended, by close code."));
    each([out](const QString &profile, const QString &path, const PathMetrics &m) {
        for (auto c = m.closes.cbegin(); c != m.closes.cend(); ++c)
            out->sample(QStringLiteral("tunnelscope_closes_total"),
                        {{QStringLiteral("profile"), profile}, {QStringLiteral("path"), path}, {QStringLiteral("code"), c.key()}},
                        double(c.value()));
    });
    struct Counted
    {
        const char *name;
        const char *help;
        QMap<QString, quint64> PathMetrics::*counts;
    };
    const Counted counted[] = {{"tunnelscope_message_delivered_total", "Runs in which the path delivered the critical message.",
                                &PathMetrics::delivered},
                               {"tunnelscope_message_expected_total", "Runs in which the direct path saw the critical message.",
                                &PathMetrics::expected}};
    for (const Counted &c : counted) {
        out->family(QLatin1String(c.name), QStringLiteral("counter"), QLatin1String(c.help));
        each([out, &c](const QString &profile, const QString &path, const PathMetrics &m) {
            const QMap<QString, quint64> &counts = m.*c.counts;
            for (auto n = counts.cbegin(); n != counts.cend(); ++n)
                out->sample(
                    QLatin1String(c.name),
                    {{QStringLiteral("profile"), profile}, {QStringLiteral("path"), path}, {QStringLiteral("message"), n.key()}},
                    double(n.value()));
        });
    }
    struct Histogram
    {
        const char *name;
        const char *help;
        LatencyHistogram PathMetrics::*histogram;
    };
    const Histogram histograms[]
        = {{"tunnelscope_handshake_duration_seconds", "TCP connect to the 101 answer.", &PathMetrics::handshake},
           {"tunnelscope_message_delta_seconds", "Per matched message, this path's arrival minus the direct path's.",
            &PathMetrics::delta},
           {"tunnelscope_ping_rtt_seconds", "WebSocket ping round trips.", &PathMetrics::pingRtt}};
    for (const Histogram &h : histograms) {
        out->family(QLatin1String(h.name), QStringLiteral("histogram"), QLatin1String(h.help));
        each([out, &h](const QString &profile, const QString &path, const PathMetrics &m) {
            (m.*h.histogram)
                .write(out, QLatin1String(h.name), Labels{{QStringLiteral("profile"), profile}, {QStringLiteral("path"), path}});
        });
    }
}

} // namespace tunnelscope
