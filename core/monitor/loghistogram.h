#pragma once

#include <QJsonObject>
#include <map>

namespace tunnelscope {

// Counts of values (milliseconds, say) in logarithmic bins eight to an octave, each about 9 %
// wide, kept sparse: merging two is adding counts, so a window's percentiles come from its
// minutes' histograms without keeping a single value. A quantile is the geometric middle of
// its bin: within ±4.5 % of the value, exact enough to tell 12 ms from 200 ms over days, and
// the memory is bounded (at most ~400 bins) however many values come. Values below zero (a
// tunnel − direct delta can be) have bins of their own; |v| < 0.001 is one bin, read as 0.
class LogHistogram
{
public:
    void add(double value, quint64 times = 1);
    void merge(const LogHistogram &other);

    quint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    double min() const { return m_min; }
    double max() const { return m_max; }
    // q in [0, 1]; 0 when empty.
    double quantile(double q) const;
    // {"n", "p50", "p95", "p99", "min", "max"}, values rounded to 0.001; {"n": 0} when empty.
    QJsonObject json() const;

    static int binOf(double value);
    static double middleOf(int bin);

private:
    std::map<int, quint64> m_bins;
    quint64 m_count = 0;
    double m_min = 0;
    double m_max = 0;
};

} // namespace tunnelscope
