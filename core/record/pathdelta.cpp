#include "pathdelta.h"

namespace tunnelscope {

PathDelta PathDelta::take(const PathRecord &path, qsizetype *sent)
{
    PathDelta d;
    d.m_name = path.name;
    d.m_url = path.url;
    const qsizetype end = path.frames.count();
    d.m_frames.reserve(std::size_t(end - *sent));
    qsizetype bytes = 0;
    for (qsizetype i = *sent; i < end; ++i)
        bytes += path.frames.at(i).payload.size();
    d.m_payloads.reserve(bytes);
    for (; *sent < end; ++*sent) {
        const Frame f = path.frames.at(*sent);
        d.m_frames.push_back({f.tUs, f.payload.size(), f.fragments, f.closeCode, f.type, f.dir});
        d.m_payloads.append(f.payload);
    }
    // The lists are implicitly shared: a copy is a reference until the recorder changes them.
    d.m_connections = path.connections;
    d.m_reconnectsUs = path.reconnectsUs;
    d.m_pings = path.pings;
    d.m_steps = path.steps;
    d.m_http = path.http;
    d.m_prompts = path.prompts;
    d.m_heartbeatTimeouts = path.heartbeatTimeouts;
    d.m_scriptCompleted = path.scriptCompleted;
    return d;
}

void PathDelta::applyTo(PathRecord *copy) const
{
    copy->name = m_name;
    copy->url = m_url;
    qsizetype offset = 0;
    for (const FrameHead &h : m_frames) {
        copy->frames.append(h.tUs, h.type, h.dir, QByteArrayView(m_payloads.constData() + offset, h.size), h.fragments,
                            h.closeCode);
        offset += h.size;
    }
    copy->connections = m_connections;
    copy->reconnectsUs = m_reconnectsUs;
    copy->pings = m_pings;
    copy->steps = m_steps;
    copy->http = m_http;
    copy->prompts = m_prompts;
    copy->heartbeatTimeouts = m_heartbeatTimeouts;
    copy->scriptCompleted = m_scriptCompleted;
}

} // namespace tunnelscope
