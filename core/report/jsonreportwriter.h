#pragma once

class QIODevice;

namespace tunnelscope {

class ComparisonReport;

// Writes the JSON report (report.schema.json), secrets redacted.
class JsonReportWriter
{
public:
    static void write(const ComparisonReport &report, QIODevice *device);
};

} // namespace tunnelscope
