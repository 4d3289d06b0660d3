#include "axisscale.h"

#include <algorithm>
#include <cmath>

namespace tunnelscope {

namespace {
// The smallest of 1, 2, 5 × 10^k at least `v`.
double roundStep(double v)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (const double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= v * (1 - 1e-9))
            return m * magnitude;
    return 10 * magnitude;
}
} // namespace

AxisScale AxisScale::fit(double lo, double hi, int maxSteps, bool whole)
{
    AxisScale s;
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return s;
    if (lo > hi)
        std::swap(lo, hi);
    maxSteps = std::max(1, maxSteps);
    if (hi - lo <= 1e-12)
        hi = lo + std::max(std::fabs(lo), 1.0); // one value: a range up from it
    const double span = hi - lo;
    s.m_step = roundStep(span / maxSteps);
    if (whole)
        s.m_step = std::max(1.0, std::round(s.m_step));
    // A step too small for the range's rounding: widened until maxSteps hold it.
    for (int guard = 0; guard < 4; ++guard) {
        s.m_min = std::floor(lo / s.m_step + 1e-9) * s.m_step;
        s.m_max = std::ceil(hi / s.m_step - 1e-9) * s.m_step;
        if (s.m_max - s.m_min < s.m_step / 2)
            s.m_max = s.m_min + s.m_step;
        if (std::round((s.m_max - s.m_min) / s.m_step) <= maxSteps)
            break;
        s.m_step = roundStep(s.m_step * 1.5);
    }
    s.m_decimals = s.m_step >= 1 ? 0 : int(std::ceil(-std::log10(s.m_step) - 1e-9));
    return s;
}

QList<double> AxisScale::ticks() const
{
    QList<double> out;
    const int n = int(std::round((m_max - m_min) / m_step));
    for (int i = 0; i <= n; ++i)
        out << m_min + i * m_step;
    return out;
}

QString AxisScale::label(double v) const
{
    // -0 is written 0.
    const QString text = QString::number(v, 'f', m_decimals);
    return text.startsWith(QLatin1Char('-')) && text.toDouble() == 0 ? text.mid(1) : text;
}

} // namespace tunnelscope
