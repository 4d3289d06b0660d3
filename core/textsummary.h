#pragma once

#include <QString>

namespace tunnelscope {

class ComparisonReport;

// The short human summary `run` prints and the app shows: per run and path, the upgrade,
// frames in and out, and how the connection ended; then the findings and the verdict.
class TextSummary
{
public:
    static QString render(const ComparisonReport &report);
    static QString verdictLine(const ComparisonReport &report);
};

} // namespace tunnelscope
