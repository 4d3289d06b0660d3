#include "latencyhistogram.h"

#include <algorithm>
#include <limits>

namespace tunnelscope {

LatencyHistogram::LatencyHistogram() : m_counts(bounds().size() + 1, 0) { }

const QList<double> &LatencyHistogram::bounds()
{
    static const QList<double> b{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    return b;
}

void LatencyHistogram::observe(double seconds)
{
    const QList<double> &b = bounds();
    const auto at = std::lower_bound(b.cbegin(), b.cend(), seconds);
    ++m_counts[at - b.cbegin()];
    m_sum += seconds;
    ++m_count;
}

void LatencyHistogram::write(PrometheusExposition *out, const QString &name, const PrometheusExposition::Labels &labels) const
{
    const QList<double> &b = bounds();
    quint64 cumulative = 0;
    for (qsizetype i = 0; i <= b.size(); ++i) {
        cumulative += m_counts[i];
        PrometheusExposition::Labels withLe = labels;
        withLe.append({QStringLiteral("le"), i < b.size() ? PrometheusExposition::formatValue(b[i]) : QStringLiteral("+Inf")});
        out->sample(name + QLatin1String("_bucket"), withLe, double(cumulative));
    }
    out->sample(name + QLatin1String("_sum"), labels, m_sum);
    out->sample(name + QLatin1String("_count"), labels, double(m_count));
}

} // namespace tunnelscope
