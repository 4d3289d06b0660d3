#pragma once

#include "profile.h"
#include "runrecord.h"
#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace tunnelscope {

// Two recorded sessions (CaptureImporter) paired run by run for a comparison: A as the direct
// side, B as the tunnel side. What `compare` and the window's "Compare captures" share.
class CapturePairing
{
    Q_DECLARE_TR_FUNCTIONS(CapturePairing)

public:
    struct Side
    {
        QString file;
        QString path;        // direct or tunnel: which path of a report, journal or Tunnelscope HAR
        QString urlContains; // a browser's HAR: only its WebSocket connections whose URL has this
    };
    struct Result
    {
        Profile profile; // the one the captures were played with, when one says; else a plain one
        std::vector<std::unique_ptr<RunRecord>> runs;
        qint64 startedEpochMs = 0;
        QStringList notes;
    };

    // `protocol`: how to read the messages; empty for the captures' own profile's. On failure
    // `error` names the file or option and what is wrong.
    static bool pair(const Side &a, const Side &b, const QString &protocol, Result *out, QString *error);
    // The two paths of one report, journal or Tunnelscope HAR, as they were played.
    static bool open(const QString &file, Result *out, QString *error);
};

} // namespace tunnelscope
