#include "sequencealigner.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace tunnelscope {

namespace {

// The keys of a range with their offsets in it, grouped by bucket (the key's top bits):
// bucket k is entries[start[k]] up to entries[start[k + 1]]. Keys travel with their
// positions, so each bucket is then read sequentially.
struct BucketedKeys
{
    struct Entry
    {
        quint64 key;
        quint32 offset;
    };
    std::vector<quint32> start;
    std::vector<Entry> entries;

    static BucketedKeys scatter(const std::vector<quint64> &keys, qsizetype from, qsizetype to, int bits)
    {
        auto bucketOf = [bits](quint64 key) { return bits == 0 ? std::size_t(0) : std::size_t(key >> (64 - bits)); };
        const std::size_t buckets = std::size_t(1) << bits;
        BucketedKeys out;
        out.start.assign(buckets + 1, 0);
        for (qsizetype i = from; i < to; ++i)
            ++out.start[bucketOf(keys[i]) + 1];
        for (std::size_t k = 0; k < buckets; ++k)
            out.start[k + 1] += out.start[k];
        out.entries.resize(static_cast<std::size_t>(to - from));
        std::vector<quint32> fill(out.start.begin(), out.start.end() - 1);
        for (qsizetype i = from; i < to; ++i)
            out.entries[fill[bucketOf(keys[i])]++] = Entry{keys[i], quint32(i - from)};
        return out;
    }
};

// An open-addressing table, sized per bucket so it stays in cache, that counts a key's
// occurrences in each side as one or more than one: all that uniqueness needs.
class UniqueKeyTable
{
public:
    // For every key of bucket k found exactly once in each side, the offset in b of the
    // one in a.
    void pairBucket(const BucketedKeys &a, const BucketedKeys &b, std::size_t k, std::vector<qint32> *partner)
    {
        const quint32 countA = a.start[k + 1] - a.start[k];
        if (countA == 0)
            return;
        std::size_t capacity = 16;
        while (capacity < 2 * std::size_t(countA))
            capacity <<= 1;
        m_mask = capacity - 1;
        m_slots.assign(capacity, Slot());
        for (quint32 e = a.start[k]; e < a.start[k + 1]; ++e) {
            Slot &slot = find(a.entries[e].key);
            slot.key = a.entries[e].key;
            slot.inA = quint8(std::min(2, slot.inA + 1));
        }
        for (quint32 e = b.start[k]; e < b.start[k + 1]; ++e) {
            Slot &slot = find(b.entries[e].key);
            if (slot.inA != 0) {
                slot.inB = quint8(std::min(2, slot.inB + 1));
                slot.posB = qint32(b.entries[e].offset);
            }
        }
        for (quint32 e = a.start[k]; e < a.start[k + 1]; ++e) {
            const Slot &slot = find(a.entries[e].key);
            if (slot.inA == 1 && slot.inB == 1)
                (*partner)[a.entries[e].offset] = slot.posB;
        }
    }

private:
    struct Slot
    {
        quint64 key = 0;
        qint32 posB = 0;
        quint8 inA = 0;
        quint8 inB = 0;
    };

    Slot &find(quint64 key)
    {
        std::size_t at = std::size_t(key) & m_mask;
        while (m_slots[at].inA != 0 && m_slots[at].key != key)
            at = (at + 1) & m_mask;
        return m_slots[at];
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

} // namespace

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

    // Exact (Myers) where the region is short; a long region is cut at anchors first.
    const bool shortRegion = (a1 - a0) + (b1 - b0) <= ShortRegion;
    if (a0 < a1 && b0 < b1 && !(shortRegion && myers(a0, a1, b0, b1))) {
        // Anchors: hashes that occur exactly once on each side of the region.
        const std::vector<std::pair<qsizetype, qsizetype>> unique = uniqueInBoth(a0, a1, b0, b1);
        if (unique.empty()) {
            if (shortRegion || !myers(a0, a1, b0, b1))
                greedy(a0, a1, b0, b1);
        } else {
            // Longest increasing subsequence of the anchors' B positions (patience sorting);
            // usually they are in order already, and then all of them are the answer.
            const bool inOrder
                = std::is_sorted(unique.begin(), unique.end(), [](const auto &x, const auto &y) { return x.second < y.second; });
            std::vector<qsizetype> tops, topIndex, previous(inOrder ? 0 : unique.size(), -1);
            for (qsizetype k = 0; k < (inOrder ? 0 : qsizetype(unique.size())); ++k) {
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
            if (inOrder) {
                anchors = std::move(unique);
            } else {
                for (qsizetype k = topIndex.back(); k >= 0; k = previous[k])
                    anchors.push_back(unique[k]);
                std::reverse(anchors.begin(), anchors.end());
            }
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

std::vector<std::pair<qsizetype, qsizetype>> SequenceAligner::uniqueInBoth(qsizetype a0, qsizetype a1, qsizetype b0,
                                                                           qsizetype b1) const
{
    // Counting in one hash table far larger than the caches makes every lookup a cache miss,
    // so the keys are first scattered into buckets by their top bits (sequential writes), and
    // each bucket is counted in a small table that stays in cache. The hashes are well mixed,
    // so the buckets come out even.
    const qsizetype n = a1 - a0;
    int bits = 0;
    while (bits < 12 && (qsizetype(1) << bits) * 8192 < n)
        ++bits;
    const BucketedKeys inA = BucketedKeys::scatter(m_a, a0, a1, bits);
    const BucketedKeys inB = BucketedKeys::scatter(m_b, b0, b1, bits);
    UniqueKeyTable table;
    std::vector<qint32> partner(static_cast<std::size_t>(n), -1);
    for (std::size_t k = 0; k + 1 < inA.start.size(); ++k)
        table.pairBucket(inA, inB, k, &partner);
    std::vector<std::pair<qsizetype, qsizetype>> unique;
    for (qsizetype i = 0; i < n; ++i)
        if (partner[std::size_t(i)] >= 0)
            unique.emplace_back(a0 + i, b0 + partner[std::size_t(i)]);
    return unique;
}

bool SequenceAligner::myers(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
{
    const qsizetype n = a1 - a0, m = b1 - b0;
    // Myers costs about (n + m) * D: cap the work, so a long region with many differences
    // goes to anchoring instead.
    const qsizetype maxD = std::min({n + m, MaxMyersEdits, MaxMyersWork / (n + m)});
    const qsizetype offset = maxD + 1;
    std::vector<qsizetype> v(std::size_t(2 * offset + 1), 0);
    // The walk back at step d reads only the diagonals step d - 1 reached, -(d - 1)..d - 1:
    // only those are kept (about D^2 in all, not D times the whole of v).
    std::vector<std::vector<qsizetype>> trace;
    auto reached = [&](qsizetype d, qsizetype k) { return trace[std::size_t(d)][std::size_t(k + d - 1)]; };
    for (qsizetype d = 0; d <= maxD; ++d) {
        if (d == 0)
            trace.emplace_back();
        else
            trace.emplace_back(v.begin() + (offset - d + 1), v.begin() + (offset + d));
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x
                = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
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
                    const qsizetype ck = cx - cy;
                    const bool down = ck == -dd || (ck != dd && reached(dd, ck - 1) < reached(dd, ck + 1));
                    const qsizetype pk = down ? ck + 1 : ck - 1;
                    const qsizetype px = reached(dd, pk);
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
