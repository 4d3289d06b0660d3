#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <memory>

namespace tunnelscope {

class RunComparer;
struct RunRecord;

// What a playing session has done so far, in one line, for the terminal's status line and the
// window's status bar alike: run i/N, each path's state and frames, the time played, and the
// findings of the runs that finished (each compared once, as it finishes). Runs may be added on
// the thread that records them while another thread reads the line.
class RunProgress
{
    Q_DECLARE_TR_FUNCTIONS(RunProgress)

public:
    // `profile` as played (its run count after any --runs).
    explicit RunProgress(const Profile &profile);
    ~RunProgress();
    RunProgress(const RunProgress &) = delete;
    RunProgress &operator=(const RunProgress &) = delete;

    // A finished run, compared for the count of findings (the report compares it again).
    void addFinishedRun(const RunRecord &run);
    // `live` is the run being played, or null between runs.
    QString text(const RunRecord *live, int finishedRuns) const;
    int findings() const { return m_findings; } // warning and critical

private:
    const Profile m_profile;
    std::unique_ptr<RunComparer> m_comparer;
    QElapsedTimer m_elapsed;
    std::atomic<int> m_findings = 0;
    std::atomic<int> m_critical = 0;
};

} // namespace tunnelscope
