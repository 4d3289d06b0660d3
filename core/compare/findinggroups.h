#pragma once

#include "finding.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tunnelscope {

// Findings grouped across runs by kind, message and cause: what a person reads first. The
// same cause with other numbers (a time, a size) is one group; the groups are ranked critical
// first, then by the runs they affect, then by how often they came.
struct FindingGroup
{
    QString kind;
    Finding::Severity severity = Finding::Severity::Warning;
    QString path;
    QString message; // the message it is about; empty for connection-level findings
    QString identity; // the client identity of its runs, when identities are swept
    QString tunnel;   // the tunnel of its runs, with several tunnels
    Sentence summary; // the first occurrence's sentence
    QString cause;   // what its findings share: kind, severity, path and cause without numbers
    QString key;     // the cause, the identity and the tunnel: one group per identity and tunnel
    int count = 0;   // single findings in the group
    int runsAffected = 0;
    int runsTotal = 0;                          // runs judged (as this identity, through this tunnel)
    QList<QPair<qsizetype, qsizetype>> members; // (run, finding) of each single finding

    bool consistent() const { return runsAffected == runsTotal; }
    // "in 3/3 runs" / "in 1 of 20 runs", with how many times when more than once a run.
    Sentence frequency() const;
};

// Per critical message: in how many runs each path received it, out of the runs in which the
// direct path did ("auth_invalid: direct 20/20, tunnel 13/20").
struct Delivery
{
    QString message;
    QString identity; // when identities are swept: the runs played as this one
    int runs = 0;
    QMap<QString, int> paths; // "direct", and "tunnel" or each tunnel's name
};

class FindingGroups
{
public:
    // `findings[r]` are record r's findings, empty for one that was not judged; `identities[r]`
    // the identity it was played as (empty without a sweep), `tunnels[r]` the tunnel it went
    // through (empty with one tunnel): groups are split by identity and tunnel.
    static QList<FindingGroup> group(const QList<QList<Finding>> &findings, const QList<bool> &judged,
                                     const QStringList &identities = {}, const QStringList &tunnels = {});
    // `received[r]` are the critical messages each path of record r received (direct, tunnel).
    // With several tunnels a run has a record per tunnel, the first one's counting the direct path.
    static QList<Delivery> delivery(const QList<std::pair<QSet<QString>, QSet<QString>>> &received, const QList<bool> &judged,
                                    const QStringList &identities = {}, const QStringList &tunnels = {});

private:
    static QString groupKey(const Finding &f);
};

} // namespace tunnelscope
