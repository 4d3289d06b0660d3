#pragma once

#include "runprogress.h"
#include "runrecord.h"
#include "scenariorunner.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

namespace tunnelscope {

class CaptureJournal;
class PathDelta;

// Plays a profile on a thread of its own: the runner, its sockets, its lab and its journal live
// and die there, so every frame is read and stamped when it arrives, however long the window
// takes to paint. The window follows the run being played through a copy of it, brought up to
// date in batches (PathDelta) every BatchMs, and gets each run once it is finished, read-only
// from then on. Everything here is called on the thread that made it.
class CaptureThread : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchMs = 40;

    explicit CaptureThread(const Profile &profile, QObject *parent = nullptr);
    // Stops the play, destroys the journal and the runner on their thread, and joins it.
    ~CaptureThread() override;

    // As ScenarioRunner's; the capture thread does them while this one waits.
    QStringList missingSecrets() const;
    void setSecretValue(const QString &name, const QString &value);
    QStringList prepare(const ScenarioRunner::Overrides &overrides);
    // Writes a journal of the play as it goes (CaptureJournal::follow), on the capture thread.
    bool startJournal(QString *error);
    void start();
    // Returns at once: finished() follows when the run in progress has stopped.
    void stop();
    // An interactive profile: a step to play by hand on the paths asked for, and the end of
    // it (the paths close, the run is compared). Both return at once.
    void play(const StepSpec &step, bool direct, bool tunnels);
    void endInteractive();

    bool isRunning() const { return m_running; }
    // What prepare() settled: the profile as played, its secrets' values, the paths' URLs.
    const Profile &profile() const { return m_profile; }
    const QMap<QString, QString> &secrets() const { return m_secrets; }
    QStringList notes() const { return m_notes; }
    QUrl directUrl() const { return m_directUrl; }
    QUrl tunnelUrl() const { return m_tunnelUrl; }
    qint64 startedEpochMs() const { return m_startedEpochMs; }
    // This thread's copy of the run being played; null between runs. Valid until runFinished
    // has been delivered.
    const RunRecord *liveRun() const { return m_live.get(); }
    // Every run played: complete once finished() has come (the capture thread is idle then).
    const std::vector<std::unique_ptr<RunRecord>> &runs() const;
    // RunProgress's line.
    QString progressText() const;

Q_SIGNALS:
    void runStarted(int index);
    // `run` is the finished record, owned by runs() and never changed again.
    void runFinished(int index, const RunRecord *run);
    void finished();

private:
    // On the capture thread: the runner's signals, turned into calls on this thread.
    void followRunner();
    void sendBatch();
    // On this thread.
    void applyBatch(int index, qint64 startedEpochMs, const PathDelta &direct, const PathDelta &tunnel);

    QThread m_thread;
    ScenarioRunner *m_runner;            // lives on m_thread, deleted there
    CaptureJournal *m_journal = nullptr; // the same
    // Capture thread only: how many frames of the live run each path has sent.
    qsizetype m_sentDirect = 0;
    qsizetype m_sentTunnel = 0;

    Profile m_profile;
    QMap<QString, QString> m_secrets;
    QStringList m_notes;
    QUrl m_directUrl;
    QUrl m_tunnelUrl;
    qint64 m_startedEpochMs = 0;
    std::unique_ptr<RunProgress> m_progress; // its runs are added on the capture thread
    std::unique_ptr<RunRecord> m_live;
    int m_finishedRuns = 0;
    bool m_running = false;
};

} // namespace tunnelscope
