#include "runprogress.h"

#include "runcomparer.h"
#include "runrecord.h"
#include "sentence.h"

namespace tunnelscope {

namespace {

// One path of the live run in a few words: its state, read from its last recorded frame (a
// connection's record is complete only once it ended), and how many frames it recorded.
QString pathState(const QString &name, const PathRecord &p)
{
    QString state = RunProgress::tr("connecting");
    if (!p.frames.isEmpty()) {
        switch (p.frames.at(p.frames.count() - 1).type) {
        case FrameType::Close:
            state = RunProgress::tr("closed");
            break;
        case FrameType::Error:
            state = RunProgress::tr("down");
            break;
        default:
            state = RunProgress::tr("up");
            break;
        }
    }
    if (p.reconnects() > 0)
        state += RunProgress::tr(" (%n reconnect(s))", nullptr, p.reconnects());
    return RunProgress::tr("%1 %2, %n frame(s)", nullptr, int(p.frames.count())).arg(name, state);
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
    QString line = tr("run %1/%2").arg(current).arg(m_profile.totalRuns());
    if (live && !live->identity.isEmpty())
        line += tr(" as %1").arg(live->identity);
    if (live)
        line += QStringLiteral(" · %1 · %2").arg(pathState(tr("direct"), live->direct), pathState(tr("tunnel"), live->tunnel));
    line += QStringLiteral(" · ")
        + tr("%1 s · %n finding(s)", nullptr, m_findings.load())
              .arg(Sentence::number(double(m_elapsed.elapsed()) / 1000.0, 1).localized());
    if (m_critical > 0)
        line += tr(", %1 critical").arg(m_critical.load());
    return line;
}

} // namespace tunnelscope
