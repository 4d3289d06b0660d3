#pragma once

class QIODevice;

namespace tunnelscope {

class ComparisonReport;

// HAR 1.2 with Chrome's `_webSocketMessages`: one entry per path and run, so a session opens
// in browser developer tools and HAR viewers.
class HarReportWriter
{
public:
    static void write(const ComparisonReport &report, QIODevice *device);
};

} // namespace tunnelscope
