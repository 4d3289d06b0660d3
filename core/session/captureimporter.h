#pragma once

#include "pathrecord.h"
#include "profile.h"
#include <QCoreApplication>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace tunnelscope {

// A recorded session read back for `compare`: a browser's HAR (Chrome's or Firefox's export,
// WebSocket messages in `_webSocketMessages`), a Tunnelscope JSON report, or a capture
// journal. One path per run: for a report or a journal the path named (direct or tunnel);
// for a HAR every WebSocket entry is a connection of one path, in time order.
class CaptureImporter
{
    Q_DECLARE_TR_FUNCTIONS(CaptureImporter)

public:
    enum class Kind { Har, Report, Journal };

    struct Capture
    {
        Kind kind = Kind::Har;
        QString file;
        QString pathName;                   // direct or tunnel (reports and journals)
        QString urlContains;                // a HAR: only the WebSocket connections whose URL has this
        std::unique_ptr<Profile> profile;   // the profile the report or journal was played with
        std::vector<PathRecord> runs;       // the chosen path of each run
        std::vector<qint64> startedEpochMs; // each run's start
        QStringList identities;             // each run's client identity (a report's or journal's sweep)
        QStringList tunnelNames;            // each run's tunnel, when a report or journal compared several
        QStringList notes;
        bool ownHar = false;      // a HAR Tunnelscope wrote: an entry per path and run
        QString describe() const; // "r.json (its tunnel path)", "session.har (a browser's capture)"
    };

    // `pathName` chooses the path of a report or journal; a HAR has one (`out->urlContains`,
    // set before, picks its connections). On failure `error` names the file and what is wrong.
    static bool read(const QString &file, const QString &pathName, Capture *out, QString *error);

private:
    static bool readHar(const QJsonObject &log, Capture *out, QString *error);
    // The WebSocket entries as the connections of one path, a run of its own, timed from `startMs`.
    static void readHarEntries(const QList<QJsonObject> &entries, qint64 startMs, Capture *out);
    static bool readReport(const QJsonObject &report, Capture *out, QString *error);
    static bool readJournal(Capture *out, QString *error);
};

} // namespace tunnelscope
