#pragma once

#include "pathrecord.h"

#include <vector>

namespace tunnelscope {

// What one path recorded since the last delta was taken: its new frames, copied (payloads
// packed in one array), and its short lists (connections, reconnects, pings, steps…) as they
// are now. The way a path being recorded on one thread is followed on another: the recording
// thread takes deltas, the other applies them, in order, to a copy of its own.
class PathDelta
{
public:
    // Takes what `path` recorded from frame `*sent` on, and moves `*sent` past it. On the
    // thread that records `path`.
    static PathDelta take(const PathRecord &path, qsizetype *sent);
    // Brings `copy` up to date: appends the frames and replaces the lists. Deltas of one path
    // are applied in the order they were taken, to a copy that started empty.
    void applyTo(PathRecord *copy) const;

    qsizetype frameCount() const { return qsizetype(m_frames.size()); }

private:
    struct FrameHead
    {
        qint64 tUs;
        qsizetype size;
        quint32 fragments;
        quint16 closeCode;
        FrameType type;
        Direction dir;
    };

    QString m_name;
    QUrl m_url;
    std::vector<FrameHead> m_frames;
    QByteArray m_payloads;
    QList<ConnectionRecord> m_connections;
    QList<qint64> m_reconnectsUs;
    QList<PingSample> m_pings;
    QList<StepOutcome> m_steps;
    QList<HttpExchange> m_http;
    QList<PromptRecord> m_prompts;
    int m_heartbeatTimeouts = 0;
    bool m_scriptCompleted = false;
};

} // namespace tunnelscope
