#include "watchhtmlreport.h"

#include "comparisonreport.h"
#include "durationtext.h"
#include "finding.h"
#include "htmlreportwriter.h"
#include "language.h"
#include "svgchart.h"
#include "watchdirectory.h"
#include "watchsummary.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tunnelscope {

namespace {

QString esc(const QString &s)
{
    return HtmlReportWriter::escape(s);
}

// The three charts of a profile over the window; x in hours since the window's start.
QString charts(const WatchDirectory &watch, const QString &profile)
{
    const double from = watch.fromSeconds();
    const double hours = (watch.nowSeconds() - from) / 3600.0;
    SvgChart::Series directUp{QStringLiteral("direct"), QStringLiteral("#0b5cad"), {}, false, SvgChart::Marker::Circle};
    SvgChart::Series tunnelUp{QStringLiteral("tunnel"), QStringLiteral("#b3261e"), {}, false, SvgChart::Marker::Square};
    SvgChart::Series p50{QStringLiteral("p50"), QStringLiteral("#0b5cad"), {}, false, SvgChart::Marker::Circle};
    SvgChart::Series p95{QStringLiteral("p95"), QStringLiteral("#a15c00"), {}, false, SvgChart::Marker::Triangle};
    SvgChart::Series broken{QStringLiteral("broken"), QStringLiteral("#b3261e"), {}, false, SvgChart::Marker::Square};
    SvgChart::Series degraded{QStringLiteral("degraded"), QStringLiteral("#a15c00"), {}, false, SvgChart::Marker::Triangle};
    for (const WatchStatistics::Point &p : watch.statistics().series(profile, from, watch.stepSeconds())) {
        const double x = (p.epochSeconds - from) / 3600.0;
        const WatchTally &t = p.tally;
        if (t.runs > 0) {
            directUp.points.append({x, 100.0 * double(t.paths[0].up) / double(t.runs)});
            tunnelUp.points.append({x, 100.0 * double(t.paths[1].up) / double(t.runs)});
        }
        if (!t.paths[1].deltaMs.isEmpty()) {
            p50.points.append({x, t.paths[1].deltaMs.quantile(0.5)});
            p95.points.append({x, t.paths[1].deltaMs.quantile(0.95)});
        }
        broken.points.append({x, double(t.verdicts.value(QStringLiteral("broken")))});
        degraded.points.append({x, double(t.verdicts.value(QStringLiteral("degraded")))});
    }
    const QString xLabel = WatchHtmlReport::tr("hours since %1").arg(WatchSummary::localTime(from));
    return QStringLiteral("<div class=\"charts\">%1%2%3</div>")
        .arg(SvgChart::plot(WatchHtmlReport::tr("Runs up, per path (%)"), xLabel, QStringLiteral("%"), {directUp, tunnelUp},
                            hours),
             SvgChart::plot(WatchHtmlReport::tr("Tunnel − direct per message (ms)"), xLabel, WatchHtmlReport::tr("ms"),
                            {p50, p95}, hours),
             SvgChart::plot(WatchHtmlReport::tr("Runs with findings"), xLabel, WatchHtmlReport::tr("runs", "a chart's unit"),
                            {broken, degraded}, hours, true));
}

QString groupsTable(const WatchSummary &summary)
{
    if (summary.groups().isEmpty())
        return QStringLiteral("<p class=\"note\">%1</p>").arg(WatchHtmlReport::tr("No findings in this window."));
    QString out = QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                      .arg(WatchHtmlReport::tr("severity"), WatchHtmlReport::tr("finding"), WatchHtmlReport::tr("runs affected"),
                           WatchHtmlReport::tr("first seen"), WatchHtmlReport::tr("last seen"));
    for (const WatchStatistics::RankedGroup &g : summary.groups())
        out += QStringLiteral("<tr><td class=\"sev %1\">%2</td><td><code>%3</code> %4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                   .arg(esc(g.info.severity), esc(Finding::severityWord(g.info.severity).localized()), esc(g.info.kind),
                        (g.info.identity.isEmpty() ? QString() : esc(WatchHtmlReport::tr("as %1: ").arg(g.info.identity)))
                            + esc(g.info.summary.localized()),
                        esc(WatchSummary::groupRate(g)), esc(WatchSummary::localTime(g.info.firstSeen)),
                        esc(WatchSummary::localTime(g.info.lastSeen)));
    return out + QStringLiteral("</table>");
}

// Writes the report of each of the profile's worst plays into the runs folder; the list of links.
bool worstPlays(const WatchDirectory &watch, const QString &profile, const QString &folderPath, const QString &folderLink,
                QString *html, QString *error)
{
    const QList<WatchDirectory::Play> plays = watch.worstPlays(profile);
    if (plays.isEmpty())
        return true;
    if (!QDir().mkpath(folderPath)) {
        *error = WatchHtmlReport::tr("%1: cannot create this directory for the worst plays' reports").arg(folderPath);
        return false;
    }
    *html += QStringLiteral("<h3>%1</h3><ul>").arg(WatchHtmlReport::tr("Worst plays"));
    for (const WatchDirectory::Play &play : plays) {
        const QString name = QFileInfo(play.journal).dir().dirName() + QLatin1Char('-')
            + QFileInfo(play.journal).completeBaseName() + QStringLiteral(".html");
        QSaveFile file(folderPath + QLatin1Char('/') + name);
        QString problem;
        const bool written = file.open(QIODevice::WriteOnly)
            && WatchDirectory::withReport(
                                 play.journal, [&](const ComparisonReport &r) { HtmlReportWriter::write(r, &file); }, &problem)
            && file.commit();
        if (!written) {
            *error = problem.isEmpty() ? QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()) : problem;
            return false;
        }
        *html += QStringLiteral("<li><a href=\"%1\">%2</a>: %3 <span class=\"freq\">(%4)</span></li>")
                     .arg(esc(folderLink + QLatin1Char('/') + name), esc(WatchSummary::localTime(play.finishedSeconds)),
                          esc(WatchHtmlReport::tr("%1, %2 critical, %3 warning finding(s)")
                                  .arg(play.verdict)
                                  .arg(play.critical)
                                  .arg(play.warning)),
                          esc(play.journal));
    }
    *html += QStringLiteral("</ul>");
    return true;
}

} // namespace

