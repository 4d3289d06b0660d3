#pragma once

class QIODevice;
class QString;

namespace tunnelscope {

class ComparisonReport;

// One self-contained HTML file: verdict, findings, charts (inline SVG), each run's upgrade and
// close facts and its two paths side by side, and the profile as played. No script at all, a
// Content-Security-Policy that forbids any, and every payload and header escaped.
class HtmlReportWriter
{
public:
    static void write(const ComparisonReport &report, QIODevice *device);
    // Text made safe for HTML element content and attributes; control characters shown.
    static QString escape(const QString &text);
    // The reports' style sheet (light and dark), for other pages that look the same.
    static QString styleSheet();

    static constexpr int MaxRowsPerRun = 2000;
    static constexpr int MaxFindingsListed = 1000;
};

} // namespace tunnelscope
