#pragma once

#include "finding.h"
#include "messagediff.h"
#include "profile.h"
#include "runrecord.h"

#include <QList>

namespace tunnelscope {

// Everything one run's comparison found: the findings in time order and the message
// alignment they come from.
struct RunComparison
{
    QList<Finding> findings;
    MessageDiffResult diff;
    QList<Sentence> notes;             // what explains the run without being a difference (e.g. a rejected token)
    QSet<QString> criticalReceived[2]; // by path: direct, tunnel
};

// Compares what the two paths of one run saw: the messages (MessageDiff), the control frames
// (ControlFrameComparer), the upgrade, how each connection ended, protocol violations,
// reconnects and heartbeats, and what the server's own records (ComfyUI's /history) say about
// prompts a path never heard the end of.
class RunComparer
{
public:
    explicit RunComparer(const Profile &profile) : m_profile(profile), m_diff(profile) { }

    // Stops early when `stop` is requested; the result is then incomplete and not to be shown.
    RunComparison compare(const RunRecord &run, std::stop_token stop = {}) const;

private:
    void compareHandshakes(const RunRecord &run, QList<Finding> *out) const;
    void compareHandshakeLatency(const RunRecord &run, QList<Finding> *out) const;
    // permessage-deflate: the tunnel's upgrade answer against the direct one for the same offer.
    void compareExtensions(const RunRecord &run, RunComparison *result) const;
    void compareCloses(const RunRecord &run, const MessageDiffResult &diff, QList<Finding> *out) const;
    // `closeAnswers`: the tunnel's answers to a close forwarded as data, told with it.
    void compareViolations(const RunRecord &run, const QList<qint64> &closeAnswers, QList<Finding> *out) const;
    void compareReconnects(const RunRecord &run, QList<Finding> *out) const;
    void noteSharedRejections(const RunRecord &run, QList<Sentence> *notes) const;
    void comparePrompts(const RunRecord &run, RunComparison *result) const;

    const Profile &m_profile;
    MessageDiff m_diff;
};

} // namespace tunnelscope
