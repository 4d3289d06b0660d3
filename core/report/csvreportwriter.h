#pragma once

class QIODevice;
class QString;

namespace tunnelscope {

class ComparisonReport;

// Writes every frame of both paths as CSV: run, path, seq, t_ms, dir, type, size,
// close_code, data. Cells a spreadsheet would run as a formula are neutralised.
class CsvReportWriter
{
public:
    static void write(const ComparisonReport &report, QIODevice *device);
    static QString cell(const QString &value);
};

} // namespace tunnelscope
