#pragma once

#include <QJsonObject>
#include <vector>

namespace tunnelscope {

// n, min, p50, p95, p99, max of a set of durations in ms (nearest-rank percentiles).
struct LatencyStats
{
    qsizetype n = 0;
    double min = 0, p50 = 0, p95 = 0, p99 = 0, max = 0;

    static LatencyStats of(std::vector<double> values);
    QJsonObject toJson() const;
};

} // namespace tunnelscope
