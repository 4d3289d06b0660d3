#pragma once

class QIODevice;

namespace tunnelscope {

class ComparisonReport;

// JUnit XML: one test case per run, failed when the run has a warning or critical finding;
// the failure text is the findings' summaries.
class JUnitReportWriter
{
public:
    static void write(const ComparisonReport &report, QIODevice *device);
};

} // namespace tunnelscope
