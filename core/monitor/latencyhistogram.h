#pragma once

#include "prometheusexposition.h"

#include <QList>

namespace tunnelscope {

// A Prometheus histogram of durations in seconds: counts per upper bound, their sum and
// count. The bounds cover loopback (0.5 ms) to a stalled relay (10 s).
class LatencyHistogram
{
public:
    LatencyHistogram();

    void observe(double seconds);
    // The samples of `name` (`_bucket` cumulative with `le`, `_sum`, `_count`) under `labels`.
    void write(PrometheusExposition *out, const QString &name, const PrometheusExposition::Labels &labels) const;

    quint64 count() const { return m_count; }
    double sum() const { return m_sum; }

    static const QList<double> &bounds();

private:
    QList<quint64> m_counts; // per bound, not cumulative; the last one is +Inf
    double m_sum = 0;
    quint64 m_count = 0;
};

} // namespace tunnelscope
