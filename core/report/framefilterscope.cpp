#include "framefilterscope.h"

#include "comparisonreport.h"

#include <algorithm>

namespace tunnelscope {

FrameFilterScope::FrameFilterScope(const FrameFilter &filter, const ComparisonReport &report, qsizetype run, bool tunnel)
    : m_filter(filter), m_report(report),
      m_path(tunnel ? report.runs()[std::size_t(run)]->tunnel : report.runs()[std::size_t(run)]->direct)
{
    if (filter.isEmpty())
        return;
    for (const Finding &f : report.findings(run)) {
        const qsizetype seq = tunnel ? f.tunnelSeq : f.directSeq;
        if (seq >= 0)
            m_flagged.insert(seq);
    }
    for (const AlignedRow &row : report.diff(run).rows) {
        const qint32 frame = tunnel ? row.tunnel : row.direct;
        if (frame >= 0 && row.status != AlignedRow::Status::Matched)
            m_flagged.insert(frame);
    }
}

bool FrameFilterScope::keeps(qsizetype frame) const
{
    if (m_filter.isEmpty())
        return true;
    FrameFilter::Subject s;
    s.frame = m_path.frames.at(frame);
    s.flagged = m_flagged.contains(frame);
    s.connection = m_path.connectionOf(frame);
    return m_filter.matches(s, m_report.redactor());
}

} // namespace tunnelscope
