#include "comparisonreport.h"
#include "runclock.h"

#include "recordedwords.h"
#include "runcomparer.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace tunnelscope {

ComparisonReport::ComparisonReport(const Profile &profile, const std::vector<std::unique_ptr<RunRecord>> &runs,
                                   qint64 startedEpochMs, const QMap<QString, QString> &secrets, std::stop_token stop)
    : m_profile(profile), m_runs(runs), m_startedEpochMs(startedEpochMs),
      m_redactor(SecretRedactor::forSession(profile.asPlayed(), secrets))
{
    const RunComparer comparer(profile);
    bool tunnelEverConnected = false;
    int judged = 0;
    std::vector<double> deltas;
    // With identities swept, a note seen as some of them says which.
    QHash<QString, QSet<QString>> noteIdentities;
    QSet<QString> allIdentities;
    // With several tunnels, a note seen through some of them says which.
    QHash<QString, QSet<QString>> noteTunnels;
    QSet<QString> allTunnels;
    for (const auto &run : runs) {
        m_comparisons.append(comparer.compare(*run, stop));
        if (stop.stop_requested()) {
            m_cancelled = true;
            return;
        }
        if (run->interrupted) {
            // Diffed for its rows, never judged: what was cut short is the tool's doing.
            m_comparisons.last().findings.clear();
            const Sentence interrupted
                = Sentence::translate("ComparisonReport",
                                      "run %1 was interrupted before it ended (a stop, SIGINT/SIGTERM, or a capture cut "
                                      "short): its frames are shown, its differences are not judged and it is left out of "
                                      "the verdict and the statistics")
                      .arg(run->index + 1);
            if (!m_notes.contains(interrupted)) // said once for a run's several tunnels
                m_notes << interrupted;
            continue;
        }
        ++judged;
        for (const Sentence &note : m_comparisons.last().notes) {
            if (!m_notes.contains(note))
                m_notes << note;
            noteIdentities[note.english()].insert(run->identity);
            noteTunnels[note.english()].insert(run->tunnelName);
        }
        allIdentities.insert(run->identity);
        allTunnels.insert(run->tunnelName);
        tunnelEverConnected = tunnelEverConnected || run->tunnel.everConnected();
        const std::vector<double> &d = m_comparisons.last().diff.deltasMs;
        deltas.insert(deltas.end(), d.begin(), d.end());
        for (const Finding &f : m_comparisons.last().findings) {
            if (f.severity == Finding::Severity::Critical)
                m_verdict = Verdict::Broken;
            else if (f.severity == Finding::Severity::Warning && m_verdict == Verdict::Clean)
                m_verdict = Verdict::Degraded;
        }
        if (!run->tunnelName.isEmpty())
            countForTunnel(*run, m_comparisons.last().findings);
    }
    if (judged > 0 && !tunnelEverConnected)
        m_verdict = Verdict::Broken;
    for (Sentence &note : m_notes) {
        const QString seen = note.english(); // the key, before a tag is added
        const QSet<QString> seenThrough = noteTunnels.value(seen);
        if (!seenThrough.isEmpty() && seenThrough != allTunnels) {
            QStringList names(seenThrough.cbegin(), seenThrough.cend());
            names.sort();
            note = Sentence::translate("ComparisonReport", "%1 (through %2)").arg(note, names.join(QStringLiteral(", ")));
        }
        const QSet<QString> seenAs = noteIdentities.value(seen);
        if (seenAs.isEmpty() || seenAs == allIdentities)
            continue;
        QStringList names(seenAs.cbegin(), seenAs.cend());
        names.sort();
        note = Sentence::translate("ComparisonReport", "%1 (in the runs as %2)").arg(note, names.join(QStringLiteral(", ")));
    }
    QList<QList<Finding>> findings;
    QList<bool> judgedRuns;
    QList<std::pair<QSet<QString>, QSet<QString>>> received;
    QStringList identities, tunnels;
    QMap<QString, int> judgedAs, judgedThrough;
    for (qsizetype i = 0; i < m_comparisons.size(); ++i) {
        const RunRecord &run = *runs[std::size_t(i)];
        findings << m_comparisons[i].findings;
        judgedRuns << !run.interrupted;
        received << std::pair{m_comparisons[i].criticalReceived[0], m_comparisons[i].criticalReceived[1]};
        identities << run.identity;
        tunnels << run.tunnelName;
        if (!run.interrupted && !run.identity.isEmpty() && run.tunnelName == runs.front()->tunnelName)
            ++judgedAs[run.identity];
        if (!run.interrupted && !run.tunnelName.isEmpty())
            ++judgedThrough[run.tunnelName];
    }
    m_groups = FindingGroups::group(findings, judgedRuns, identities, tunnels);
    m_delivery = FindingGroups::delivery(received, judgedRuns, identities, tunnels);
    m_identityContrasts = IdentityContrast::of(m_delivery, m_groups, judgedAs);
    m_tunnelContrasts = TunnelContrast::of(m_delivery, m_groups, judgedThrough);
    m_delta = LatencyStats::of(std::move(deltas));

    for (const bool tunnel : {false, true}) {
        if (!(tunnel ? profile.tunnel : profile.direct).ignoreTlsErrors)
            continue;
        QStringList ignored;
        bool secure = false;
        for (const auto &run : runs) {
            const PathRecord &p = run->path(tunnel);
            secure = secure || p.url.scheme() == QLatin1String("wss");
            for (const ConnectionRecord &c : p.connections)
                for (const QString &e : c.handshake.tlsWarnings)
                    if (!ignored.contains(e))
                        ignored << e;
        }
        if (!ignored.isEmpty())
            m_tlsWarnings << (tunnel ? Sentence::translate("ComparisonReport",
                                                           "tunnel path: TLS certificate errors were ignored "
                                                           "(ignore_tls_errors), so the server's identity was not verified: %1")
                                     : Sentence::translate("ComparisonReport",
                                                           "direct path: TLS certificate errors were ignored "
                                                           "(ignore_tls_errors), so the server's identity was not verified: %1"))
                                 .arg(ignored.join(QStringLiteral("; ")));
        else if (secure)
            m_tlsWarnings << (tunnel ? Sentence::translate("ComparisonReport",
                                                           "tunnel path: TLS verification was off "
                                                           "(ignore_tls_errors); no certificate error came "
                                                           "up this time")
                                     : Sentence::translate("ComparisonReport",
                                                           "direct path: TLS verification was off "
                                                           "(ignore_tls_errors); no certificate error came "
                                                           "up this time"));
    }
}

