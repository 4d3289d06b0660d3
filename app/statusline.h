#pragma once

#include "runprogress.h"

#include <QObject>
#include <QTimer>

#include <cstdio>

namespace tunnelscope {

class ScenarioRunner;

// A live status line on a terminal while `run` plays (RunProgress's line), redrawn in place a
// few times a second and cleared at the end. Only on a terminal: a log or a pipe gets nothing.
class StatusLine : public QObject
{
    Q_OBJECT
public:
    StatusLine(const ScenarioRunner &runner, std::FILE *terminal, QObject *parent = nullptr);
    ~StatusLine() override;

    // Whether `stream` is a terminal (a status line there is read, elsewhere it is noise).
    static bool isTerminal(std::FILE *stream);
    void start();

private:
    void redraw();
    void clear();

    const ScenarioRunner &m_runner;
    RunProgress m_progress;
    std::FILE *m_terminal;
    QTimer m_timer;
    bool m_shown = false;
};

} // namespace tunnelscope
