#pragma once

#include <optional>
#include <stop_token>

#include "finding.h"
#include "messagenormalizer.h"
#include "profile.h"
#include "runrecord.h"

#include <QSet>
#include <cmath>
#include <limits>
#include <vector>

namespace tunnelscope {

// One line of the side-by-side view: a message on either path, or on both when matched.
struct AlignedRow
{
    enum class Status : quint8 { Matched, Missing, Extra, Duplicated, Reordered, Altered, NotComparable };
    Status status = Status::Matched;
    qint32 direct = -1; // frame index on the direct path, -1 for a gap
    qint32 tunnel = -1; // frame index on the tunnel path, -1 for a gap
    float deltaMs = 0;  // matched: tunnel minus direct reaction time; NoDelta when the two
                        // reactions were timed from different events (after a reconnect)

    static constexpr float NoDelta = std::numeric_limits<float>::quiet_NaN();
    bool hasDelta() const { return status == Status::Matched && !std::isnan(deltaMs); }

    static QString statusName(Status s);
};

struct MessageDiffResult
{
    QList<Finding> findings;
    std::vector<AlignedRow> rows;
    std::vector<double> deltasMs; // per matched message
    qsizetype matched = 0;
    qsizetype notComparable = 0; // sent while the other path was not connected yet
};

// Aligns the messages the two paths received in one run and names each difference:
// missing, extra, duplicated, reordered, altered (with how), plus the latency the tunnel adds.
class MessageDiff
{
public:
    explicit MessageDiff(const Profile &profile);

    // Stops early, with what it has, when `stop` is requested (the window closing mid-diff).
    MessageDiffResult compare(const RunRecord &run, std::stop_token stop = {}) const;

    bool isCritical(QByteArrayView payload) const;
    // A short name for a message in a sentence: its JSON "type" (and id), or its first characters.
    static Sentence label(QByteArrayView payload, bool binary);

    // What a finding says about a message, from one parse of it.
    struct Facts
    {
        Sentence label; // how a person names the message; its English is the report's `message`
        bool critical = false;
    };
    Facts facts(QByteArrayView payload, bool binary) const;
    // The critical messages a path received, by name (a JSON message's "type"): what the
    // delivery statistics count per run.
    QSet<QString> criticalReceived(const PathRecord &path) const;

private:
    struct Alignment;
    // The steps of compare(), in order: normalise both paths and align their messages (false
    // when stopped); name the unmatched ones (duplicates, reorders, alterations); set aside what
    // one path got while the other was not connected yet or already closing; write findings
    // and rows.
    bool alignPaths(const RunRecord &run, Alignment *al, MessageDiffResult *result, std::stop_token stop) const;
    static void markDuplicates(Alignment &al, bool (*isDelivered)(AlignedRow::Status));
    static void pairReordered(Alignment &al);
    void pairAlterations(const RunRecord &run, Alignment &al) const;
    struct PartnerSearch; // pairAlterations' search for the message a tunnel message was altered from
    void setAsideStreamEdges(const RunRecord &run, Alignment &al) const;
    // One beat of the stream a message continues, at the end of the pairs: the spacing of the
    // last two paired direct messages with its label (0: no stream both paths have, or critical).
    qint64 streamBeatUs(const RunRecord &run, const Alignment &al, const PathRecord &path, const NormalizedMessage &m,
                        QHash<QString, qint64> *known) const;
    void setAsideStreamEdgesApart(const RunRecord &run, Alignment &al) const;
    QList<Finding> missingFindings(const RunRecord &run, const Alignment &al, qsizetype *notComparable) const;
    QList<Finding> tunnelFindings(const RunRecord &run, const Alignment &al, qsizetype *notComparable) const;
    std::optional<Finding> latencyFinding(const std::vector<double> &deltasMs) const;
    static std::vector<AlignedRow> rowsOf(const Alignment &al);

    struct ComparedPayload;
    // How a tunnel payload relates to a direct one, or empty when it does not.
    QString alteration(const ComparedPayload &direct, const ComparedPayload &tunnel) const;
    QByteArray payloadOf(const PathRecord &path, const NormalizedMessage &m) const;

    const Profile &m_profile;
    MessageNormalizer m_normalizer;
    QList<MessageMatcher> m_critical;
};

} // namespace tunnelscope