bool WatchHtmlReport::write(const WatchDirectory &watch, QIODevice *device, const QString &runsFolderPath,
                            const QString &runsFolderLink, QString *error)
{
    const QString window
        = watch.sinceMs() > 0 ? tr("the last %1").arg(DurationText::spoken(watch.sinceMs())) : tr("everything kept");
    const QString title = tr("Tunnelscope watch: %1").arg(watch.directory());
    const QString meta
        = tr("%1 · %2 to %3 · %4 play(s) read")
              .arg(window, WatchSummary::localTime(watch.fromSeconds()), WatchSummary::localTime(watch.nowSeconds()))
              .arg(watch.playsRead());
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%4\"><head><meta charset=\"utf-8\">"
                         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         "<title>%1</title><style>%2</style></head><body>\n"
                         "<h1>%1</h1><div class=\"meta\">%3</div>\n")
              .arg(esc(title), HtmlReportWriter::styleSheet(), esc(meta),
                   QString(Language::current()).replace(QLatin1Char('_'), QLatin1Char('-')));
    for (const QString &profile : watch.statistics().profiles()) {
        const WatchSummary summary(watch.statistics(), profile, 0, watch.nowSeconds());
        html += QStringLiteral("<h2>%1</h2><pre class=\"pl\">%2</pre>%3<h3>%4</h3>%5")
                    .arg(esc(profile), esc(summary.text(window, 0)), charts(watch, profile), tr("Findings, ranked"),
                         groupsTable(summary));
        if (!worstPlays(watch, profile, runsFolderPath, runsFolderLink, &html, error))
            return false;
    }
    for (const WatchDirectory::Unreadable &u : watch.unreadable())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(tr("Left out: %1").arg(u.error)));
    html += QStringLiteral("</body></html>\n");
    device->write(html.toUtf8());
    return true;
}

} // namespace tunnelscope
