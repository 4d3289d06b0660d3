#include "statusline.h"

#include "runcomparer.h"
#include "scenariorunner.h"

#include <unistd.h>

namespace tunnelscope {

namespace {

constexpr int RedrawMs = 250;

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

StatusLine::StatusLine(const ScenarioRunner &runner, std::FILE *terminal, QObject *parent)
    : QObject(parent), m_runner(runner), m_terminal(terminal), m_comparer(std::make_unique<RunComparer>(runner.profile()))
{
    m_timer.setInterval(RedrawMs);
    connect(&m_timer, &QTimer::timeout, this, &StatusLine::redraw);
    connect(&runner, &ScenarioRunner::runFinished, this, &StatusLine::onRunFinished);
    connect(&runner, &ScenarioRunner::finished, this, &StatusLine::clear);
}

StatusLine::~StatusLine()
{
    clear();
}

bool StatusLine::isTerminal(std::FILE *stream)
{
    return isatty(fileno(stream)) == 1;
}

void StatusLine::start()
{
    m_elapsed.start();
    m_timer.start();
}

void StatusLine::onRunFinished(int index)
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

QString StatusLine::text() const
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

void StatusLine::redraw()
{
    const QByteArray line = text().toUtf8();
    // Back to the start of the line, the new text, and whatever was left of a longer one erased.
    std::fprintf(m_terminal, "\r%s\033[K", line.constData());
    std::fflush(m_terminal);
    m_shown = line.size();
}

void StatusLine::clear()
{
    m_timer.stop();
    if (m_shown == 0)
        return;
    std::fprintf(m_terminal, "\r\033[K");
    std::fflush(m_terminal);
    m_shown = 0;
}

} // namespace tunnelscope
