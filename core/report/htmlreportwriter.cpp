#include "htmlreportwriter.h"
#include "runclock.h"

#include "chartdata.h"
#include "closepayload.h"
#include "comparisonreport.h"
#include "framedetail.h"
#include "framepresenter.h"
#include "language.h"
#include "recordedwords.h"
#include "svgchart.h"
#include "utf8.h"
#include "websocketextensions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>

namespace tunnelscope {

namespace {
// How much of a binary frame the report dumps in hex; the JSON report has it all.
constexpr qsizetype HexDumpBytes = 256;

// The ComfyUI prompts a path followed, and what /history said of those it never heard end.
template<typename Escape> QString promptLines(const PathRecord &p, const Escape &esc)
{
    QString out;
    for (const PromptRecord &x : p.prompts) {
        const QString outcome = !x.outcome.isEmpty() ? esc(x.outcome)
            : x.lastEvent.isEmpty()
            ? QCoreApplication::translate("HtmlReport", "<b>no end heard</b> (no message came)")
            : QCoreApplication::translate("HtmlReport", "<b>no end heard</b> (last: %1)").arg(esc(x.lastEvent));
        out += QCoreApplication::translate("HtmlReport", "<div>Prompt <code>%1</code>: %2%3</div>")
                   .arg(esc(x.id), outcome, x.history.isEmpty() ? QString() : QStringLiteral(" · %1").arg(esc(x.historyDetail)));
    }
    return out;
}
} // namespace

namespace {

const char *Css = R"CSS(
:root{--bg:#fff;--fg:#1d232a;--mut:#5b6570;--line:#d9dee3;--card:#f6f8fa;--crit:#b3261e;--warn:#a15c00;--info:#0b5cad;--ok:#1b7f3b;--gap:#fdecea;--alt:#fff4e0}
@media (prefers-color-scheme:dark){:root{--bg:#15191d;--fg:#e6e9ec;--mut:#9aa4ae;--line:#2f363d;--card:#1d2328;--crit:#ff8a80;--warn:#ffb74d;--info:#82b1ff;--ok:#81c784;--gap:#3a2121;--alt:#3a3020}}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;background:var(--bg);color:var(--fg);margin:0 auto;max-width:1400px;padding:16px 24px}
h1{font-size:22px;margin:4px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
.meta{color:var(--mut)}.banner{border-radius:8px;padding:14px 18px;margin:14px 0;color:#fff;font-size:18px}
.banner.clean{background:#1b7f3b}.banner.degraded{background:#a15c00}.banner.broken{background:#b3261e}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--card);font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td code{white-space:nowrap}.sev{font-weight:700;text-transform:uppercase;font-size:12px}.sev.critical{color:var(--crit)}.sev.warning{color:var(--warn)}.sev.info{color:var(--info)}
code,.pl{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;font-size:12px;white-space:pre-wrap;word-break:break-all}
.tl td{font-size:12px}.tl .missing td.tun,.tl .missing td.st{background:var(--gap)}.tl .extra td.dir,.tl .duplicated td.dir{background:var(--gap)}
.tl .altered td,.tl .reordered td{background:var(--alt)}.tl .gap{color:var(--mut);font-style:italic}.st{white-space:nowrap}
.charts{display:flex;flex-wrap:wrap;gap:12px}.chart{background:var(--card);border-radius:6px}.chart text{fill:var(--fg);font:11px system-ui,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
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
        return RecordedWords::read(c.tcpEnd).localized(); // never ended while it was recorded: no code is made up
    if (!c.frameReceived)
        return QCoreApplication::translate("HtmlReport", "1006 — no close frame (%1)")
            .arg(RecordedWords::read(c.tcpEnd).localized());
    const QString reason = c.reason.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(decodeUtf8(c.reason));
    const QString meaning = ClosePayload::meaning(c.code).localized();
    switch (c.initiatedBy) {
    case CloseRecord::Initiator::Client:
        return QCoreApplication::translate("HtmlReport", "%1 %2%3, client initiated")
            .arg(QString::number(c.code), meaning, reason);
    case CloseRecord::Initiator::Server:
        return QCoreApplication::translate("HtmlReport", "%1 %2%3, server initiated")
            .arg(QString::number(c.code), meaning, reason);
    default:
        break;
    }
    return QStringLiteral("%1 %2%3").arg(QString::number(c.code), meaning, reason);
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
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

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
    static QString severityWord(Finding::Severity s) { return Finding::severityWord(s).localized(); }

    // The document's head, the title, the verdict, TLS warnings and notes.
    void writeHeader() const
    {
        put(QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"%3\"><head><meta charset=\"utf-8\">"
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                "img-src data:\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>%1</title><style>%2</style></head><body>\n")
                .arg(tr("Tunnelscope report: %1").arg(esc(m_profile.name)), QString::fromUtf8(Css),
                     QString(Language::current()).replace(QLatin1Char('_'), QLatin1Char('-'))));

        // Header and verdict.
        const QString verdict = ComparisonReport::verdictName(m_report.verdict());
        int counts[3] = {0, 0, 0};
        for (std::size_t i = 0; i < m_report.runs().size(); ++i)
            for (const Finding &f : m_report.findings(qsizetype(i)))
                ++counts[int(f.severity)];
        // The start in the reader's locale, with the ISO form (what the JSON has) in the markup.
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(m_report.startedEpochMs());
        put(QStringLiteral("<h1>%1</h1><div class=\"meta\">%2 · %3 · Tunnelscope %4 · %5</div>")
                .arg(tr("Tunnelscope report: %1").arg(esc(m_profile.name)), esc(m_profile.descriptionToRead()),
                     tr("started %1")
                         .arg(QStringLiteral("<time datetime=\"%1\">%2</time>")
                                  .arg(started.toString(Qt::ISODateWithMs),
                                       QLocale(Language::current()).toString(started, QLocale::LongFormat))),
                     QStringLiteral(TUNNELSCOPE_VERSION), tr("%n run(s)", nullptr, int(m_report.runs().size()))));
        put(QStringLiteral("<div class=\"banner %1\" id=\"verdict\">%2%3</div>\n")
                .arg(verdict,
                     tr("Verdict: <b>%1</b> — %2 critical, %3 warning, %4 info finding(s)")
                         .arg(verdict.toUpper())
                         .arg(counts[2])
                         .arg(counts[1])
                         .arg(counts[0]),
                     m_report.directEverConnected() ? QString() : tr(" — the direct path never completed a handshake")));

        for (const Sentence &warning : m_report.tlsWarnings())
            put(QStringLiteral("<p class=\"sev warning tls\">%1</p>").arg(tr("Warning: %1").arg(esc(warning.localized()))));
        for (const Sentence &note : m_report.notes())
            put(QStringLiteral("<p class=\"note\">%1</p>").arg(tr("Note: %1").arg(esc(note.localized())))); // a fact, not a fault
    }

    void writeFindings() const
    {
        // Findings, grouped across runs as the terminal shows them: each group expands to its
        // single findings, each with links to its frames.
        put(QStringLiteral("<h2>%1</h2>").arg(tr("Findings")));
        if (m_report.groups().isEmpty())
            put(QStringLiteral("<p>%1</p>").arg(tr("No findings: the tunnel delivered what the direct path received.")));
        int listed = 0, total = 0;
        for (const FindingGroup &g : m_report.groups()) {
            const QString sev = Finding::severityName(g.severity);
            const QString sevWord = severityWord(g.severity);
            const QString columns = QStringLiteral("<tr><th class=\"num\">%1</th><th class=\"num\">%2</th><th>%3</th><th>%4</th>"
                                                   "<th>%5</th></tr>")
                                        .arg(tr("run"), tr("t (ms)"), tr("what happened"), tr("direct"), tr("tunnel"));
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
                    "<details class=\"group %2\"%1><summary><span class=\"sev %2\">%7</span> <code>%3</code> %4%5</summary>\n"
                    "<table>%8\n%6</table></details>\n")
                    .arg(g.severity == Finding::Severity::Critical ? QStringLiteral(" open") : QString(), sev, g.kind,
                         (g.tunnel.isEmpty()
                              ? QString()
                              : QStringLiteral("<span class=\"as\">%1</span> ").arg(tr("via %1").arg(esc(g.tunnel))))
                             + (g.identity.isEmpty()
                                    ? QString()
                                    : QStringLiteral("<span class=\"as\">%1</span> ").arg(tr("as %1").arg(esc(g.identity))))
                             + esc(g.summary.localized()),
                         counted ? QStringLiteral(" <span class=\"freq\">[%1]</span>").arg(esc(g.frequency().localized()))
                                 : QString(),
                         rows, sevWord, columns));
        }
        if (total > listed)
            put(QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(tr("%n more single finding(s) are in the JSON report.", nullptr, total - listed)));
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
        put(QStringLiteral("<h2>%1</h2>").arg(tr("Client identities")));
        for (const IdentityContrast &c : m_report.identityContrasts())
            put(QStringLiteral("<p class=\"contrast\">%1</p>").arg(esc(c.sentence().localized())));
        if (m_report.identityContrasts().isEmpty())
            put(QStringLiteral("<p>%1</p>").arg(tr("The tunnel treated every identity alike.")));
        QMap<QString, QMap<QString, const Delivery *>> byMessage;
        for (const Delivery &d : m_report.delivery())
            byMessage[d.message][d.identity] = &d;
        if (byMessage.isEmpty())
            return;
        QString head = QStringLiteral("<tr><th>%1</th>").arg(tr("critical message: tunnel received / direct received"));
        for (const QString &identity : identities)
            head += QStringLiteral("<th class=\"num\">%1</th>").arg(tr("as %1").arg(esc(identity)));
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
        put(QStringLiteral("<h2>%1</h2>").arg(tr("Tunnels")));
        for (const TunnelContrast &c : m_report.tunnelContrasts())
            put(QStringLiteral("<p class=\"contrast\">%1</p>").arg(esc(c.sentence().localized())));
        if (m_report.tunnelContrasts().isEmpty())
            put(QStringLiteral("<p>%1</p>").arg(tr("No tunnel did anything the others did not.")));
        QString head = QStringLiteral("<table class=\"tunnels\"><tr><th></th>");
        QString verdicts = QStringLiteral("<tr><td>%1</td>").arg(tr("verdict"));
        QString counts = QStringLiteral("<tr><td>%1</td>").arg(tr("critical / warning findings"));
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
            QString row = QStringLiteral("<tr><td><code>%1</code>%2</td>")
                              .arg(esc(d.message),
                                   d.identity.isEmpty() ? tr(" received / direct received")
                                                        : tr(" as %1 received / direct received").arg(esc(d.identity)));
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
                delivery << tr("<code>%1</code>: direct %2/%3, tunnel %4/%3") // one pass: the name is the server's
                                .arg(esc(d.message), QString::number(d.paths.value(QStringLiteral("direct"))),
                                     QString::number(d.runs), QString::number(d.paths.value(QStringLiteral("tunnel"))));
        if (!delivery.isEmpty())
            put(QStringLiteral("<p>%1</p>")
                    .arg(tr("Critical messages, runs in which each path received them: %1.").arg(delivery.join(tr("; ")))));
    }

    // Reconnects, close codes and latency per path.
    void writeSummary() const
    {
        put(QStringLiteral("<h2>%1</h2><table><tr><th></th><th class=\"num\">%2</th><th>%3</th><th "
                           "class=\"num\">%4</th><th class=\"num\">p95</th><th class=\"num\">%5</th></tr>")
                .arg(tr("Summary"), tr("reconnects"), tr("close codes"), tr("ping RTT p50 (ms)"), tr("max")));
        for (bool tunnel : {false, true}) {
            const LatencyStats s = m_report.pingLatency(tunnel);
            QStringList codes;
            const QMap<QString, int> hist = m_report.closeCodes(tunnel);
            for (auto it = hist.begin(); it != hist.end(); ++it)
                codes << QStringLiteral("%1 %2 ×%3")
                             .arg(it.key(), ClosePayload::meaning(quint16(it.key().toUInt())).localized())
                             .arg(it.value());
            put(QStringLiteral("<tr><th>%1</th><td class=\"num\">%2</td><td>%3</td><td class=\"num\">%4</td><td "
                               "class=\"num\">%5</td><td class=\"num\">%6</td></tr>")
                    .arg(tunnel ? tr("tunnel") : tr("direct"))
                    .arg(m_report.reconnects(tunnel))
                    .arg(codes.join(QStringLiteral(", ")).toHtmlEscaped())
                    .arg(s.n ? QString::number(s.p50, 'f', 3) : QStringLiteral("—"),
                         s.n ? QString::number(s.p95, 'f', 3) : QStringLiteral("—"),
                         s.n ? QString::number(s.max, 'f', 3) : QStringLiteral("—")));
        }
        const LatencyStats d = m_report.deltaLatency();
        // A difference of two reaction times: within the jitter it can come out below zero.
        put(QStringLiteral("</table><p>%1</p>")
                .arg(tr("Per matched message, the tunnel path's reaction time minus the direct path's: %1 ms at p50, "
                        "%2 ms at p95, over %n message(s) timed from the same event on both paths.",
                        nullptr, int(d.n))
                         .arg(d.n ? QString::number(d.p50, 'f', 3) : QStringLiteral("—"),
                              d.n ? QString::number(d.p95, 'f', 3) : QStringLiteral("—"))));
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
        QList<SvgChart::Series> closeSeries{{tr("direct"), directColor, {}, false}, {tr("tunnel"), tunnelColor, {}, false}};
        QStringList codeLabels;
        for (const QString &code : codes) {
            codeLabels << QStringLiteral("%1 %2").arg(code, ClosePayload::meaning(quint16(code.toUInt())).localized());
            closeSeries[0].points << QPointF(0, m_report.closeCodes(false).value(code));
            closeSeries[1].points << QPointF(0, m_report.closeCodes(true).value(code));
        }
        // The same series the window draws: one computation (ChartData) for both.
        ChartData charts;
        for (std::size_t i = 0; i < m_report.runs().size(); ++i)
            charts.addRun(*m_report.runs()[i], m_report.startedEpochMs(), &m_report.diff(qsizetype(i)),
                          m_report.runs()[i]->tunnelName == m_report.runs().front()->tunnelName);
        const QList<SvgChart::Series> reconnectSeries{{tr("direct"), directColor, charts.direct().reconnects, true},
                                                      {tr("tunnel"), tunnelColor, charts.tunnel().reconnects, true}};
        using Marker = SvgChart::Marker;
        const QList<SvgChart::Series> latencySeries{
            {tr("direct RTT"), directColor, charts.direct().pingRtt, false, Marker::Circle},
            {tr("tunnel RTT"), tunnelColor, charts.tunnel().pingRtt, false, Marker::Square},
            {tr("tunnel − direct"), deltaColor, charts.delta(), false, Marker::Triangle}};
        put(QStringLiteral("<h2>%1</h2><div class=\"charts\">").arg(tr("Charts")));
        put(SvgChart::bars(tr("How connections ended (close codes)"), codeLabels, closeSeries));
        put(SvgChart::plot(tr("Reconnects over time"), tr("time (s)"), tr("reconnects"), reconnectSeries, charts.endSeconds(),
                           true));
        put(SvgChart::plot(tr("Latency: ping round trips, and tunnel − direct per message"), tr("time (s)"), tr("ms"),
                           latencySeries, charts.endSeconds()));
        put(QStringLiteral("</div>\n"));
    }

    // One run: each path's facts, then the received messages side by side.
    void writeRun(std::size_t i) const
    {
        const RunRecord &run = *m_report.runs()[i];
        const QString as = (run.tunnelName.isEmpty() ? QString() : QLatin1Char(' ') + tr("via %1").arg(esc(run.tunnelName)))
            + (run.identity.isEmpty() ? QString() : QLatin1Char(' ') + tr("as %1").arg(esc(run.identity)));
        put(QStringLiteral("<h2 id=\"run%1\">%2%3</h2><div class=\"facts\">")
                .arg(QString::number(i), tr("Run %1%2").arg(QString::number(run.index + 1), as),
                     run.interrupted
                         ? QStringLiteral(" <span class=\"interrupted\">%1</span>").arg(tr("(interrupted: shown, not judged)"))
                         : QString()));
        for (bool tunnel : {false, true})
            writePathCard(run.path(tunnel), tunnel);
        put(QStringLiteral("</div>"));
        writeAlignedRows(i, run);
    }

    void writePathCard(const PathRecord &p, bool tunnel) const
    {
        const HandshakeRecord h = p.firstHandshake();
        const QString proxy = h.proxy.isEmpty()
            ? QString()
            : QStringLiteral("<div>%1</div>")
                  .arg(tr("Proxy: <code>%1</code>: %2")
                           .arg(esc(h.proxy),
                                h.proxyStatusLine.isEmpty() ? tr("no answer") : esc(QString::fromUtf8(h.proxyStatusLine))));
        const QString upgrade = h.ok
            ? tr("%1 in %2 ms").arg(esc(QString::fromLatin1(h.statusLine)), QString::number(h.durationMs(), 'f', 2))
            : tr("<b>failed</b>: %1").arg(esc(RecordedWords::read(h.error).localized()));
        const QString ended = !p.controlFramesRecorded ? tr("not recorded (a HAR keeps data messages only)")
            : p.everConnected()                        ? esc(closeWords(p.lastClose()))
                                                       : QStringLiteral("—");
        const QString tls = h.tlsWarnings.isEmpty()
            ? QString()
            : QStringLiteral("<div class=\"sev warning\">%1</div>")
                  .arg(tr("TLS errors ignored: %1").arg(esc(h.tlsWarnings.join(QStringLiteral("; ")))));
        put(QStringLiteral(
                "<div class=\"card\"><h3>%1</h3><div><code>%2</code></div>%3<div>%4</div><div>%5</div><div>%6</div>%7</div>")
                .arg(tunnel ? tr("Tunnel") : tr("Direct"), esc(p.url.toString()), proxy, tr("Upgrade: %1").arg(upgrade),
                     tr("Ended: %1").arg(ended),
                     tr("Connections: %1 · reconnects: %2 · frames: %3")
                         .arg(QString::number(p.connections.size()), QString::number(p.reconnects()),
                              QString::number(p.frames.count())),
                     extensionLine(p) + tls + promptLines(p, [this](const QString &s) { return esc(s); })));
    }

    // The aligned rows of run `i`, up to MaxRowsPerRun.
    void writeAlignedRows(std::size_t i, const RunRecord &run) const
    {
        const MessageDiffResult &diff = m_report.diff(qsizetype(i));
        if (diff.rows.empty()) {
            put(QStringLiteral("<p class=\"note\">%1</p>").arg(tr("No messages to align in this run.")));
            return;
        }
        put(QStringLiteral("<h3>%1</h3><table class=\"tl\"><tr><th class=\"num\">#</th><th class=\"num\">%2</th><th>%3</th>"
                           "<th>%4</th><th class=\"num\">#</th><th class=\"num\">%2</th><th>%5</th></tr>\n")
                .arg(tr("Received messages, side by side"), tr("t (ms)"), tr("direct"), tr("status"), tr("tunnel")));
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
            put(QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(tr("%n more row(s) are in the JSON and CSV reports.", nullptr,
                            int(diff.rows.size() - HtmlReportWriter::MaxRowsPerRun))));
    }

    // One path's three cells of an aligned row: its frame number, its time and the message.
    QString messageCells(std::size_t i, const PathRecord &p, qsizetype index, const char *side, const char *cls) const
    {
        if (index < 0)
            return QStringLiteral("<td class=\"num %1\"></td><td class=\"num %1\"></td><td class=\"%1 gap\">%2</td>")
                .arg(QLatin1String(cls), tr("— not received —"));
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
            return QStringLiteral("<details class=\"hex\"><summary>[%1] <code>%2</code></summary><pre>%3%4</pre></details>")
                .arg(tr("%1, %2 bytes").arg(frameTypeName(f.type)).arg(f.payload.size()), escape(dump.left(firstRow).mid(10)),
                     escape(dump),
                     f.payload.size() > HexDumpBytes ? tr("… the first %1 of %2 bytes").arg(HexDumpBytes).arg(f.payload.size())
                                                     : QString());
        }
        QString text = (f.type == FrameType::Binary ? tr("[binary] ") : QString()) + clipped(data.text, 300);
        if (data.text.size() > 300)
            text += tr(" (%1 bytes)").arg(f.payload.size());
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
            ? tr("<div>Extensions: offered <code>%1</code>, <b>none agreed</b></div>").arg(esc(QString::fromLatin1(offered)))
            : tr("<div>Extensions: <code>%1</code></div>").arg(esc(QString::fromLatin1(agreed)));
        if (compressed)
            line += tr("<div>Compressed: %1 message(s), %2 B on the wire for %3 B</div>").arg(compressed).arg(wire).arg(whole);
        return line;
    }

    void writeProfile() const
    {
        // The profile as played.
        put(QStringLiteral("<h2>%2</h2><pre class=\"pl\">%1</pre>")
                .arg(escape(QString::fromUtf8(
                                QJsonDocument(m_redactor.redact(m_profile.asPlayed())).toJson(QJsonDocument::Indented)))
                         .replace(QStringLiteral("↵"), QStringLiteral("\n")),
                     tr("Profile as played")));
        put(QStringLiteral("<p class=\"meta\">%1</p></body></html>\n")
                .arg(tr("Times are milliseconds since each run started, on one monotonic clock shared by both paths. "
                        "Secrets are shown as «redacted:NAME».")));
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
