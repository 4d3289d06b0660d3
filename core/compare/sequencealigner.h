#pragma once

#include <QtGlobal>
#include <utility>
#include <vector>

namespace tunnelscope {

// Aligns two sequences of message hashes: returns the matched index pairs, increasing on both
// sides. A region is solved exactly with Myers' O(ND) algorithm when that is cheap (short, or
// few differences); a long region with many differences is first cut at elements unique to
// both sides (patience anchoring), and the pieces are solved the same way. A region with
// neither falls back to an in-order greedy match instead of quadratic time.
class SequenceAligner
{
public:
    using Pairs = std::vector<std::pair<qsizetype, qsizetype>>;

    static Pairs align(const std::vector<quint64> &a, const std::vector<quint64> &b);

    // Bounds of the exact pass: edits explored, and (length x edits) work per region.
    static constexpr qsizetype MaxMyersEdits = 2048;
    static constexpr qsizetype MaxMyersWork = qsizetype(20) << 20;
    // Up to this many elements (both sides) a region goes straight to the exact pass.
    static constexpr qsizetype ShortRegion = 4096;

private:
    SequenceAligner(const std::vector<quint64> &a, const std::vector<quint64> &b) : m_a(a), m_b(b) { }
    void region(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1);
    bool myers(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1);
    std::vector<std::pair<qsizetype, qsizetype>> uniqueInBoth(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1) const;
    void greedy(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1);

    const std::vector<quint64> &m_a;
    const std::vector<quint64> &m_b;
    Pairs m_pairs;
};

} // namespace tunnelscope
