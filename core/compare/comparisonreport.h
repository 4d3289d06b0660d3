#pragma once

#include "finding.h"
#include "findinggroups.h"
#include "identitycontrast.h"
#include "latencystats.h"
#include "profile.h"
#include "runcomparer.h"
#include "runrecord.h"
#include "secretredactor.h"
#include "tunnelcontrast.h"

#include <QMap>
#include <memory>
#include <vector>

namespace tunnelscope {

// The result of playing a profile: the runs, each run's findings and the cross-run summary.
// Every report format is written from this one object, with its redactor.
class ComparisonReport
{
public:
    enum class Verdict { Clean, Degraded, Broken };

    // With several tunnels: each one's own result over its runs.
    struct TunnelResult
    {
        QString name;
        QUrl url;
        int runs = 0; // judged
        int critical = 0, warning = 0, info = 0;
        Verdict verdict = Verdict::Clean;
    };

    // `stop`: the window cancels a comparison it no longer needs (it closes mid-diff); the
    // report is then cancelled() and holds only the runs compared before.
    ComparisonReport(const Profile &profile, const std::vector<std::unique_ptr<RunRecord>> &runs, qint64 startedEpochMs,
                     const QMap<QString, QString> &secrets, std::stop_token stop = {});

    bool cancelled() const { return m_cancelled; }

    const Profile &profile() const { return m_profile; }
    const std::vector<std::unique_ptr<RunRecord>> &runs() const { return m_runs; }
    const QList<Finding> &findings(qsizetype run) const { return m_comparisons[run].findings; }
    const MessageDiffResult &diff(qsizetype run) const { return m_comparisons[run].diff; }
    const SecretRedactor &redactor() const { return m_redactor; }
    qint64 startedEpochMs() const { return m_startedEpochMs; }

    Verdict verdict() const { return m_verdict; }
    // Observations that explain a result without being a difference: from before the runs
    // (ScenarioRunner::notes, added here) and from the runs (a refusal shared by both paths).
    void setNotes(const QStringList &notes);
    const QList<Sentence> &notes() const { return m_notes; }
    // One line per path whose TLS verification the profile turned off (ignore_tls_errors),
    // with the errors it ignored: every report shows them as warnings.
    const QList<Sentence> &tlsWarnings() const { return m_tlsWarnings; }
    static QString verdictName(Verdict v);
    QMap<QString, int> findingCounts() const;
    QMap<QString, int> closeCodes(bool tunnel) const;
    int reconnects(bool tunnel) const;
    LatencyStats pingLatency(bool tunnel) const;
    LatencyStats deltaLatency() const { return m_delta; }
    // The findings of the judged runs grouped by kind, message and cause, ranked.
    const QList<FindingGroup> &groups() const { return m_groups; }
    // Per critical message, in how many runs each path received it.
    const QList<Delivery> &delivery() const { return m_delivery; }
    // With identities swept: where the tunnel treated them differently, most telling first.
    const QList<IdentityContrast> &identityContrasts() const { return m_identityContrasts; }
    // With several tunnels: what some did and the others did not, naming the one at fault.
    const QList<TunnelContrast> &tunnelContrasts() const { return m_tunnelContrasts; }
    // With several tunnels, in the profile's order; empty with one.
    const QList<TunnelResult> &tunnelResults() const { return m_tunnelResults; }
    // Runs that ended on their own: the ones the verdict and the statistics speak for.
    int judgedRuns() const;
    // Whether the direct path completed a handshake in at least one run.
    bool directEverConnected() const;
    // Exit status of `run` per CLI.md: 0 clean, 1 findings, 3 no direct handshake.
    int exitCode() const;

private:
    // Whether a record's path counts in the statistics of the whole report: judged, and for the
    // direct path the run's first record only.
    bool counts(const RunRecord &run, bool tunnel) const;
    // With several tunnels: a judged record's findings into its tunnel's result.
    void countForTunnel(const RunRecord &run, const QList<Finding> &findings);

    const Profile &m_profile;
    bool m_cancelled = false;
    const std::vector<std::unique_ptr<RunRecord>> &m_runs;
    qint64 m_startedEpochMs;
    SecretRedactor m_redactor;
    QList<RunComparison> m_comparisons;
    QList<FindingGroup> m_groups;
    QList<Delivery> m_delivery;
    QList<IdentityContrast> m_identityContrasts;
    QList<TunnelContrast> m_tunnelContrasts;
    QList<TunnelResult> m_tunnelResults;
    Verdict m_verdict = Verdict::Clean;
    LatencyStats m_delta;
    QList<Sentence> m_notes;
    QList<Sentence> m_tlsWarnings;
};

} // namespace tunnelscope
