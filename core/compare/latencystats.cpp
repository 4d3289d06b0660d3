#include "latencystats.h"

#include <algorithm>
#include <cmath>

namespace tunnelscope {

LatencyStats LatencyStats::of(std::vector<double> values)
{
    LatencyStats s;
    s.n = qsizetype(values.size());
    if (values.empty())
        return s;
    // Selection, not a full sort: a million samples cost a few passes.
    auto rank = [&](double q) {
        const auto i = std::min(std::size_t(std::ceil(q * double(values.size()))) - 1, values.size() - 1);
        std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(i), values.end());
        return values[i];
    };
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    s.min = *lo;
    s.max = *hi;
    s.p99 = rank(0.99);
    s.p95 = rank(0.95);
    s.p50 = rank(0.50);
    return s;
}

QJsonObject LatencyStats::toJson() const
{
    QJsonObject o{{QStringLiteral("n"), n}};
    if (n == 0)
        return o;
    auto r = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    o.insert(QStringLiteral("min"), r(min));
    o.insert(QStringLiteral("p50"), r(p50));
    o.insert(QStringLiteral("p95"), r(p95));
    o.insert(QStringLiteral("p99"), r(p99));
    o.insert(QStringLiteral("max"), r(max));
    return o;
}

} // namespace tunnelscope
