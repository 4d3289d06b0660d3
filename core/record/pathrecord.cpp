#include "pathrecord.h"

#include <algorithm>

namespace tunnelscope {

PathRecord PathRecord::copy() const
{
    PathRecord out;
    out.name = name;
    out.url = url;
    out.frames = frames.copy();
    out.connections = connections;
    out.reconnectsUs = reconnectsUs;
    out.pings = pings;
    out.steps = steps;
    out.http = http;
    out.prompts = prompts;
    out.heartbeatTimeouts = heartbeatTimeouts;
    out.scriptCompleted = scriptCompleted;
    out.controlFramesRecorded = controlFramesRecorded;
    return out;
}

int PathRecord::connectionOf(qsizetype frame) const
{
    const auto after = std::upper_bound(connections.cbegin(), connections.cend(), frame,
                                        [](qsizetype i, const ConnectionRecord &c) { return i < c.firstFrameIndex; });
    return int(std::max<qsizetype>(0, (after - connections.cbegin()) - 1));
}

bool PathRecord::everConnected() const
{
    for (const ConnectionRecord &c : connections)
        if (c.handshake.ok)
            return true;
    return false;
}

HandshakeRecord PathRecord::firstHandshake() const
{
    return connections.isEmpty() ? HandshakeRecord() : connections.first().handshake;
}

CloseRecord PathRecord::lastClose() const
{
    return connections.isEmpty() ? CloseRecord() : connections.last().close;
}

} // namespace tunnelscope
