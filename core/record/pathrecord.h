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
    qint64 tUs; // when the pong arrived
    qint64 rttUs;
};

// One plain HTTP request a protocol adapter made on the path (ComfyUI's /prompt, /history).
struct HttpExchange
{
    QString method;
    QString target; // path only: a query may carry a token
    qint64 startUs = -1;
    qint64 endUs = -1; // -1: no answer
    int status = 0;    // 0: no HTTP answer
    QByteArray body;   // the answer, at most 64 KiB of it
    QString error;     // plain words when it failed
};

// A ComfyUI prompt followed on one path: queued by the script or announced by the server.
struct PromptRecord
{
    QString id;
    qint64 queuedUs = -1; // -1: not queued by this path's script
    qint64 firstEventUs = -1;
    QString lastEvent; // the type of the last message naming the prompt
    QString outcome;   // execution_success / _error / _interrupted, or empty
    qint64 outcomeUs = -1;
    QString history;       // what GET /history said: success, error, not_found,
                           // unreachable; empty when not asked
    QString historyDetail; // e.g. the output nodes, or why it was unreachable
    qint64 historyUs = -1;
};

// Everything recorded on one path (direct or tunnel) during one run.
struct PathRecord
{
    QString name; // "direct" or "tunnel"
    QUrl url;
    FrameStore frames;
    QList<ConnectionRecord> connections;
    QList<qint64> reconnectsUs; // when each reconnect attempt started
    QList<PingSample> pings;
    QList<StepOutcome> steps;
    QList<HttpExchange> http;
    QList<PromptRecord> prompts;
    int heartbeatTimeouts = 0;
    bool scriptCompleted = false; // every step ran on a live connection
    // False for a browser's capture (HAR): it keeps data messages only, so pings, pongs,
    // closes and violations are not compared with it.
    bool controlFramesRecorded = true;

    int reconnects() const { return int(reconnectsUs.size()); }
    // The same record with a frame store of its own.
    PathRecord copy() const;
    bool everConnected() const;
    // The connection (0-based) a frame came on: the last one that started at or before it.
    int connectionOf(qsizetype frame) const;
    // The first connection's handshake, or an empty record when none was attempted.
    HandshakeRecord firstHandshake() const;
    CloseRecord lastClose() const;
};

} // namespace tunnelscope