void ComparisonReport::setNotes(const QStringList &notes)
{
    // Said by the session (a proxy, an expired token, a journal's gap) before any run, in the
    // English a journal keeps: read back in the language chosen.
    QList<Sentence> before;
    for (const QString &note : notes)
        before << RecordedWords::read(note);
    m_notes = before + m_notes;
}

QString ComparisonReport::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Clean:
        return QStringLiteral("clean");
    case Verdict::Degraded:
        return QStringLiteral("degraded");
    case Verdict::Broken:
        return QStringLiteral("broken");
    }
    return QString();
}

QMap<QString, int> ComparisonReport::findingCounts() const
{
    QMap<QString, int> counts;
    for (const RunComparison &c : m_comparisons)
        for (const Finding &f : c.findings)
            ++counts[f.kind];
    return counts;
}

QMap<QString, int> ComparisonReport::closeCodes(bool tunnel) const
{
    QMap<QString, int> histogram;
    for (const auto &run : m_runs)
        if (counts(*run, tunnel) && run->path(tunnel).controlFramesRecorded) // a HAR has no closes
            for (const ConnectionRecord &c : run->path(tunnel).connections)
                if (c.handshake.ok)
                    ++histogram[QString::number(c.close.code)];
    return histogram;
}

int ComparisonReport::reconnects(bool tunnel) const
{
    int n = 0;
    for (const auto &run : m_runs)
        if (counts(*run, tunnel))
            n += run->path(tunnel).reconnects();
    return n;
}

LatencyStats ComparisonReport::pingLatency(bool tunnel) const
{
    std::vector<double> values;
    for (const auto &run : m_runs)
        if (counts(*run, tunnel))
            for (const PingSample &p : run->path(tunnel).pings)
                values.push_back(RunClock::toMs(p.rttUs));
    return LatencyStats::of(std::move(values));
}

bool ComparisonReport::counts(const RunRecord &run, bool tunnel) const
{
    // With several tunnels each run's direct path is in every one of its records: once is enough.
    return !run.interrupted && (tunnel || m_runs.empty() || run.tunnelName == m_runs.front()->tunnelName);
}

int ComparisonReport::judgedRuns() const
{
    return int(std::count_if(m_runs.begin(), m_runs.end(), [](const auto &run) { return !run->interrupted; }));
}

void ComparisonReport::countForTunnel(const RunRecord &run, const QList<Finding> &findings)
{
    auto it = std::find_if(m_tunnelResults.begin(), m_tunnelResults.end(),
                           [&run](const TunnelResult &t) { return t.name == run.tunnelName; });
    if (it == m_tunnelResults.end())
        it = m_tunnelResults.insert(m_tunnelResults.end(), TunnelResult{run.tunnelName, run.tunnel.url});
    TunnelResult &t = *it;
    ++t.runs;
    for (const Finding &f : findings) {
        if (f.path == QLatin1String("direct"))
            continue; // the direct path's, not this tunnel's
        (f.severity == Finding::Severity::Critical      ? t.critical
             : f.severity == Finding::Severity::Warning ? t.warning
                                                        : t.info)++;
        if (f.severity == Finding::Severity::Critical)
            t.verdict = Verdict::Broken;
        else if (f.severity == Finding::Severity::Warning && t.verdict == Verdict::Clean)
            t.verdict = Verdict::Degraded;
    }
    if (!run.tunnel.everConnected() && run.direct.everConnected())
        t.verdict = Verdict::Broken;
}

bool ComparisonReport::directEverConnected() const
{
    for (const auto &run : m_runs)
        if (run->direct.everConnected())
            return true;
    return false;
}

int ComparisonReport::exitCode() const
{
    if (!directEverConnected())
        return 3;
    return m_verdict == Verdict::Clean ? 0 : 1;
}

} // namespace tunnelscope
