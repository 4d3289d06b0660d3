#include "finding.h"

namespace tunnelscope {

QString Finding::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

Sentence Finding::severityWord(Severity s)
{
    switch (s) {
    case Severity::Info:
        return Sentence::translate("Finding", "info", "a finding's severity");
    case Severity::Warning:
        return Sentence::translate("Finding", "warning", "a finding's severity");
    case Severity::Critical:
        return Sentence::translate("Finding", "critical", "a finding's severity");
    }
    return Sentence();
}

Sentence Finding::severityWord(const QString &name)
{
    for (const Severity s : {Severity::Info, Severity::Warning, Severity::Critical})
        if (severityName(s) == name)
            return severityWord(s);
    return Sentence::verbatim(name);
}

} // namespace tunnelscope
