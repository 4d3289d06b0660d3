#include "runprogress.h"

#include "runcomparer.h"
#include "runrecord.h"

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

RunProgress::RunProgress(const Profile &profile) : m_profile(profile), m_comparer(std::make_unique<RunComparer>(m_profile))
{
    m_elapsed.start();
}

RunProgress::~RunProgress() = default;

void RunProgress::addFinishedRun(const RunRecord &run)
{
    if (run.interrupted)
        return;
    for (const Finding &f : m_comparer->compare(run).findings) {
        m_findings += f.severity != Finding::Severity::Info;
        m_critical += f.severity == Finding::Severity::Critical;
    }
}

QString RunProgress::text(const RunRecord *live, int finishedRuns) const
{
    const int current = live ? live->index + 1 : finishedRuns;
    QString line = QStringLiteral("run %1/%2").arg(current).arg(m_profile.totalRuns());
    if (live && !live->identity.isEmpty())
        line += QStringLiteral(" as ") + live->identity;
    if (live)
        line += QStringLiteral(" · %1 · %2").arg(pathState("direct", live->direct), pathState("tunnel", live->tunnel));
    line += QStringLiteral(" · %1 s · %2 finding(s)").arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 1).arg(m_findings.load());
    if (m_critical > 0)
        line += QStringLiteral(", %1 critical").arg(m_critical.load());
    return line;
}

} // namespace tunnelscope
