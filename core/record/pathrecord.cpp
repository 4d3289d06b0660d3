#include "pathrecord.h"

namespace tunnelscope {

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
