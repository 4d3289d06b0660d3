#include "pairedtimeline.h"

namespace tunnelscope {

PairedTimeline PairedTimeline::build(const RunRecord &run, const MessageDiffResult &diff)
{
    PairedTimeline t;
    const qsizetype nd = run.direct.frames.count(), nt = run.tunnel.frames.count();
    t.m_directRow.assign(std::size_t(nd), -1);
    t.m_tunnelRow.assign(std::size_t(nt), -1);
    std::vector<bool> inDiffD(std::size_t(nd), false), inDiffT(std::size_t(nt), false);
    for (const AlignedRow &r : diff.rows) {
        if (r.direct >= 0)
            inDiffD[std::size_t(r.direct)] = true;
        if (r.tunnel >= 0)
            inDiffT[std::size_t(r.tunnel)] = true;
    }
    t.m_rows.reserve(std::size_t(nd + nt));
    qsizetype nextD = 0, nextT = 0;
    // Frames outside the alignment, up to (not including) `upTo`, each on a row of its own.
    auto flush = [&](qsizetype upToD, qsizetype upToT) {
        // Interleave the two paths' own frames by time, so the rows read as one timeline.
        while (true) {
            // Compared messages already placed are passed over; one not yet placed is a bound.
            while (nextD < nd && inDiffD[std::size_t(nextD)] && t.m_directRow[std::size_t(nextD)] >= 0)
                ++nextD;
            while (nextT < nt && inDiffT[std::size_t(nextT)] && t.m_tunnelRow[std::size_t(nextT)] >= 0)
                ++nextT;
            const bool haveD = nextD < upToD && !inDiffD[std::size_t(nextD)];
            const bool haveT = nextT < upToT && !inDiffT[std::size_t(nextT)];
            if (!haveD && !haveT)
                return;
            // A frame of one path may pair with the other path's next frame of the same type
            // and direction even past the bound, as long as no compared message comes first.
            const bool canD = haveD || (nextD < nd && !inDiffD[std::size_t(nextD)]);
            const bool canT = haveT || (nextT < nt && !inDiffT[std::size_t(nextT)]);
            if (canD && canT) {
                const Frame fd = run.direct.frames.at(nextD), ft = run.tunnel.frames.at(nextT);
                if (fd.type == ft.type && fd.dir == ft.dir) {
                    t.m_directRow[std::size_t(nextD)] = t.m_tunnelRow[std::size_t(nextT)] = qint32(t.m_rows.size());
                    t.m_rows.push_back(Row{qint32(nextD++), qint32(nextT++), AlignedRow::Status::Matched, Kind::Paired, 0});
                    continue;
                }
            }
            const bool takeD = haveD && (!haveT || run.direct.frames.at(nextD).tUs <= run.tunnel.frames.at(nextT).tUs);
            if (takeD) {
                t.m_directRow[std::size_t(nextD)] = qint32(t.m_rows.size());
                t.m_rows.push_back(Row{qint32(nextD++), -1, AlignedRow::Status::Matched, Kind::DirectOnly, 0});
            } else {
                t.m_tunnelRow[std::size_t(nextT)] = qint32(t.m_rows.size());
                t.m_rows.push_back(Row{-1, qint32(nextT++), AlignedRow::Status::Matched, Kind::TunnelOnly, 0});
            }
        }
    };
    for (const AlignedRow &r : diff.rows) {
        flush(r.direct >= 0 ? std::max(nextD, qsizetype(r.direct)) : nextD,
              r.tunnel >= 0 ? std::max(nextT, qsizetype(r.tunnel)) : nextT);
        const qint32 row = qint32(t.m_rows.size());
        if (r.direct >= 0)
            t.m_directRow[std::size_t(r.direct)] = row;
        if (r.tunnel >= 0)
            t.m_tunnelRow[std::size_t(r.tunnel)] = row;
        t.m_rows.push_back(Row{r.direct, r.tunnel, r.status, Kind::Aligned, r.deltaMs});
    }
    flush(nd, nt);
    return t;
}

qsizetype PairedTimeline::rowOf(bool tunnel, qsizetype frame) const
{
    const std::vector<qint32> &map = tunnel ? m_tunnelRow : m_directRow;
    return frame >= 0 && frame < qsizetype(map.size()) ? map[std::size_t(frame)] : -1;
}

} // namespace tunnelscope
