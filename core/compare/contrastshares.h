#pragma once

#include <algorithm>

namespace tunnelscope {

// What identity and tunnel contrasts share: their shares (one per identity or tunnel, with
// `affected` out of `runs`) name a difference only when one was hit and another spared, and
// are shown most affected first.
namespace ContrastShares {

template<typename Shares> bool someHitSomeSpared(const Shares &shares)
{
    const bool hit = std::any_of(shares.begin(), shares.end(), [](const auto &s) { return s.affected > 0; });
    const bool spared = std::any_of(shares.begin(), shares.end(), [](const auto &s) { return s.affected == 0; });
    return hit && spared;
}

template<typename Shares> void mostAffectedFirst(Shares *shares)
{
    // By share affected, compared without division: a/ra > b/rb.
    std::stable_sort(shares->begin(), shares->end(),
                     [](const auto &a, const auto &b) { return qint64(a.affected) * b.runs > qint64(b.affected) * a.runs; });
}

} // namespace ContrastShares
} // namespace tunnelscope
