#pragma once

#include <QList>
#include <QString>

namespace tunnelscope {

// A chart axis with round ticks: a range widened to whole steps of 1, 2 or 5 × 10^k, so
// every label is a short round number (0, 0.5, 1, 1.5 s; 0, 20, 40 ms). The window's charts
// and the HTML report's use the same scale for the same data, so they show the same numbers.
class AxisScale
{
public:
    // The smallest round scale holding [lo, hi] in at most `maxSteps` steps; `whole`: steps of
    // at least 1 (counts). An empty range gets one step.
    static AxisScale fit(double lo, double hi, int maxSteps = 5, bool whole = false);

    double min() const { return m_min; }
    double max() const { return m_max; }
    double step() const { return m_step; }
    // Digits after the point that the step needs (0 for 1, 1 for 0.5, 2 for 0.05).
    int decimals() const { return m_decimals; }
    QList<double> ticks() const;
    QString label(double v) const;

private:
    double m_min = 0;
    double m_max = 1;
    double m_step = 1;
    int m_decimals = 0;
};

} // namespace tunnelscope
