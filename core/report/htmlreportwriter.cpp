#include "htmlreportwriter.h"
#include "runclock.h"

#include "chartdata.h"
#include "closepayload.h"
#include "comparisonreport.h"
#include "framedetail.h"
#include "framepresenter.h"
#include "svgchart.h"
#include "utf8.h"
#include "websocketextensions.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>

namespace tunnelscope {

namespace {
// How much of a binary frame the report dumps in hex; the JSON report has it all.
constexpr qsizetype HexDumpBytes = 256;

// The ComfyUI prompts a path followed, and what /history said of those it never heard end.
template<typename Escape> QString promptLines(const PathRecord &p, const Escape &esc)
{
    QString out;
    for (const PromptRecord &x : p.prompts) {
        out += QStringLiteral("<div>Prompt <code>%1</code>: %2%3</div>")
                   .arg(esc(x.id),
                        x.outcome.isEmpty() ? QStringLiteral("<b>no end heard</b> (last: %1)")
                                                  .arg(esc(x.lastEvent.isEmpty() ? QStringLiteral("nothing") : x.lastEvent))
                                            : esc(x.outcome),
                        x.history.isEmpty() ? QString() : QStringLiteral(" · %1").arg(esc(x.historyDetail)));
    }
    return out;
}
} // namespace

namespace {

const char *Css = R"CSS(
:root{--bg:#fff;--fg:#1d232a;--mut:#5b6570;--line:#d9dee3;--card:#f6f8fa;--crit:#b3261e;--warn:#a15c00;--info:#0b5cad;--ok:#1b7f3b;--gap:#fdecea;--alt:#fff4e0}
@media (prefers-color-scheme:dark){:root{--bg:#15191d;--fg:#e6e9ec;--mut:#9aa4ae;--line:#2f363d;--card:#1d2328;--crit:#ff8a80;--warn:#ffb74d;--info:#82b1ff;--ok:#81c784;--gap:#3a2121;--alt:#3a3020}}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg);margin:0 auto;max-width:1400px;padding:16px 24px}
h1{font-size:22px;margin:4px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
.meta{color:var(--mut)}.banner{border-radius:8px;padding:14px 18px;margin:14px 0;color:#fff;font-size:18px}
.banner.clean{background:#1b7f3b}.banner.degraded{background:#a15c00}.banner.broken{background:#b3261e}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--card);font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td code{white-space:nowrap}.sev{font-weight:700;text-transform:uppercase;font-size:12px}.sev.critical{color:var(--crit)}.sev.warning{color:var(--warn)}.sev.info{color:var(--info)}
code,.pl{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;white-space:pre-wrap;word-break:break-all}
.tl td{font-size:12px}.tl .missing td.tun,.tl .missing td.st{background:var(--gap)}.tl .extra td.dir,.tl .duplicated td.dir{background:var(--gap)}
.tl .altered td,.tl .reordered td{background:var(--alt)}.tl .gap{color:var(--mut);font-style:italic}.st{white-space:nowrap}
.charts{display:flex;flex-wrap:wrap;gap:12px}.chart{background:var(--card);border-radius:6px}.chart text{fill:var(--fg);font:11px system-ui,sans-serif}
.chart .tt{font-weight:600;font-size:12px}.chart .gl{stroke:var(--line)}.chart .ax{fill:var(--mut)}.chart .lg{fill:var(--fg)}
details.group{margin:4px 0}details.group>summary{cursor:pointer}details.group.info>summary{color:var(--mut)}
details.hex>summary{cursor:pointer}details.hex pre{margin:4px 0;font-size:12px;white-space:pre}.freq{color:var(--mut)}.interrupted{color:var(--mut);font-weight:normal;font-size:70%}.as{color:var(--mut)}.contrast{font-weight:bold}td.lost{color:var(--crit);font-weight:bold}td.verdict.broken{color:var(--crit);font-weight:bold}td.verdict.degraded{color:var(--warn);font-weight:bold}td.verdict.clean{color:var(--ok)}.facts{display:grid;grid-template-columns:1fr 1fr;gap:12px}.card{background:var(--card);border-radius:6px;padding:8px 12px}
.note{color:var(--mut);font-style:italic}a{color:var(--info)}
)CSS";

QString ms(qint64 us)
{
    return QString::number(RunClock::toMs(us), 'f', 3);
}

QString closeWords(const CloseRecord &c)
{
    if (!c.frameReceived && c.endedUs < 0)
        return c.tcpEnd; // never ended while it was recorded: no code is made up
    if (!c.frameReceived)
        return QStringLiteral("1006 — no close frame (%1)").arg(c.tcpEnd);
    return QStringLiteral("%1 %2%3, %4 initiated")
        .arg(c.code)
        .arg(ClosePayload::describe(c.code), c.reason.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(decodeUtf8(c.reason)),
             CloseRecord::initiatorName(c.initiatedBy));
}

} // namespace

QString HtmlReportWriter::styleSheet()
{
    return QString::fromUtf8(Css);
}

QString HtmlReportWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        case '\n':
            out += QStringLiteral("↵");
            break;
        case '\r':
            out += QStringLiteral("␍");
            break;
        case '\t':
            out += QStringLiteral("⇥");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("<span class=\"ctl\">\\x%1</span>").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else if (c.unicode() == 0xFEFF)
                out += QStringLiteral("<b title=\"byte order mark\">[BOM]</b>");
            else
                out += c;
        }
    }
    return out;
}

namespace {

// One HTML report, written section by section, every text through the report's redactor.
class HtmlPage
{
public:
    HtmlPage(const ComparisonReport &report, QIODevice *device)
        : m_report(report), m_profile(report.profile()), m_redactor(report.redactor()), m_device(device)
    { }

    void write() const
    {
        writeHeader();
        writeTunnels();
        writeIdentities();
        writeFindings();
        writeDelivery();
        writeSummary();
        writeCharts();
        for (std::size_t i = 0; i < m_report.runs().size(); ++i)
            writeRun(i);
        writeProfile();
    }

private:
    void put(const QString &s) const { m_device->write(s.toUtf8()); }
    QString esc(const QString &s) const { return escape(m_redactor.redact(s)); }
    static QString escape(const QString &s) { return HtmlReportWriter::escape(s); }

    // The document's head, the title, the verdict, TLS warnings and notes.
    void writeHeader() const
    {
        put(QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                "img-src data:\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>Tunnelscope report: %1</title><style>%2</style></head><body>\n")
                .arg(esc(m_profile.name), QString::fromUtf8(Css)));

        // Header and verdict.
        const QString verdict = ComparisonReport::verdictName(m_report.verdict());
        int counts[3] = {0, 0, 0};
        for (std::size_t i = 0; i < m_report.runs().size(); ++i)
            for (const Finding &f : m_report.findings(qsizetype(i)))
                ++counts[int(f.severity)];
        put(QStringLiteral(
                "<h1>Tunnelscope report: %1</h1><div class=\"meta\">%2 · started %3 · Tunnelscope %4 · %5 run(s)</div>")
                .arg(esc(m_profile.name), esc(m_profile.description),
                     QDateTime::fromMSecsSinceEpoch(m_report.startedEpochMs()).toString(Qt::ISODateWithMs),
                     QStringLiteral(TUNNELSCOPE_VERSION))
                .arg(m_report.runs().size()));
        put(QStringLiteral("<div class=\"banner %1\" id=\"verdict\">Verdict: <b>%2</b> — %3 critical, %4 warning, %5 info "
                           "finding(s)%6</div>\n")
                .arg(verdict, verdict.toUpper())
                .arg(counts[2])
                .arg(counts[1])
                .arg(counts[0])
                .arg(m_report.directEverConnected() ? QString()
                                                    : QStringLiteral(" — the direct path never completed a handshake")));

        for (const Sentence &warning : m_report.tlsWarnings())
            put(QStringLiteral("<p class=\"sev warning tls\">Warning: %1</p>").arg(esc(warning.localized())));
        for (const Sentence &note : m_report.notes())
            put(QStringLiteral("<p class=\"note\">Note: %1</p>").arg(esc(note.localized()))); // a fact, not a fault
    }

    void writeFindings() const
    {
        // Findings, grouped across runs as the terminal shows them: each group expands to its
        // single findings, each with links to its frames.
        put(QStringLiteral("<h2>Findings</h2>"));
        if (m_report.groups().isEmpty())
            put(QStringLiteral("<p>No findings: the tunnel delivered what the direct path received.</p>"));
        int listed = 0, total = 0;
        for (const FindingGroup &g : m_report.groups()) {
            const QString sev = Finding::severityName(g.severity);
            QString rows;
            for (const auto &member : g.members) {
                // Named apart: a lambda below uses the run, and clang 14 cannot capture a binding.
                const qsizetype run = member.first, index = member.second;
                ++total;
                if (listed >= HtmlReportWriter::MaxFindingsListed)
                    continue;
                ++listed;
                const Finding &f = m_report.findings(run)[index];
                auto seqLink = [&](qint64 seq, const char *path) {
                    return seq < 0 ? QStringLiteral("—")
                                   : QStringLiteral("<a href=\"#r%1-%2-%3\">#%3</a>").arg(run).arg(QLatin1String(path)).arg(seq);
                };
                rows += QStringLiteral("<tr><td class=\"num\"><a href=\"#run%1\">%6</a></td><td "
                                       "class=\"num\">%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                            .arg(run)
                            .arg(f.tMs >= 0 ? QString::number(f.tMs, 'f', 3) : QStringLiteral("—"))
                            .arg(esc(f.summary.localized()), seqLink(f.directSeq, "d"), seqLink(f.tunnelSeq, "t"))
                            .arg(run + 1); // runs are counted from 1 for people; anchors keep the index
            }
            const bool counted = g.runsTotal > 1 || g.count > 1;
            put(QStringLiteral(
                    "<details class=\"group %2\"%1><summary><span class=\"sev %2\">%2</span> <code>%3</code> %4%5</summary>\n"
                    "<table><tr><th class=\"num\">run</th><th class=\"num\">t (ms)</th><th>what "
                    "happened</th><th>direct</th><th>tunnel</th></tr>\n%6</table></details>\n")
                    .arg(g.severity == Finding::Severity::Critical ? QStringLiteral(" open") : QString(), sev, g.kind,
                         (g.tunnel.isEmpty() ? QString() : QStringLiteral("<span class=\"as\">via %1</span> ").arg(esc(g.tunnel)))
                             + (g.identity.isEmpty() ? QString()
                                                     : QStringLiteral("<span class=\"as\">as %1</span> ").arg(esc(g.identity)))
                             + esc(g.summary.localized()),
                         counted ? QStringLiteral(" <span class=\"freq\">[%1]</span>").arg(esc(g.frequency().localized()))
                                 : QString(),
                         rows));
        }
        if (total > listed)
            put(QStringLiteral("<p class=\"note\">%1 more single finding(s) are in the JSON report.</p>").arg(total - listed));
    }

    // With identities swept: the contrasts first, then each critical message's delivery per
    // identity, a column each.
    void writeIdentities() const
    {
        QStringList identities;
        for (const auto &run : m_report.runs())
            if (!run->identity.isEmpty() && !identities.contains(run->identity))
                identities << run->identity;
        if (identities.isEmpty())
            return;
        put(QStringLiteral("<h2>Client identities</h2>"));
        for (const IdentityContrast &c : m_report.identityContrasts())
            put(QStringLiteral("<p class=\"contrast\">%1</p>").arg(esc(c.sentence().localized())));
        if (m_report.identityContrasts().isEmpty())
            put(QStringLiteral("<p>The tunnel treated every identity alike.</p>"));
        QMap<QString, QMap<QString, const Delivery *>> byMessage;
        for (const Delivery &d : m_report.delivery())
            byMessage[d.message][d.identity] = &d;
        if (byMessage.isEmpty())
            return;
        QString head = QStringLiteral("<tr><th>critical message: tunnel received / direct received</th>");
        for (const QString &identity : identities)
            head += QStringLiteral("<th class=\"num\">as %1</th>").arg(esc(identity));
        put(QStringLiteral("<table class=\"identities\">") + head + QStringLiteral("</tr>"));
        for (auto it = byMessage.begin(); it != byMessage.end(); ++it) {
            QString row = QStringLiteral("<tr><td><code>%1</code></td>").arg(esc(it.key()));
            for (const QString &identity : identities) {
                const Delivery *d = it.value().value(identity);
                const int tunnel = d ? d->paths.value(QStringLiteral("tunnel")) : 0;
                row += !d ? QStringLiteral("<td class=\"num\">—</td>")
                          : QStringLiteral("<td class=\"num%1\">%2/%3</td>")
                                .arg(tunnel < d->runs ? QStringLiteral(" lost") : QString())
                                .arg(tunnel)
                                .arg(d->runs);
            }
            put(row + QStringLiteral("</tr>"));
        }
        put(QStringLiteral("</table>\n"));
    }

    // With several tunnels: which one is at fault, then each one's result and deliveries, a
    // column per tunnel.
    void writeTunnels() const
    {
        const QList<ComparisonReport::TunnelResult> &tunnels = m_report.tunnelResults();
        if (tunnels.isEmpty())
            return;
        put(QStringLiteral("<h2>Tunnels</h2>"));
        for (const TunnelContrast &c : m_report.tunnelContrasts())
            put(QStringLiteral("<p class=\"contrast\">%1</p>").arg(esc(c.sentence().localized())));
        if (m_report.tunnelContrasts().isEmpty())
            put(QStringLiteral("<p>No tunnel did anything the others did not.</p>"));
        QString head = QStringLiteral("<table class=\"tunnels\"><tr><th></th>");
        QString verdicts = QStringLiteral("<tr><td>verdict</td>");
        QString counts = QStringLiteral("<tr><td>critical / warning findings</td>");
        QString urls = QStringLiteral("<tr><td>URL</td>");
        for (const ComparisonReport::TunnelResult &t : tunnels) {
            head += QStringLiteral("<th>%1</th>").arg(esc(t.name));
            verdicts += QStringLiteral("<td class=\"verdict %1\">%1</td>").arg(ComparisonReport::verdictName(t.verdict));
            counts += QStringLiteral("<td class=\"num\">%1 / %2</td>").arg(t.critical).arg(t.warning);
            urls += QStringLiteral("<td><code>%1</code></td>").arg(esc(t.url.toString()));
        }
        put(head + QStringLiteral("</tr>") + verdicts + QStringLiteral("</tr>") + counts + QStringLiteral("</tr>") + urls
            + QStringLiteral("</tr>"));
        for (const Delivery &d : m_report.delivery()) {
            QString row = QStringLiteral("<tr><td><code>%1</code>%2 received / direct received</td>")
                              .arg(esc(d.message), d.identity.isEmpty() ? QString() : QStringLiteral(" as ") + esc(d.identity));
            for (const ComparisonReport::TunnelResult &t : tunnels) {
                const int got = d.paths.value(t.name);
                row += QStringLiteral("<td class=\"num%1\">%2/%3</td>")
                           .arg(got < d.runs ? QStringLiteral(" lost") : QString())
                           .arg(got)
                           .arg(d.runs);
            }
            put(row + QStringLiteral("</tr>"));
        }
        put(QStringLiteral("</table>\n"));
    }

    // Per critical message, in how many runs each path received it.
    void writeDelivery() const
    {
        if (!m_report.tunnelResults().isEmpty())
            return; // in the tunnels' table
        QStringList delivery;
        for (const Delivery &d : m_report.delivery())
            if (d.identity.isEmpty()) // a sweep's delivery is in its own table
                delivery << QStringLiteral("<code>%1</code>: direct %2/%3, tunnel %4/%3")
                                .arg(esc(d.message))
                                .arg(d.paths.value(QStringLiteral("direct")))
                                .arg(d.runs)
                                .arg(d.paths.value(QStringLiteral("tunnel")));
        if (!delivery.isEmpty())
            put(QStringLiteral("<p>Critical messages, runs in which each path received them: %1.</p>")
                    .arg(delivery.join(QStringLiteral("; "))));
    }

    // Reconnects, close codes and latency per path.
    void writeSummary() const
    {
        put(QStringLiteral("<h2>Summary</h2><table><tr><th></th><th class=\"num\">reconnects</th><th>close codes</th><th "
                           "class=\"num\">ping RTT p50 (ms)</th><th class=\"num\">p95</th><th class=\"num\">max</th></tr>"));
        for (bool tunnel : {false, true}) {
            const LatencyStats s = m_report.pingLatency(tunnel);
            QStringList codes;
            const QMap<QString, int> hist = m_report.closeCodes(tunnel);
            for (auto it = hist.begin(); it != hist.end(); ++it)
                codes << QStringLiteral("%1 %2 ×%3")
                             .arg(it.key(), ClosePayload::describe(quint16(it.key().toUInt())))
                             .arg(it.value());
            put(QStringLiteral("<tr><th>%1</th><td class=\"num\">%2</td><td>%3</td><td class=\"num\">%4</td><td "
                               "class=\"num\">%5</td><td class=\"num\">%6</td></tr>")
                    .arg(tunnel ? QStringLiteral("tunnel") : QStringLiteral("direct"))
                    .arg(m_report.reconnects(tunnel))
                    .arg(codes.join(QStringLiteral(", ")).toHtmlEscaped())
                    .arg(s.n ? QString::number(s.p50, 'f', 3) : QStringLiteral("—"),
                         s.n ? QString::number(s.p95, 'f', 3) : QStringLiteral("—"),
                         s.n ? QString::number(s.max, 'f', 3) : QStringLiteral("—")));
        }
        const LatencyStats d = m_report.deltaLatency();
        // A difference of two reaction times: within the jitter it can come out below zero.
        put(QStringLiteral(
                "</table><p>Per matched message, the tunnel path's reaction time minus the direct path's: %1 ms at p50, "
                "%2 ms at p95, over %3 message(s) timed from the same event on both paths.</p>")
                .arg(d.n ? QString::number(d.p50, 'f', 3) : QStringLiteral("—"),
                     d.n ? QString::number(d.p95, 'f', 3) : QStringLiteral("—"))
                .arg(d.n));
    }

    void writeCharts() const
    {
        const QString directColor = QStringLiteral("#1f77b4"), tunnelColor = QStringLiteral("#d62728"),
                      deltaColor = QStringLiteral("#9467bd");
        QStringList codes;
        for (bool tunnel : {false, true})
            for (const QString &code : m_report.closeCodes(tunnel).keys())
                if (!codes.contains(code))
                    codes << code;
        std::sort(codes.begin(), codes.end());
        QList<SvgChart::Series> closeSeries{{QStringLiteral("direct"), directColor, {}, false},
                                            {QStringLiteral("tunnel"), tunnelColor, {}, false}};
        QStringList codeLabels;
        for (const QString &code : codes) {
            codeLabels << QStringLiteral("%1 %2").arg(code, ClosePayload::describe(quint16(code.toUInt())));
            closeSeries[0].points << QPointF(0, m_report.closeCodes(false).value(code));
            closeSeries[1].points << QPointF(0, m_report.closeCodes(true).value(code));
        }
        // The same series the window draws: one computation (ChartData) for both.
        ChartData charts;
        for (std::size_t i = 0; i < m_report.runs().size(); ++i)
            charts.addRun(*m_report.runs()[i], m_report.startedEpochMs(), &m_report.diff(qsizetype(i)),
                          m_report.runs()[i]->tunnelName == m_report.runs().front()->tunnelName);
        const QList<SvgChart::Series> reconnectSeries{{QStringLiteral("direct"), directColor, charts.direct().reconnects, true},
                                                      {QStringLiteral("tunnel"), tunnelColor, charts.tunnel().reconnects, true}};
        using Marker = SvgChart::Marker;
        const QList<SvgChart::Series> latencySeries{
            {QStringLiteral("direct RTT"), directColor, charts.direct().pingRtt, false, Marker::Circle},
            {QStringLiteral("tunnel RTT"), tunnelColor, charts.tunnel().pingRtt, false, Marker::Square},
            {QStringLiteral("tunnel − direct"), deltaColor, charts.delta(), false, Marker::Triangle}};
        put(QStringLiteral("<h2>Charts</h2><div class=\"charts\">"));
        put(SvgChart::bars(QStringLiteral("How connections ended (close codes)"), codeLabels, closeSeries));
        put(SvgChart::plot(QStringLiteral("Reconnects over time"), QStringLiteral("time (s)"), QStringLiteral("reconnects"),
                           reconnectSeries, charts.endSeconds(), true));
        put(SvgChart::plot(QStringLiteral("Latency: ping round trips, and tunnel − direct per message"),
                           QStringLiteral("time (s)"), QStringLiteral("ms"), latencySeries, charts.endSeconds()));
        put(QStringLiteral("</div>\n"));
    }

    // One run: each path's facts, then the received messages side by side.
    void writeRun(std::size_t i) const
    {
        const RunRecord &run = *m_report.runs()[i];
        put(QStringLiteral("<h2 id=\"run%1\">Run %3%4%2</h2><div class=\"facts\">")
                .arg(i)
                .arg(run.interrupted ? QStringLiteral(" <span class=\"interrupted\">(interrupted: shown, not judged)</span>")
                                     : QString())
                .arg(run.index + 1)
                .arg((run.tunnelName.isEmpty() ? QString() : QStringLiteral(" via ") + esc(run.tunnelName))
                     + (run.identity.isEmpty() ? QString() : QStringLiteral(" as ") + esc(run.identity))));
        for (bool tunnel : {false, true})
            writePathCard(run.path(tunnel), tunnel);
        put(QStringLiteral("</div>"));
        writeAlignedRows(i, run);
    }

    void writePathCard(const PathRecord &p, bool tunnel) const
    {
        const HandshakeRecord h = p.firstHandshake();
        const QString proxy = h.proxy.isEmpty() ? QString()
                                                 : QStringLiteral("<div>Proxy: <code>%1</code>: %2</div>")
                                                       .arg(esc(h.proxy),
                                                            h.proxyStatusLine.isEmpty() ? QStringLiteral("no answer")
                                                                                        : esc(QString::fromUtf8(h.proxyStatusLine)));
        put(QStringLiteral("<div class=\"card\"><h3>%1</h3><div><code>%2</code></div>%9<div>Upgrade: %3</div><div>Ended: %4</div>"
                           "<div>Connections: %5 · reconnects: %6 · frames: %7</div>%8</div>")
                .arg(
                    tunnel ? QStringLiteral("Tunnel") : QStringLiteral("Direct"), esc(p.url.toString()),
                    h.ok
                        ? QStringLiteral("%1 in %2 ms").arg(esc(QString::fromLatin1(h.statusLine))).arg(h.durationMs(), 0, 'f', 2)
                        : QStringLiteral("<b>failed</b>: %1").arg(esc(h.error)),
                    !p.controlFramesRecorded ? QStringLiteral("not recorded (a HAR keeps data messages only)")
                        : p.everConnected()  ? esc(closeWords(p.lastClose()))
                                             : QStringLiteral("—"))
                .arg(p.connections.size())
                .arg(p.reconnects())
                .arg(p.frames.count())
                .arg(extensionLine(p)
                     + (h.tlsWarnings.isEmpty() ? QString()
                                                : QStringLiteral("<div class=\"sev warning\">TLS errors ignored: %1</div>")
                                                      .arg(esc(h.tlsWarnings.join(QStringLiteral("; ")))))
                     + promptLines(p, [this](const QString &s) { return esc(s); }))
                .arg(proxy));
    }

    // The aligned rows of run `i`, up to MaxRowsPerRun.
    void writeAlignedRows(std::size_t i, const RunRecord &run) const
    {
        const MessageDiffResult &diff = m_report.diff(qsizetype(i));
        if (diff.rows.empty()) {
            put(QStringLiteral("<p class=\"note\">No messages to align in this run.</p>"));
            return;
        }
        put(QStringLiteral("<h3>Received messages, side by side</h3><table class=\"tl\"><tr><th class=\"num\">#</th><th "
                           "class=\"num\">t (ms)</th><th>direct</th>"
                           "<th>status</th><th class=\"num\">#</th><th class=\"num\">t (ms)</th><th>tunnel</th></tr>\n"));
        int shown = 0;
        for (const AlignedRow &row : diff.rows) {
            if (shown++ >= HtmlReportWriter::MaxRowsPerRun)
                break;
            const QString status = AlignedRow::statusName(row.status);
            const QString statusText = row.hasDelta() ? QStringLiteral("Δ %1 ms").arg(row.deltaMs, 0, 'f', 3) : status;
            put(QStringLiteral("<tr class=\"%1\">%2<td class=\"st\">%3</td>%4</tr>\n")
                    .arg(QString(status).replace(QLatin1Char(' '), QLatin1Char('-')),
                         messageCells(i, run.direct, row.direct, "d", "dir"), statusText,
                         messageCells(i, run.tunnel, row.tunnel, "t", "tun")));
        }
        put(QStringLiteral("</table>"));
        if (diff.rows.size() > std::size_t(HtmlReportWriter::MaxRowsPerRun))
            put(QStringLiteral("<p class=\"note\">%1 more row(s) are in the JSON and CSV reports.</p>")
                    .arg(diff.rows.size() - HtmlReportWriter::MaxRowsPerRun));
    }

    // One path's three cells of an aligned row: its frame number, its time and the message.
    QString messageCells(std::size_t i, const PathRecord &p, qsizetype index, const char *side, const char *cls) const
    {
        if (index < 0)
            return QStringLiteral(
                       "<td class=\"num %1\"></td><td class=\"num %1\"></td><td class=\"%1 gap\">— not received —</td>")
                .arg(QLatin1String(cls));
        const Frame f = p.frames.at(index);
        return QStringLiteral(
                   "<td class=\"num %1\" id=\"r%2-%3-%4\">%4</td><td class=\"num %1\">%5</td><td class=\"%1 pl\">%6</td>")
            .arg(QLatin1String(cls))
            .arg(i)
            .arg(QLatin1String(side))
            .arg(index)
            .arg(ms(f.tUs), messageHtml(f));
    }

    QString messageHtml(const Frame &f) const
    {
        const FramePresenter::Data data = FramePresenter::data(f, m_redactor);
        if (data.base64) {
            // Bytes as a hex dump (offset, hex, ASCII) of the first 256, secrets masked: the
            // first row in the cell, the rest when it is opened.
            const QByteArray bytes = QByteArray::fromBase64(data.text.toLatin1());
            const QString dump = FrameDetail::hexDump(bytes, HexDumpBytes);
            const qsizetype firstRow = dump.indexOf(QLatin1Char('\n'));
            return QStringLiteral(
                       "<details class=\"hex\"><summary>[%1, %2 bytes] <code>%3</code></summary><pre>%4%5</pre></details>")
                .arg(frameTypeName(f.type))
                .arg(f.payload.size())
                .arg(escape(dump.left(firstRow).mid(10)), escape(dump),
                     f.payload.size() > HexDumpBytes
                         ? QStringLiteral("… the first %1 of %2 bytes").arg(HexDumpBytes).arg(f.payload.size())
                         : QString());
        }
        QString text = (f.type == FrameType::Binary ? QStringLiteral("[binary] ") : QString()) + clipped(data.text, 300);
        if (data.text.size() > 300)
            text += QStringLiteral(" (%1 bytes)").arg(f.payload.size());
        return escape(text);
    }

    // What the upgrade agreed to and what compression saved, on a path that compressed.
    QString extensionLine(const PathRecord &p) const
    {
        const QByteArray agreed = WebSocketExtensions::joined(p.firstHandshake().headers);
        const QByteArray offered = WebSocketExtensions::joined(p.firstHandshake().requestHeaders);
        if (agreed.isEmpty() && offered.isEmpty())
            return QString();
        int compressed = 0;
        qint64 wire = 0, whole = 0;
        for (qsizetype i = 0; i < p.frames.count(); ++i) {
            const Frame f = p.frames.at(i);
            if (f.compressedSize >= 0) {
                ++compressed;
                wire += f.compressedSize;
                whole += f.payload.size();
            }
        }
        QString line = agreed.isEmpty()
            ? QStringLiteral("<div>Extensions: offered <code>%1</code>, <b>none agreed</b></div>")
                  .arg(esc(QString::fromLatin1(offered)))
            : QStringLiteral("<div>Extensions: <code>%1</code></div>").arg(esc(QString::fromLatin1(agreed)));
        if (compressed)
            line += QStringLiteral("<div>Compressed: %1 message(s), %2 B on the wire for %3 B</div>")
                        .arg(compressed)
                        .arg(wire)
                        .arg(whole);
        return line;
    }

    void writeProfile() const
    {
        // The profile as played.
        put(QStringLiteral("<h2>Profile as played</h2><pre class=\"pl\">%1</pre>")
                .arg(escape(QString::fromUtf8(
                                QJsonDocument(m_redactor.redact(m_profile.asPlayed())).toJson(QJsonDocument::Indented)))
                         .replace(QStringLiteral("↵"), QStringLiteral("\n"))));
        put(QStringLiteral(
            "<p class=\"meta\">Times are milliseconds since each run started, on one monotonic clock shared by both paths. "
            "Secrets are shown as «redacted:NAME».</p></body></html>\n"));
    }

    const ComparisonReport &m_report;
    const Profile &m_profile;
    const SecretRedactor &m_redactor;
    QIODevice *m_device;
};

} // namespace

void HtmlReportWriter::write(const ComparisonReport &report, QIODevice *device)
{
    HtmlPage(report, device).write();
}

} // namespace tunnelscope
