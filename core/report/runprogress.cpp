#include "runprogress.h"

#include "runcomparer.h"
#include "scenariorunner.h"

namespace tunnelscope {

namespace {

// One path of the live run in a few words: its state, read from its last recorded frame (a
// connection's record is complete only once it ended), and how many frames it recorded.
QString pathState(const char *name, const PathRecord &p)
{
    QString state = QStringLiteral("connecting");
    if (!p.frames.isEmpty()) {
        switch (p.frames.at(p.frames.count() - 1).type) {
        case FrameType::Close:
            state = QStringLiteral("closed");
            break;
        case FrameType::Error:
            state = QStringLiteral("down");
            break;
        default:
            state = QStringLiteral("up");
            break;
        }
    }
    if (p.reconnects() > 0)
        state += QStringLiteral(" (%1 reconnects)").arg(p.reconnects());
    return QStringLiteral("%1 %2, %3 frames").arg(QLatin1String(name), state).arg(p.frames.count());
}

} // namespace

RunProgress::RunProgress(const ScenarioRunner &runner, QObject *parent)
    : QObject(parent), m_runner(runner), m_comparer(std::make_unique<RunComparer>(runner.profile()))
{
    m_elapsed.start();
    connect(&runner, &ScenarioRunner::runFinished, this, &RunProgress::onRunFinished);
}

RunProgress::~RunProgress() = default;

void RunProgress::onRunFinished(int index)
{
    // Each finished run is compared once, for the count; the report compares them again.
    if (index < 0 || std::size_t(index) >= m_runner.runs().size())
        return;
    const RunRecord &run = *m_runner.runs().at(std::size_t(index));
    if (run.interrupted)
        return;
    for (const Finding &f : m_comparer->compare(run).findings) {
        m_findings += f.severity != Finding::Severity::Info;
        m_critical += f.severity == Finding::Severity::Critical;
    }
}

QString RunProgress::text() const
{
    const int total = m_runner.profile().runs;
    const RunRecord *live = m_runner.liveRun();
    const int current = live ? live->index + 1 : int(m_runner.runs().size());
    QString line = QStringLiteral("run %1/%2").arg(current).arg(total);
    if (live)
        line += QStringLiteral(" · %1 · %2").arg(pathState("direct", live->direct), pathState("tunnel", live->tunnel));
    line += QStringLiteral(" · %1 s · %2 finding(s)").arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 1).arg(m_findings);
    if (m_critical > 0)
        line += QStringLiteral(", %1 critical").arg(m_critical);
    return line;
}

} // namespace tunnelscope
