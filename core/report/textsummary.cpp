#include "textsummary.h"

#include "closepayload.h"
#include "comparisonreport.h"

#include <algorithm>

namespace tunnelscope {

namespace {

QString pathLine(const PathRecord &p, const SecretRedactor &r)
{
    int in = 0, out = 0, compressed = 0;
    qint64 wireBytes = 0, messageBytes = 0;
    for (qsizetype i = 0; i < p.frames.count(); ++i) {
        const Frame f = p.frames.at(i);
        if (f.type == FrameType::Open || f.type == FrameType::Error)
            continue;
        (f.dir == Direction::In ? in : out)++;
        if (f.compressedSize >= 0) {
            ++compressed;
            wireBytes += f.compressedSize;
            messageBytes += f.payload.size();
        }
    }
    const HandshakeRecord h = p.firstHandshake();
    QString handshake = !h.ok ? QStringLiteral("upgrade FAILED: %1").arg(r.redact(h.error))
        : h.durationMs() >= 0 ? QStringLiteral("upgraded in %1 ms").arg(h.durationMs(), 0, 'f', 2)
                              : QStringLiteral("upgraded (its duration was not recorded)");
    QString close;
    if (p.everConnected()) {
        const CloseRecord c = p.lastClose();
        close = c.frameReceived ? QStringLiteral("close %1 %2 (%3)")
                                      .arg(c.code)
                                      .arg(ClosePayload::describe(c.code),
                                           c.initiatedBy == CloseRecord::Initiator::Client ? QStringLiteral("client initiated")
                                                                                           : QStringLiteral("server initiated"))
            : c.endedUs < 0 ? c.tcpEnd
                            : QStringLiteral("1006: no close frame (%1)").arg(c.tcpEnd);
    }
    QString line = QStringLiteral("  %1  %2\n           %3; frames in %4, out %5")
                       .arg(p.name, -6)
                       .arg(r.redact(p.url.toString()), handshake)
                       .arg(in)
                       .arg(out);
    if (!close.isEmpty())
        line += QStringLiteral("; ") + close;
    if (compressed)
        line += QStringLiteral("; %1 message(s) compressed, %2 B on the wire for %3 B")
                    .arg(compressed)
                    .arg(wireBytes)
                    .arg(messageBytes);
    if (p.reconnects())
        line += QStringLiteral("; %1 reconnect(s)").arg(p.reconnects());
    int failed = 0;
    for (const StepOutcome &s : p.steps)
        failed += s.ok ? 0 : 1;
    if (failed)
        line += QStringLiteral("; %1 step(s) failed").arg(failed);
    return line + QLatin1Char('\n');
}

QString runHeading(const RunRecord &run)
{
    // Counted from 1 for people, as the progress line does (JSON's index counts from 0).
    const QString as = (run.tunnelName.isEmpty() ? QString() : QStringLiteral(" via %1").arg(run.tunnelName))
        + (run.identity.isEmpty() ? QString() : QStringLiteral(" as %1").arg(run.identity));
    return run.interrupted ? QStringLiteral("run %1%2 (interrupted: shown, not judged)\n").arg(run.index + 1).arg(as)
                           : QStringLiteral("run %1%2\n").arg(run.index + 1).arg(as);
}

// One path over every judged run: its upgrades, how its connections ended, reconnects.
// With several tunnels, `tunnelName` picks one tunnel's runs (the direct path: the first's).
QString pathOverRuns(const ComparisonReport &report, bool tunnel, const QString &tunnelName = QString())
{
    const SecretRedactor &r = report.redactor();
    int judged = 0, upgraded = 0, reconnects = 0, failedSteps = 0;
    std::vector<double> upgradeMs;
    QMap<QString, int> closes;
    QString url;
    for (const auto &run : report.runs()) {
        if (run->tunnelName != tunnelName)
            continue;
        const PathRecord &p = run->path(tunnel);
        if (url.isEmpty())
            url = p.url.toString();
        if (run->interrupted)
            continue;
        ++judged;
        const HandshakeRecord h = p.firstHandshake();
        if (h.ok) {
            ++upgraded;
            if (h.durationMs() >= 0)
                upgradeMs.push_back(h.durationMs());
        }
        for (const ConnectionRecord &c : p.connections)
            if (c.handshake.ok)
                ++closes[!p.controlFramesRecorded    ? QStringLiteral("not recorded (a HAR has no closes)")
                             : c.close.frameReceived ? QString::number(c.close.code)
                                                     : QStringLiteral("1006 (no close frame)")];
        reconnects += p.reconnects();
        for (const StepOutcome &s : p.steps)
            failedSteps += s.ok ? 0 : 1;
    }
    const LatencyStats stats = LatencyStats::of(std::move(upgradeMs));
    QStringList closeText;
    for (auto it = closes.begin(); it != closes.end(); ++it)
        closeText << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
    QString line = QStringLiteral("  %1  %2\n           upgraded in %3/%4 runs")
                       .arg(!tunnel                    ? QStringLiteral("direct")
                                : tunnelName.isEmpty() ? QStringLiteral("tunnel")
                                                       : tunnelName,
                            r.redact(url))
                       .arg(upgraded)
                       .arg(judged);
    if (stats.n > 0)
        line += QStringLiteral(" (p50 %1 ms, max %2 ms)").arg(stats.p50, 0, 'f', 2).arg(stats.max, 0, 'f', 2);
    if (!closeText.isEmpty())
        line += QStringLiteral("; closes: ") + closeText.join(QStringLiteral(", "));
    if (reconnects)
        line += QStringLiteral("; %1 reconnect(s)").arg(reconnects);
    if (failedSteps)
        line += QStringLiteral("; %1 step(s) failed").arg(failedSteps);
    return line + QLatin1Char('\n');
}

// The finding groups, ranked; in the short summary every critical group and a few more.
QString groupLines(const ComparisonReport &report, bool verbose)
{
    const SecretRedactor &r = report.redactor();
    QString out;
    int shown = 0;
    const qsizetype total = report.groups().size();
    for (const FindingGroup &g : report.groups()) {
        if (!verbose && shown >= TextSummary::ShortGroupLines && g.severity != Finding::Severity::Critical)
            break;
        ++shown;
        // A single finding in a single run needs no count.
        const bool counted = g.runsTotal > 1 || g.count > 1;
        out += QStringLiteral("  %1 %2%3: %4%5\n")
                   .arg(Finding::severityName(g.severity).toUpper(), g.kind,
                        (g.tunnel.isEmpty() ? QString() : QStringLiteral(" via %1").arg(g.tunnel))
                            + (g.identity.isEmpty() ? QString() : QStringLiteral(" as %1").arg(g.identity)),
                        r.redact(g.summary), counted ? QStringLiteral(" [%1]").arg(g.frequency()) : QString());
    }
    if (shown < total)
        out += QStringLiteral("  … %1 more group(s) of findings: --verbose lists them and every run\n").arg(total - shown);
    return out;
}

// "delivery: auth_invalid direct 20/20, tunnel 13/20" for the critical messages some path missed.
QString deliveryLine(const ComparisonReport &report)
{
    QStringList parts;
    for (const Delivery &d : report.delivery()) {
        if (d.paths.value(QStringLiteral("tunnel")) == d.runs)
            continue;
        QString part = QStringLiteral("%1 direct %2/%3")
                           .arg(report.redactor().redact(d.message)
                                + (d.identity.isEmpty() ? QString() : QStringLiteral(" as %1").arg(d.identity)))
                           .arg(d.paths.value(QStringLiteral("direct")))
                           .arg(d.runs);
        for (auto it = d.paths.begin(); it != d.paths.end(); ++it)
            if (it.key() != QLatin1String("direct"))
                part += QStringLiteral(", %1 %2/%3").arg(it.key()).arg(it.value()).arg(d.runs);
        parts << part;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral("delivery of critical messages: %1\n").arg(parts.join(QStringLiteral("; ")));
}

// With identities swept, where the tunnel treated them differently: said before the groups.
QString contrastLines(const ComparisonReport &report)
{
    QString out;
    for (const TunnelContrast &c : report.tunnelContrasts())
        out += QStringLiteral("tunnels: %1\n").arg(report.redactor().redact(c.sentence()));
    for (const IdentityContrast &c : report.identityContrasts())
        out += QStringLiteral("identities: %1\n").arg(report.redactor().redact(c.sentence()));
    return out;
}

// With several tunnels, each one's own verdict: "tunnel nginx: clean over 3 run(s)".
QString tunnelVerdictLines(const ComparisonReport &report)
{
    QString out;
    for (const ComparisonReport::TunnelResult &t : report.tunnelResults())
        out += QStringLiteral("tunnel %1: %2 (%3 critical, %4 warning) over %5 run(s)\n")
                   .arg(t.name, ComparisonReport::verdictName(t.verdict))
                   .arg(t.critical)
                   .arg(t.warning)
                   .arg(t.runs);
    return out;
}

// "3 run(s)", or with several tunnels "3 run(s) through 2 tunnels" (a record per tunnel).
QString runCount(const ComparisonReport &report)
{
    const qsizetype tunnels = report.tunnelResults().size();
    if (tunnels < 1)
        return QStringLiteral("%1 run(s)").arg(report.runs().size());
    return QStringLiteral("%1 run(s) through %2 tunnels").arg(qsizetype(report.runs().size()) / tunnels).arg(tunnels);
}

} // namespace

QString TextSummary::verdictLine(const ComparisonReport &report)
{
    int counts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < report.runs().size(); ++i)
        for (const Finding &f : report.findings(qsizetype(i)))
            ++counts[int(f.severity)];
    QString line = QStringLiteral("verdict: %1 (%2 critical, %3 warning, %4 info finding(s) in %5)")
                       .arg(ComparisonReport::verdictName(report.verdict()))
                       .arg(counts[int(Finding::Severity::Critical)])
                       .arg(counts[int(Finding::Severity::Warning)])
                       .arg(counts[int(Finding::Severity::Info)])
                       .arg(runCount(report));
    if (report.judgedRuns() == 0 && !report.runs().empty())
        line += QStringLiteral(" - no run ended on its own, so nothing was judged");
    else if (!report.directEverConnected())
        line += QStringLiteral(" - the direct path never completed a handshake: nothing to compare against");
    if (!report.tlsWarnings().isEmpty())
        line += QStringLiteral(" - TLS verification was off on a path (see the warning)");
    return line;
}

QString TextSummary::render(const ComparisonReport &report, bool verbose)
{
    const SecretRedactor &r = report.redactor();
    const auto &runs = report.runs();
    const qsizetype interrupted = std::count_if(runs.begin(), runs.end(), [](const auto &run) { return run->interrupted; });
    QString out = QStringLiteral("%1: %2%3\n")
                      .arg(r.redact(report.profile().name))
                      .arg(runCount(report))
                      .arg(interrupted ? QStringLiteral(", %1 interrupted").arg(interrupted) : QString());
    if (verbose) {
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const RunRecord &run = *runs[i];
            out += runHeading(run);
            out += pathLine(run.direct, r);
            out += pathLine(run.tunnel, r);
            for (const Finding &f : report.findings(qsizetype(i)))
                out += QStringLiteral("  %1 %2: %3\n")
                           .arg(Finding::severityName(f.severity).toUpper(), f.kind, r.redact(f.summary));
        }
        out += QStringLiteral("findings over the runs judged, grouped:\n");
    } else if (runs.size() == 1) {
        out += runHeading(*runs.front());
        out += pathLine(runs.front()->direct, r);
        out += pathLine(runs.front()->tunnel, r);
    } else if (!report.tunnelResults().isEmpty()) {
        out += pathOverRuns(report, false, report.tunnelResults().first().name);
        for (const ComparisonReport::TunnelResult &t : report.tunnelResults())
            out += pathOverRuns(report, true, t.name);
        for (const auto &run : runs)
            if (run->interrupted)
                out += runHeading(*run);
    } else {
        out += pathOverRuns(report, false);
        out += pathOverRuns(report, true);
        for (const auto &run : runs)
            if (run->interrupted)
                out += runHeading(*run);
    }
    out += tunnelVerdictLines(report);
    out += contrastLines(report);
    out += groupLines(report, verbose);
    out += deliveryLine(report);
    for (const QString &warning : report.tlsWarnings())
        out += QStringLiteral("warning: %1\n").arg(r.redact(warning));
    for (const QString &note : report.notes())
        out += QStringLiteral("note: %1\n").arg(r.redact(note));
    return out + verdictLine(report) + QLatin1Char('\n');
}

} // namespace tunnelscope
