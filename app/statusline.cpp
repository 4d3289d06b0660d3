#include "statusline.h"

#include "scenariorunner.h"
#include "terminaltext.h"

#include <unistd.h>

namespace tunnelscope {

namespace {
constexpr int RedrawMs = 250;
} // namespace

StatusLine::StatusLine(const ScenarioRunner &runner, std::FILE *terminal, QObject *parent)
    : QObject(parent), m_runner(runner), m_progress(runner.profile()), m_terminal(terminal)
{
    connect(&runner, &ScenarioRunner::runFinished, this, [this](int index) {
        for (const RunRecord *run : m_runner.recordsOfRun(index))
            m_progress.addFinishedRun(*run);
    });
    m_timer.setInterval(RedrawMs);
    connect(&m_timer, &QTimer::timeout, this, &StatusLine::redraw);
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
    m_timer.start();
}

void StatusLine::redraw()
{
    // Back to the start of the line, the new text, and whatever was left of a longer one erased.
    // Never wider than the terminal (read each time: it may be resized): a line that wraps
    // leaves its first part behind at every redraw.
    const QString text = m_progress.text(m_runner.liveRun(), int(m_runner.runs().size()));
    const int width = TerminalText::terminalWidth(fileno(m_terminal));
    std::fprintf(m_terminal, "\r%s\033[K", TerminalText::fitted(text, width - 1).toUtf8().constData());
    std::fflush(m_terminal);
    m_shown = true;
}

void StatusLine::clear()
{
    m_timer.stop();
    if (!m_shown)
        return;
    std::fprintf(m_terminal, "\r\033[K");
    std::fflush(m_terminal);
    m_shown = false;
}

} // namespace tunnelscope
