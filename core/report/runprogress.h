#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace tunnelscope {

class RunComparer;
class ScenarioRunner;

// What a playing session has done so far, in one line, for the terminal's status line and the
// window's status bar alike: run i/N, each path's state and frames, the time played, and the
// findings of the runs that finished (each compared once, as it finishes).
class RunProgress : public QObject
{
    Q_OBJECT
public:
    explicit RunProgress(const ScenarioRunner &runner, QObject *parent = nullptr);
    ~RunProgress() override;

    QString text() const;
    int findings() const { return m_findings; } // warning and critical

private:
    void onRunFinished(int index);

    const ScenarioRunner &m_runner;
    std::unique_ptr<RunComparer> m_comparer;
    QElapsedTimer m_elapsed;
    int m_findings = 0;
    int m_critical = 0;
};

} // namespace tunnelscope
