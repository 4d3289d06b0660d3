#pragma once

#include <QList>
#include <QMap>
#include <QPointF>
#include <memory>
#include <vector>

namespace tunnelscope {

struct RunRecord;
struct MessageDiffResult;

// What the charts show, as plain data: independent of the drawing library (Qt Charts in the
// window, SVG in the HTML report). x values are seconds since the first run started.
class ChartData
{
public:
    struct PathSeries
    {
        QList<QPointF> reconnects; // cumulative count over time
        QList<QPointF> pingRtt;    // ms
        QMap<int, int> closeCodes; // how connections ended
    };

    // Adds a finished or live run; `diff` (may be null) adds the per-message deltas.
    // `withDirect` false: the run's direct path is already in (several tunnels share it).
    void addRun(const RunRecord &run, qint64 originEpochMs, const MessageDiffResult *diff, bool withDirect = true);
    void clear();

    const PathSeries &direct() const { return m_direct; }
    const PathSeries &tunnel() const { return m_tunnel; }
    const QList<QPointF> &delta() const { return m_delta; } // tunnel − direct per message, ms
    QList<int> closeCodeKeys() const;
    // Seconds from the first run's start to the last frame recorded: the charts' time axis.
    double endSeconds() const { return m_endSeconds; }
    bool hasRuns() const { return m_runs > 0; }
    bool hasLatency() const { return !m_direct.pingRtt.isEmpty() || !m_tunnel.pingRtt.isEmpty() || !m_delta.isEmpty(); }

private:
    PathSeries m_direct;
    PathSeries m_tunnel;
    QList<QPointF> m_delta;
    double m_endSeconds = 0;
    int m_runs = 0;
};

} // namespace tunnelscope
