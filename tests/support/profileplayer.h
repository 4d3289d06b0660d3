#pragma once

#include "comparisonreport.h"
#include "profileloader.h"
#include "scenariorunner.h"

#include <QDebug>
#include <QSignalSpy>
#include <memory>

// Plays a profile given as JSON through the real scenario runner and returns the runner with
// its recorded runs, or null (with the reason logged) when it cannot be played in time.
inline std::unique_ptr<tunnelscope::ScenarioRunner> playLoaded(const tunnelscope::ProfileLoader::Result &loaded, int timeoutMs)
{
    using namespace tunnelscope;
    if (!loaded.ok()) {
        qWarning().noquote() << loaded.problems.join(QLatin1Char('\n'));
        return nullptr;
    }
    auto runner = std::make_unique<ScenarioRunner>(*loaded.profile);
    const QStringList problems = runner->prepare({});
    if (!problems.isEmpty()) {
        qWarning().noquote() << problems.join(QLatin1Char('\n'));
        return nullptr;
    }
    QSignalSpy done(runner.get(), &ScenarioRunner::finished);
    runner->start();
    if (!done.wait(timeoutMs))
        return nullptr;
    return runner;
}

inline std::unique_ptr<tunnelscope::ScenarioRunner> playProfile(const QByteArray &json, int timeoutMs = 30000)
{
    return playLoaded(tunnelscope::ProfileLoader::parse(json, QStringLiteral("test.json")), timeoutMs);
}

// A built-in profile ("ha-clean"), played the same way.
inline std::unique_ptr<tunnelscope::ScenarioRunner> playBuiltin(const QString &name, int timeoutMs = 60000)
{
    return playLoaded(tunnelscope::ProfileLoader::load(QStringLiteral("builtin:") + name), timeoutMs);
}

// The summaries of one kind of finding in a played run, in report order.
inline QStringList findingSummaries(const tunnelscope::ScenarioRunner &runner, const QString &kind, qsizetype run = 0)
{
    using namespace tunnelscope;
    const ComparisonReport report(runner.profile(), runner.runs(), runner.startedEpochMs(), runner.secrets());
    QStringList out;
    for (const Finding &f : report.findings(run))
        if (f.kind == kind)
            out << f.summary.english();
    return out;
}
