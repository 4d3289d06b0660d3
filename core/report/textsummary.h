#pragma once

#include <QCoreApplication>
#include <QString>

namespace tunnelscope {

class ComparisonReport;

// The short human summary `run` prints and the app shows: each path (over all runs), the
// finding groups ranked critical first, what the critical messages' delivery was, the notes and
// the verdict. `verbose` adds every run with its paths and findings, and every group.
class TextSummary
{
    Q_DECLARE_TR_FUNCTIONS(TextSummary)

public:
    static QString render(const ComparisonReport &report, bool verbose = false);
    // How many groups the short summary lists besides the critical ones (all of those show).
    static constexpr int ShortGroupLines = 6;
    static QString verdictLine(const ComparisonReport &report);
};

} // namespace tunnelscope
