#pragma once

#include "sentence.h"

#include <QJsonObject>
#include <QString>

namespace tunnelscope {

// One thing the tunnel did, as the report's `finding` object.
struct Finding
{
    enum class Severity { Info, Warning, Critical };

    QString kind; // report.schema.json finding kinds
    Severity severity = Severity::Warning;
    QString path;          // "direct", "tunnel" or empty
    qint64 directSeq = -1; // -1: none
    qint64 tunnelSeq = -1;
    double tMs = -1; // < 0: none
    Sentence summary; // English in machine-read reports, the chosen language for people
    QJsonObject detail;

    static QString severityName(Severity s);
    // The severity as people read it, in both languages ("critical", "严重"): one word for the
    // terminal, the HTML report, the window and the monitor. An unknown name is said as it is.
    static Sentence severityWord(Severity s);
    static Sentence severityWord(const QString &name);
};

} // namespace tunnelscope
