#pragma once

#include "pathrecord.h"
#include "runclock.h"

namespace tunnelscope {

// One run of the scenario: both paths, stamped on one clock.
struct RunRecord
{
    int index = 0;
    qint64 startedEpochMs = 0;
    // Cut short (a stop, SIGINT/SIGTERM, or a capture that ended in a crash): shown as such,
    // never judged: its findings are not the tunnel's doing.
    bool interrupted = false;
    // The client identity this run was played as (profile `identities`); empty without a sweep.
    QString identity;
    // With several tunnels (profile `tunnels`): which one this record's tunnel path went
    // through. Each tunnel of a run has its record, the direct path copied into each.
    QString tunnelName;
    // Both paths were stamped on one clock in one session. False when two captures made apart
    // are compared (`compare`): their timing says nothing about a tunnel and is not judged.
    bool sharedClock = true;
    PathRecord direct;
    PathRecord tunnel;

    const PathRecord &path(bool tunnelPath) const { return tunnelPath ? tunnel : direct; }
};

} // namespace tunnelscope
