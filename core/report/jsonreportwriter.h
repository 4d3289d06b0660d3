#pragma once

#include "framefilter.h"

class QIODevice;

namespace tunnelscope {

class ComparisonReport;

// Writes the JSON report (report.schema.json), secrets redacted. With a frame filter, each
// path lists only the frames it keeps (with their own seq) and says how many it left out;
// findings and the summary speak for every frame.
class JsonReportWriter
{
public:
    static void write(const ComparisonReport &report, QIODevice *device, const FrameFilter &frames = FrameFilter());
};

} // namespace tunnelscope
