#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cstdio>

namespace tunnelscope {

class RunComparer;
class ScenarioRunner;

// A live status line on a terminal while `run` plays: run i/N, each path's state and frames so
// far, the time played and the findings so far, redrawn in place a few times a second and
// cleared at the end. Only on a terminal: a log or a pipe gets nothing.
class StatusLine : public QObject
{
    Q_OBJECT
public:
    StatusLine(const ScenarioRunner &runner, std::FILE *terminal, QObject *parent = nullptr);
    ~StatusLine() override;

    // Whether `stream` is a terminal (a status line there is read, elsewhere it is noise).
    static bool isTerminal(std::FILE *stream);
    // Starts redrawing; the line is cleared when the runner finishes.
    void start();
    // The line as it stands now.
    QString text() const;

private:
    void redraw();
    void clear();
    void onRunFinished(int index);

    const ScenarioRunner &m_runner;
    std::FILE *m_terminal;
    std::unique_ptr<RunComparer> m_comparer;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_findings = 0; // warning and critical findings of the finished runs
    int m_critical = 0;
    qsizetype m_shown = 0; // characters on the line now
};

} // namespace tunnelscope
