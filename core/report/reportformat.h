#pragma once

#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace tunnelscope {

class ComparisonReport;
class FrameFilter;

// The report formats in one table, for the command line (--json FILE, ...) and the window's
// Export menu alike: a name, a title for file dialogs, a file suffix, and the writer.
class ReportFormat
{
public:
    struct Info
    {
        const char *name;   // as the command-line option says it: json, csv, junit, html, har
        const char *title;  // for a file dialog (translated with the context "ReportFormat")
        const char *suffix; // of the file
    };

    // In the order the command line writes them.
    static const QList<Info> &all();
    static const Info *named(const QString &name);
    // Writes `report` as `name` to `device`; false (nothing written) for a name not in all().
    // `frames` trims the frame lists of the formats that list frames one by one (JSON, CSV).
    static bool write(const QString &name, const ComparisonReport &report, QIODevice *device);
    static bool write(const QString &name, const ComparisonReport &report, QIODevice *device, const FrameFilter &frames);
};

} // namespace tunnelscope
