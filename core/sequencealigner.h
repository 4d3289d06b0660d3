#pragma once

#include <QtGlobal>
#include <utility>
#include <vector>

namespace tunnelscope {

// Aligns two sequences of message hashes: returns the matched index pairs, increasing on both
// sides. Patience-style anchoring on elements unique to both sides keeps mostly-equal
// sequences near-linear; regions without such anchors (heartbeats, repeated events) are
// aligned with Myers' O(ND) algorithm, bounded so that a pathological region degrades to an
// in-order greedy match instead of quadratic time.
class SequenceAligner
{
public:
    using Pairs = std::vector<std::pair<qsizetype, qsizetype>>;

    static Pairs align(const std::vector<quint64> &a, const std::vector<quint64> &b);

    // How many edits Myers may explore in one anchor-free region before the greedy fallback.
    static constexpr qsizetype MaxMyersEdits = 4096;

private:
    SequenceAligner(const std::vector<quint64> &a, const std::vector<quint64> &b) : m_a(a), m_b(b) {}
    void region(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1);
    bool myers(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1);
    void greedy(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1);

    const std::vector<quint64> &m_a;
    const std::vector<quint64> &m_b;
    Pairs m_pairs;
};

} // namespace tunnelscope
