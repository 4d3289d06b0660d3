#include "textsummary.h"

#include "closepayload.h"
#include "comparisonreport.h"
#include "recordedwords.h"
#include "sentence.h"

#include <algorithm>

namespace tunnelscope {

namespace {

// A measurement with the locale's digits (the terminal is read by people).
QString number(double value, int precision)
{
    return Sentence::number(value, precision).localized();
}

// "direct" and "tunnel" in the language chosen; a tunnel's own name as it is.
QString pathName(const QString &name)
{
    if (name == QLatin1String("direct"))
        return TextSummary::tr("direct", "the direct path");
    if (name == QLatin1String("tunnel"))
        return TextSummary::tr("tunnel", "the tunnelled path");
    return name;
}

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
    const QString separator = TextSummary::tr("; ", "between the facts of a path");
    const QString handshake = !h.ok
        ? TextSummary::tr("upgrade FAILED: %1").arg(r.redact(RecordedWords::read(h.error).localized()))
        : h.durationMs() >= 0 ? TextSummary::tr("upgraded in %1 ms").arg(number(h.durationMs(), 2))
                              : TextSummary::tr("upgraded (its duration was not recorded)");
    QString close;
    if (p.everConnected()) {
        const CloseRecord c = p.lastClose();
        close = c.frameReceived
            ? (c.initiatedBy == CloseRecord::Initiator::Client ? TextSummary::tr("close %1 %2 (client initiated)")
                                                               : TextSummary::tr("close %1 %2 (server initiated)"))
                  .arg(QString::number(c.code), ClosePayload::meaning(c.code).localized())
            : c.endedUs < 0 ? RecordedWords::read(c.tcpEnd).localized()
                            : TextSummary::tr("1006: no close frame (%1)").arg(RecordedWords::read(c.tcpEnd).localized());
    }
    QString line = QStringLiteral("  %1  %2\n           ").arg(pathName(p.name), -6).arg(r.redact(p.url.toString())) + handshake
        + separator + TextSummary::tr("frames in %1, out %2").arg(in).arg(out);
    if (!close.isEmpty())
        line += separator + close;
    if (compressed)
        line += separator
            + TextSummary::tr("%1 message(s) compressed, %2 B on the wire for %3 B")
                  .arg(compressed)
                  .arg(wireBytes)
                  .arg(messageBytes);
    if (p.reconnects())
        line += separator + TextSummary::tr("%n reconnect(s)", nullptr, p.reconnects());
    int failed = 0;
    const StepOutcome *firstFailed = nullptr;
    for (const StepOutcome &s : p.steps)
        if (!s.ok && !failed++)
            firstFailed = &s;
    if (failed)
        line += separator + TextSummary::tr("%n step(s) failed", nullptr, failed);
    // The first step that failed says why; those after it mostly follow from it.
    if (firstFailed) {
        const QString why = r.redact(RecordedWords::read(firstFailed->detail).localized());
        line += QStringLiteral("\n           ")
            + (firstFailed->repetition == 0
                   ? TextSummary::tr("first failed: $.steps[%1]: %2").arg(QString::number(firstFailed->step), why)
                   : TextSummary::tr("first failed: $.steps[%1], repetition %2: %3")
                         .arg(QString::number(firstFailed->step), QString::number(firstFailed->repetition + 1), why));
    }
    return line + QLatin1Char('\n');
}

QString runHeading(const RunRecord &run)
{
    // Counted from 1 for people, as the progress line does (JSON's index counts from 0).
    const QString as = (run.tunnelName.isEmpty() ? QString() : TextSummary::tr(" via %1").arg(run.tunnelName))
        + (run.identity.isEmpty() ? QString() : TextSummary::tr(" as %1", "a client identity").arg(run.identity));
    return (run.interrupted ? TextSummary::tr("run %1%2 (interrupted: shown, not judged)") : TextSummary::tr("run %1%2"))
               .arg(run.index + 1)
               .arg(as)
        + QLatin1Char('\n');
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
                ++closes[!p.controlFramesRecorded    ? TextSummary::tr("not recorded (a HAR has no closes)")
                             : c.close.frameReceived ? QString::number(c.close.code)
                                                     : TextSummary::tr("1006 (no close frame)")];
        reconnects += p.reconnects();
        for (const StepOutcome &s : p.steps)
            failedSteps += s.ok ? 0 : 1;
    }
    const LatencyStats stats = LatencyStats::of(std::move(upgradeMs));
    QStringList closeText;
    for (auto it = closes.begin(); it != closes.end(); ++it)
        closeText << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
    const QString separator = TextSummary::tr("; ", "between the facts of a path");
    QString line = QStringLiteral("  %1  %2\n           ")
                       .arg(!tunnel                    ? pathName(QStringLiteral("direct"))
                                : tunnelName.isEmpty() ? pathName(QStringLiteral("tunnel"))
                                                       : tunnelName,
                            r.redact(url))
        + TextSummary::tr("upgraded in %1/%2 runs").arg(upgraded).arg(judged);
    if (stats.n > 0)
        line += TextSummary::tr(" (p50 %1 ms, max %2 ms)").arg(number(stats.p50, 2), number(stats.max, 2));
    if (!closeText.isEmpty())
        line += separator + TextSummary::tr("closes: %1").arg(closeText.join(TextSummary::tr(", ")));
    if (reconnects)
        line += separator + TextSummary::tr("%n reconnect(s)", nullptr, reconnects);
    if (failedSteps)
        line += separator + TextSummary::tr("%n step(s) failed", nullptr, failedSteps);
    return line + QLatin1Char('\n');
}

