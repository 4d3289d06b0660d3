#include "loghistogram.h"

#include <algorithm>
#include <cmath>

namespace tunnelscope {

namespace {

constexpr double Smallest = 0.001; // below this magnitude, a value is read as 0
constexpr double BinsPerOctave = 8;

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

int LogHistogram::binOf(double value)
{
    const double magnitude = std::fabs(value);
    if (!(magnitude >= Smallest)) // NaN lands here too
        return 0;
    const double octaves = std::log2(std::min(magnitude, 1e12) / Smallest);
    const int bin = 1 + int(std::floor(octaves * BinsPerOctave));
    return value < 0 ? -bin : bin;
}

double LogHistogram::middleOf(int bin)
{
    if (bin == 0)
        return 0;
    const double magnitude = Smallest * std::exp2((std::abs(bin) - 0.5) / BinsPerOctave);
    return bin < 0 ? -magnitude : magnitude;
}

void LogHistogram::add(double value, quint64 times)
{
    if (times == 0 || std::isnan(value))
        return;
    m_bins[binOf(value)] += times;
    m_min = m_count == 0 ? value : std::min(m_min, value);
    m_max = m_count == 0 ? value : std::max(m_max, value);
    m_count += times;
}

void LogHistogram::merge(const LogHistogram &other)
{
    if (other.m_count == 0)
        return;
    for (const auto &[bin, n] : other.m_bins)
        m_bins[bin] += n;
    m_min = m_count == 0 ? other.m_min : std::min(m_min, other.m_min);
    m_max = m_count == 0 ? other.m_max : std::max(m_max, other.m_max);
    m_count += other.m_count;
}

double LogHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    // The nearest-rank sample: the smallest whose rank reaches q of the count.
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(std::clamp(q, 0.0, 1.0) * double(m_count))));
    quint64 seen = 0;
    for (const auto &[bin, n] : m_bins) {
        seen += n;
        if (seen >= rank)
            return std::clamp(middleOf(bin), m_min, m_max); // never outside what was seen
    }
    return m_max;
}

QJsonObject LogHistogram::json() const
{
    if (m_count == 0)
        return {{QStringLiteral("n"), 0}};
    return {{QStringLiteral("n"), double(m_count)},           {QStringLiteral("p50"), rounded(quantile(0.5))},
            {QStringLiteral("p95"), rounded(quantile(0.95))}, {QStringLiteral("p99"), rounded(quantile(0.99))},
            {QStringLiteral("min"), rounded(m_min)},          {QStringLiteral("max"), rounded(m_max)}};
}

} // namespace tunnelscope
