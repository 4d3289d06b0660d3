#include "chartdata.h"
#include "runclock.h"

#include "messagediff.h"
#include "runrecord.h"

namespace tunnelscope {

void ChartData::clear()
{
    *this = ChartData();
}

void ChartData::addRun(const RunRecord &run, qint64 originEpochMs, const MessageDiffResult *diff, bool withDirect)
{
    const double base = double(run.startedEpochMs - originEpochMs) / 1000.0;
    if (withDirect)
        ++m_runs;
    for (bool tunnel : {false, true}) {
        if (!tunnel && !withDirect)
            continue;
        const PathRecord &p = run.path(tunnel);
        PathSeries &s = tunnel ? m_tunnel : m_direct;
        if (!p.frames.isEmpty())
            m_endSeconds = std::max(m_endSeconds, base + double(p.frames.at(p.frames.count() - 1).tUs) / 1e6);
        for (qint64 t : p.reconnectsUs)
            s.reconnects << QPointF(base + double(t) / 1e6, s.reconnects.isEmpty() ? 1 : s.reconnects.last().y() + 1);
        for (const PingSample &ping : p.pings)
            s.pingRtt << QPointF(base + RunClock::toSeconds(ping.tUs), RunClock::toMs(ping.rttUs));
        for (const ConnectionRecord &c : p.connections)
            if (c.handshake.ok)
                ++s.closeCodes[c.close.code];
    }
    if (diff)
        for (const AlignedRow &row : diff->rows)
            if (row.hasDelta())
                m_delta << QPointF(base + RunClock::toSeconds(run.tunnel.frames.at(row.tunnel).tUs), double(row.deltaMs));
}

QList<int> ChartData::closeCodeKeys() const
{
    QList<int> keys = m_direct.closeCodes.keys();
    for (int k : m_tunnel.closeCodes.keys())
        if (!keys.contains(k))
            keys << k;
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace tunnelscope
