#include "wilsoninterval.h"

#include <algorithm>
#include <cmath>

namespace tunnelscope {

WilsonInterval WilsonInterval::of(quint64 k, quint64 n, double z)
{
    if (n == 0)
        return {0, 1}; // nothing seen: anything is possible
    const double trials = double(n);
    const double p = double(std::min(k, n)) / trials;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
    const double half = z * std::sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

} // namespace tunnelscope
