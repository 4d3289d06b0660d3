#include "reportformat.h"

#include "csvreportwriter.h"
#include "harreportwriter.h"
#include "htmlreportwriter.h"
#include "jsonreportwriter.h"
#include "junitreportwriter.h"

namespace tunnelscope {

const QList<ReportFormat::Info> &ReportFormat::all()
{
    static const QList<Info> formats{
        {"json", QT_TRANSLATE_NOOP("ReportFormat", "JSON report"), "json"},
        {"csv", QT_TRANSLATE_NOOP("ReportFormat", "Frames as CSV"), "csv"},
        {"junit", QT_TRANSLATE_NOOP("ReportFormat", "JUnit XML"), "xml"},
        {"html", QT_TRANSLATE_NOOP("ReportFormat", "HTML report"), "html"},
        {"har", QT_TRANSLATE_NOOP("ReportFormat", "HAR with WebSocket messages"), "har"},
    };
    return formats;
}

const ReportFormat::Info *ReportFormat::named(const QString &name)
{
    for (const Info &f : all())
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

bool ReportFormat::write(const QString &name, const ComparisonReport &report, QIODevice *device)
{
    return write(name, report, device, FrameFilter());
}

bool ReportFormat::write(const QString &name, const ComparisonReport &report, QIODevice *device, const FrameFilter &frames)
{
    if (name == QLatin1String("json"))
        JsonReportWriter::write(report, device, frames);
    else if (name == QLatin1String("csv"))
        CsvReportWriter::write(report, device, frames);
    else if (name == QLatin1String("junit"))
        JUnitReportWriter::write(report, device);
    else if (name == QLatin1String("html"))
        HtmlReportWriter::write(report, device);
    else if (name == QLatin1String("har"))
        HarReportWriter::write(report, device);
    else
        return false;
    return true;
}

} // namespace tunnelscope