// CRITICAL, WARNING, INFO: the words people scan for, in the language chosen.
// Upper case in the terminal, where it leads a line ("CRITICAL"); a script never reads it.
QString severityWord(Finding::Severity s)
{
    return Finding::severityWord(s).localized().toUpper();
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
                   .arg(severityWord(g.severity), g.kind,
                        (g.tunnel.isEmpty() ? QString() : TextSummary::tr(" via %1").arg(g.tunnel))
                            + (g.identity.isEmpty() ? QString() : TextSummary::tr(" as %1", "a client identity").arg(g.identity)),
                        r.redact(g.summary.localized()),
                        counted ? QStringLiteral(" [%1]").arg(g.frequency().localized()) : QString());
    }
    if (shown < total)
        out += TextSummary::tr("  … %n more group(s) of findings: --verbose lists them and every run", nullptr,
                               int(total - shown))
            + QLatin1Char('\n');
    return out;
}

// "delivery: auth_invalid direct 20/20, tunnel 13/20" for the critical messages some path missed.
QString deliveryLine(const ComparisonReport &report)
{
    QStringList parts;
    for (const Delivery &d : report.delivery()) {
        if (d.paths.value(QStringLiteral("tunnel")) == d.runs)
            continue;
        QString part = report.redactor().redact(d.message)
            + (d.identity.isEmpty() ? QString() : TextSummary::tr(" as %1", "a client identity").arg(d.identity));
        QStringList counts;
        for (auto it = d.paths.begin(); it != d.paths.end(); ++it)
            if (it.key() != QLatin1String("direct"))
                counts << QStringLiteral("%1 %2/%3").arg(pathName(it.key())).arg(it.value()).arg(d.runs);
        counts.prepend(QStringLiteral("%1 %2/%3")
                           .arg(pathName(QStringLiteral("direct")))
                           .arg(d.paths.value(QStringLiteral("direct")))
                           .arg(d.runs));
        parts << part + QLatin1Char(' ') + counts.join(TextSummary::tr(", "));
    }
    return parts.isEmpty()
        ? QString()
        : TextSummary::tr("delivery of critical messages: %1").arg(parts.join(TextSummary::tr("; "))) + QLatin1Char('\n');
}

// With identities swept, where the tunnel treated them differently: said before the groups.
QString contrastLines(const ComparisonReport &report)
{
    QString out;
    for (const TunnelContrast &c : report.tunnelContrasts())
        out += TextSummary::tr("tunnels: %1").arg(report.redactor().redact(c.sentence().localized())) + QLatin1Char('\n');
    for (const IdentityContrast &c : report.identityContrasts())
        out += TextSummary::tr("identities: %1").arg(report.redactor().redact(c.sentence().localized())) + QLatin1Char('\n');
    return out;
}

// With several tunnels, each one's own verdict: "tunnel nginx: clean over 3 run(s)".
QString tunnelVerdictLines(const ComparisonReport &report)
{
    QString out;
    for (const ComparisonReport::TunnelResult &t : report.tunnelResults())
        out += TextSummary::tr("tunnel %1: %2 (%3 critical, %4 warning) over %n run(s)", nullptr, t.runs)
                   .arg(t.name, ComparisonReport::verdictName(t.verdict))
                   .arg(t.critical)
                   .arg(t.warning)
            + QLatin1Char('\n');
    return out;
}

// "3 run(s)", or with several tunnels "3 run(s) through 2 tunnels" (a record per tunnel).
QString runCount(const ComparisonReport &report)
{
    const qsizetype tunnels = report.tunnelResults().size();
    if (tunnels < 1)
        return TextSummary::tr("%n run(s)", nullptr, int(report.runs().size()));
    return TextSummary::tr("%n run(s) through %1 tunnels", nullptr, int(qsizetype(report.runs().size()) / tunnels)).arg(tunnels);
}

} // namespace

QString TextSummary::verdictLine(const ComparisonReport &report)
{
    int counts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < report.runs().size(); ++i)
        for (const Finding &f : report.findings(qsizetype(i)))
            ++counts[int(f.severity)];
    QString line = tr("verdict: %1 (%2 critical, %3 warning, %4 info finding(s) in %5)")
                       .arg(ComparisonReport::verdictName(report.verdict()))
                       .arg(counts[int(Finding::Severity::Critical)])
                       .arg(counts[int(Finding::Severity::Warning)])
                       .arg(counts[int(Finding::Severity::Info)])
                       .arg(runCount(report));
    if (report.judgedRuns() == 0 && !report.runs().empty())
        line += tr(" - no run ended on its own, so nothing was judged");
    else if (!report.directEverConnected())
        line += tr(" - the direct path never completed a handshake: nothing to compare against");
    if (!report.tlsWarnings().isEmpty())
        line += tr(" - TLS verification was off on a path (see the warning)");
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
                      .arg(interrupted ? tr(", %n interrupted", nullptr, int(interrupted)) : QString());
    if (verbose) {
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const RunRecord &run = *runs[i];
            out += runHeading(run);
            out += pathLine(run.direct, r);
            out += pathLine(run.tunnel, r);
            for (const Finding &f : report.findings(qsizetype(i)))
                out += QStringLiteral("  %1 %2: %3\n").arg(severityWord(f.severity), f.kind, r.redact(f.summary.localized()));
        }
        out += tr("findings over the runs judged, grouped:") + QLatin1Char('\n');
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
    for (const Sentence &warning : report.tlsWarnings())
        out += tr("warning: %1").arg(r.redact(warning.localized())) + QLatin1Char('\n');
    for (const Sentence &note : report.notes())
        out += tr("note: %1").arg(r.redact(note.localized())) + QLatin1Char('\n');
    return out + verdictLine(report) + QLatin1Char('\n');
}

} // namespace tunnelscope
