#pragma once

#include "framefilter.h"

class QIODevice;
class QString;

namespace tunnelscope {

class ComparisonReport;

// Writes every frame of both paths as CSV: run, path, seq, t_ms, dir, type, size,
// close_code, data (or only the frames a filter keeps). Cells a spreadsheet would run as a
// formula are neutralised.
class CsvReportWriter
{
public:
    static void write(const ComparisonReport &report, QIODevice *device, const FrameFilter &frames = FrameFilter());
    static QString cell(const QString &value);
};

} // namespace tunnelscope
