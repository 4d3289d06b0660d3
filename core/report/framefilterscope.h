#pragma once

#include "framefilter.h"

#include <QSet>

namespace tunnelscope {

class ComparisonReport;
struct PathRecord;

// A FrameFilter applied to one path of one compared run: it knows which frames a finding or
// the diff points at (is:finding) and which connection each frame came on (conn:N).
class FrameFilterScope
{
public:
    FrameFilterScope(const FrameFilter &filter, const ComparisonReport &report, qsizetype run, bool tunnel);

    bool keeps(qsizetype frame) const;
    const PathRecord &path() const { return m_path; }

private:
    const FrameFilter &m_filter;
    const ComparisonReport &m_report;
    const PathRecord &m_path;
    QSet<qsizetype> m_flagged;
};

} // namespace tunnelscope
