#include "sequencealigner.h"

#include <algorithm>
#include <unordered_map>

namespace tunnelscope {

SequenceAligner::Pairs SequenceAligner::align(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    SequenceAligner s(a, b);
    s.m_pairs.reserve(std::min(a.size(), b.size()));
    s.region(0, qsizetype(a.size()), 0, qsizetype(b.size()));
    return std::move(s.m_pairs);
}

void SequenceAligner::region(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
{
    // Common head and tail cost nothing to match.
    while (a0 < a1 && b0 < b1 && m_a[a0] == m_b[b0])
        m_pairs.emplace_back(a0++, b0++);
    qsizetype tail = 0;
    while (a1 - tail > a0 && b1 - tail > b0 && m_a[a1 - tail - 1] == m_b[b1 - tail - 1])
        ++tail;
    const qsizetype tailA = a1 - tail, tailB = b1 - tail;
    a1 = tailA;
    b1 = tailB;

    // Exact (Myers) where the region is cheap to solve exactly; anchors where it is not.
    if (a0 < a1 && b0 < b1 && !myers(a0, a1, b0, b1)) {
        // Anchors: hashes that occur exactly once on each side of the region.
        struct Count { qsizetype inA = 0, inB = 0, posA = 0, posB = 0; };
        std::unordered_map<quint64, Count> counts;
        counts.reserve(std::size_t((a1 - a0) + (b1 - b0)));
        for (qsizetype i = a0; i < a1; ++i) {
            Count &c = counts[m_a[i]];
            ++c.inA;
            c.posA = i;
        }
        for (qsizetype j = b0; j < b1; ++j) {
            auto it = counts.find(m_b[j]);
            if (it != counts.end()) {
                ++it->second.inB;
                it->second.posB = j;
            }
        }
        std::vector<std::pair<qsizetype, qsizetype>> unique;
        for (qsizetype i = a0; i < a1; ++i) {
            const Count &c = counts[m_a[i]];
            if (c.inA == 1 && c.inB == 1)
                unique.emplace_back(i, c.posB);
        }
        counts = {};
        if (unique.empty()) {
            greedy(a0, a1, b0, b1);
        } else {
            // Longest increasing subsequence of the anchors' B positions (patience sorting).
            std::vector<qsizetype> tops, topIndex, previous(unique.size(), -1);
            for (qsizetype k = 0; k < qsizetype(unique.size()); ++k) {
                const qsizetype pos = unique[k].second;
                const auto it = std::lower_bound(tops.begin(), tops.end(), pos);
                const qsizetype pile = it - tops.begin();
                if (it == tops.end()) {
                    tops.push_back(pos);
                    topIndex.push_back(k);
                } else {
                    *it = pos;
                    topIndex[pile] = k;
                }
                previous[k] = pile > 0 ? topIndex[pile - 1] : -1;
            }
            std::vector<std::pair<qsizetype, qsizetype>> anchors;
            for (qsizetype k = topIndex.back(); k >= 0; k = previous[k])
                anchors.push_back(unique[k]);
            std::reverse(anchors.begin(), anchors.end());
            qsizetype pa = a0, pb = b0;
            for (const auto &[ai, bi] : anchors) {
                region(pa, ai, pb, bi);
                m_pairs.emplace_back(ai, bi);
                pa = ai + 1;
                pb = bi + 1;
            }
            region(pa, a1, pb, b1);
        }
    }
    for (qsizetype k = 0; k < tail; ++k)
        m_pairs.emplace_back(tailA + k, tailB + k);
}

bool SequenceAligner::myers(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
{
    const qsizetype n = a1 - a0, m = b1 - b0;
    // Myers costs about (n + m) * D: cap the work, so a long region with many differences
    // goes to anchoring instead.
    const qsizetype maxD = std::min({n + m, MaxMyersEdits, MaxMyersWork / (n + m)});
    const qsizetype offset = maxD + 1;
    std::vector<qsizetype> v(std::size_t(2 * offset + 1), 0);
    std::vector<std::vector<qsizetype>> trace;
    for (qsizetype d = 0; d <= maxD; ++d) {
        trace.push_back(v);
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                       : v[offset + k - 1] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && m_a[a0 + x] == m_b[b0 + y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                // Walk back through the trace, collecting the diagonal (matched) moves.
                std::vector<std::pair<qsizetype, qsizetype>> matched;
                qsizetype cx = n, cy = m;
                for (qsizetype dd = d; dd > 0; --dd) {
                    const std::vector<qsizetype> &pv = trace[dd];
                    const qsizetype ck = cx - cy;
                    const bool down = ck == -dd || (ck != dd && pv[offset + ck - 1] < pv[offset + ck + 1]);
                    const qsizetype pk = down ? ck + 1 : ck - 1;
                    const qsizetype px = pv[offset + pk];
                    const qsizetype py = px - pk;
                    while (cx > (down ? px : px + 1) && cy > (down ? py + 1 : py)) {
                        matched.emplace_back(a0 + cx - 1, b0 + cy - 1);
                        --cx;
                        --cy;
                    }
                    cx = px;
                    cy = py;
                }
                while (cx > 0 && cy > 0) {
                    matched.emplace_back(a0 + cx - 1, b0 + cy - 1);
                    --cx;
                    --cy;
                }
                m_pairs.insert(m_pairs.end(), matched.rbegin(), matched.rend());
                return true;
            }
        }
    }
    return false;
}

void SequenceAligner::greedy(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
{
    // In order: each A element takes the next B element with the same hash, if any.
    std::unordered_map<quint64, std::vector<qsizetype>> positions;
    for (qsizetype j = b1 - 1; j >= b0; --j)
        positions[m_b[j]].push_back(j);
    qsizetype lastB = b0 - 1;
    for (qsizetype i = a0; i < a1; ++i) {
        auto it = positions.find(m_a[i]);
        if (it == positions.end())
            continue;
        std::vector<qsizetype> &list = it->second;
        while (!list.empty() && list.back() <= lastB)
            list.pop_back();
        if (list.empty())
            continue;
        lastB = list.back();
        list.pop_back();
        m_pairs.emplace_back(i, lastB);
    }
}

} // namespace tunnelscope
