#pragma once

#include "connectionrecord.h"
#include "framestore.h"

#include <QList>
#include <QString>

namespace tunnelscope {

// What happened to one scripted step on one path.
struct StepOutcome
{
    int step = 0;
    int repetition = 0;
    bool ok = true;
    qint64 tUs = 0;
    QString detail;
};

struct PingSample
{
    qint64 tUs;     // when the pong arrived
    qint64 rttUs;
};

// Everything recorded on one path (direct or tunnel) during one run.
struct PathRecord
{
    QString name;                       // "direct" or "tunnel"
    QUrl url;
    FrameStore frames;
    QList<ConnectionRecord> connections;
    QList<qint64> reconnectsUs;         // when each reconnect attempt started
    QList<PingSample> pings;
    QList<StepOutcome> steps;
    int heartbeatTimeouts = 0;
    bool scriptCompleted = false;       // every step ran on a live connection

    int reconnects() const { return int(reconnectsUs.size()); }
    bool everConnected() const;
    // The first connection's handshake, or an empty record when none was attempted.
    HandshakeRecord firstHandshake() const;
    CloseRecord lastClose() const;
};

} // namespace tunnelscope
