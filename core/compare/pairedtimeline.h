#pragma once

#include "messagediff.h"

#include <vector>

namespace tunnelscope {

// Both paths of a run as one list of rows, so two views can scroll and select in step:
// the aligned messages (a gap on the side that lacks one), with each path's other frames
// (sent messages, pings, the upgrade, the close, errors) slotted in where they happened.
class PairedTimeline
{
public:
    // Aligned: compared messages. Paired: the two paths' own frames of the same type and
    // direction at the same point (the upgrade, a sent message, a close). DirectOnly /
    // TunnelOnly: a frame the other path has nothing to set beside.
    enum class Kind : quint8 { Aligned, Paired, DirectOnly, TunnelOnly };
    struct Row
    {
        qint32 direct = -1;
        qint32 tunnel = -1;
        AlignedRow::Status status = AlignedRow::Status::Matched; // for Aligned rows
        Kind kind = Kind::Aligned;
        float deltaMs = 0;
    };

    static PairedTimeline build(const RunRecord &run, const MessageDiffResult &diff);

    const std::vector<Row> &rows() const { return m_rows; }
    // The row showing a frame of one path, or -1.
    qsizetype rowOf(bool tunnel, qsizetype frame) const;

private:
    std::vector<Row> m_rows;
    std::vector<qint32> m_directRow; // frame -> row
    std::vector<qint32> m_tunnelRow;
};

} // namespace tunnelscope
