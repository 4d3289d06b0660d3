#include "textsummary.h"

#include "closepayload.h"
#include "comparisonreport.h"

namespace tunnelscope {

namespace {

QString pathLine(const PathRecord &p, const SecretRedactor &r)
{
    int in = 0, out = 0;
    for (qsizetype i = 0; i < p.frames.count(); ++i) {
        const Frame f = p.frames.at(i);
        if (f.type == FrameType::Open || f.type == FrameType::Error)
            continue;
        (f.dir == Direction::In ? in : out)++;
    }
    const HandshakeRecord h = p.firstHandshake();
    QString handshake = !h.ok                ? QStringLiteral("upgrade FAILED: %1").arg(r.redact(h.error))
                      : h.durationMs() >= 0 ? QStringLiteral("upgraded in %1 ms").arg(h.durationMs(), 0, 'f', 2)
                                            : QStringLiteral("upgraded (its duration was not recorded)");
    QString close;
    if (p.everConnected()) {
        const CloseRecord c = p.lastClose();
        close = c.frameReceived
            ? QStringLiteral("close %1 %2 (%3)").arg(c.code).arg(ClosePayload::describe(c.code),
                                                      c.initiatedBy == CloseRecord::Initiator::Client
                                                          ? QStringLiteral("client initiated")
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
    if (p.reconnects())
        line += QStringLiteral("; %1 reconnect(s)").arg(p.reconnects());
    int failed = 0;
    for (const StepOutcome &s : p.steps)
        failed += s.ok ? 0 : 1;
    if (failed)
        line += QStringLiteral("; %1 step(s) failed").arg(failed);
    return line + QLatin1Char('\n');
}

} // namespace

QString TextSummary::verdictLine(const ComparisonReport &report)
{
    int counts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < report.runs().size(); ++i)
        for (const Finding &f : report.findings(qsizetype(i)))
            ++counts[int(f.severity)];
    QString line = QStringLiteral("verdict: %1 (%2 critical, %3 warning, %4 info finding(s) in %5 run(s))")
                       .arg(ComparisonReport::verdictName(report.verdict()))
                       .arg(counts[int(Finding::Severity::Critical)])
                       .arg(counts[int(Finding::Severity::Warning)])
                       .arg(counts[int(Finding::Severity::Info)])
                       .arg(report.runs().size());
    if (report.judgedRuns() == 0 && !report.runs().empty())
        line += QStringLiteral(" - no run ended on its own, so nothing was judged");
    else if (!report.directEverConnected())
        line += QStringLiteral(" - the direct path never completed a handshake: nothing to compare against");
    if (!report.tlsWarnings().isEmpty())
        line += QStringLiteral(" - TLS verification was off on a path (see the warning)");
    return line;
}

QString TextSummary::render(const ComparisonReport &report)
{
    const SecretRedactor &r = report.redactor();
    QString out = QStringLiteral("%1: %2 run(s)\n").arg(r.redact(report.profile().name)).arg(report.runs().size());
    for (std::size_t i = 0; i < report.runs().size(); ++i) {
        const RunRecord &run = *report.runs()[i];
        out += run.interrupted ? QStringLiteral("run %1 (interrupted: shown, not judged)\n").arg(run.index)
                               : QStringLiteral("run %1\n").arg(run.index);
        out += pathLine(run.direct, r);
        out += pathLine(run.tunnel, r);
        for (const Finding &f : report.findings(qsizetype(i)))
            out += QStringLiteral("  %1 %2: %3\n").arg(Finding::severityName(f.severity).toUpper(), f.kind, r.redact(f.summary));
    }
    for (const QString &warning : report.tlsWarnings())
        out += QStringLiteral("warning: %1\n").arg(r.redact(warning));
    for (const QString &note : report.notes())
        out += QStringLiteral("note: %1\n").arg(r.redact(note));
    return out + verdictLine(report) + QLatin1Char('\n');
}

} // namespace tunnelscope
