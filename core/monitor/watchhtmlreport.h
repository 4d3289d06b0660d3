#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace tunnelscope {

class WatchDirectory;

// A watch's window of time as one self-contained HTML page: per profile the statistics, time
// series charts (success per path, latency, runs with findings), the finding groups ranked
// with their rate and its interval, and links to the worst plays, whose own reports are
// written beside it (`runsFolder`, relative to the page). No script; everything escaped.
class WatchHtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(WatchHtmlReport)

public:
    // Writes the page to `device` and the worst plays' reports under `runsFolderPath` (linked
    // as `runsFolderLink/NAME.html`); false with `error` when a linked report cannot be written.
    static bool write(const WatchDirectory &watch, QIODevice *device, const QString &runsFolderPath,
                      const QString &runsFolderLink, QString *error);
};

} // namespace tunnelscope
