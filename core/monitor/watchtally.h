#pragma once

#include "loghistogram.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace tunnelscope {

class ComparisonReport;
struct PathRecord;
struct Finding;

// What a stretch of watching adds up to: one play's, a minute's, an hour's or a whole watch's
// runs, verdicts, per-path success, latencies, closes, reconnects, deliveries and finding
// groups. Tallies merge by addition, so windows are built from their minutes.
struct WatchTally
{
    struct PathTally
    {
        quint64 up = 0; // runs in which the path completed its upgrade and every step
        LogHistogram handshakeMs;
        LogHistogram pingRttMs;
        LogHistogram deltaMs;          // the tunnel's arrival minus the direct path's, per matched message
        QMap<QString, quint64> closes; // by close code label (WatchTally::closeCodeLabel)
        quint64 reconnects = 0;
        QMap<QString, quint64> delivered; // by critical message (and identity): runs in which this path received it
    };
    struct GroupTally
    {
        quint64 runs = 0;  // runs with at least one of its findings
        quint64 count = 0; // its findings
    };

    quint64 plays = 0;
    quint64 runs = 0;                  // judged runs; interrupted ones are left out
    QMap<QString, quint64> verdicts;   // runs by verdict: clean, degraded, broken
    QMap<QString, quint64> runsAs;     // judged runs by client identity, when identities are swept
    PathTally paths[2];                // direct, tunnel
    // By critical message, "auth_invalid as ios-app" when identities are swept: runs in which
    // the direct path saw it.
    QMap<QString, quint64> expected;
    QHash<QString, GroupTally> groups; // by FindingGroup::key

    void merge(const WatchTally &other);
    // One play: the judged runs of `report`.
    static WatchTally ofReport(const ComparisonReport &report);

    // A run's verdict from its findings: broken with a critical one, degraded with a warning.
    static QString runVerdict(const QList<Finding> &findings);
    // Up: the upgrade completed and every step of the script succeeded. Not "still connected at
    // the end": a server that closes by design (Home Assistant after auth_invalid) is up.
    static bool pathUp(const PathRecord &record);
    // A hostile server picks the code: 1000–4999 as they are, anything else "invalid".
    static QString closeCodeLabel(int code);
};

} // namespace tunnelscope
