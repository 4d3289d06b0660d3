#pragma once

#include "runarchive.h"
#include "watchmetrics.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace tunnelscope {

struct Profile;
class ScenarioRunner;

// Plays each profile's paired session on a schedule, judges every play as `run` does, keeps
// its JSON report in the archive and counts it in the metrics. Each profile has its own
// schedule; their first plays are spread over the first interval so that profiles watched
// together do not play in step. Nothing of a finished play is kept in memory but
// its counts.
class Watcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 everyMs = 30000; // from the start of one play to the start of the next
        qint64 forMs = 0;       // 0: until stopped
    };

    Watcher(std::vector<Profile> profiles, const Options &options, RunArchive *archive, QObject *parent = nullptr);
    ~Watcher() override;

    // Checks every profile can be played (URLs, secrets); the problems, each naming its profile.
    QStringList prepare();
    void start();
    // SIGINT/SIGTERM: no new play starts; a play under way finishes the run it is playing and
    // plays no other (CLI.md: "finish the current run"), and is reported. finished() follows.
    void stop();

    const WatchMetrics &metrics() const { return m_metrics; }
    // One line per profile: plays, runs by verdict, critical messages delivered.
    QStringList summary() const;

Q_SIGNALS:
    // One play ended: a line for the log, and the report kept (empty when it could not be).
    void played(const QString &line, const QString &reportPath);
    void problem(const QString &message);
    void finished();

private:
    struct Watched;

    void schedule(Watched *w, qint64 delayMs);
    void play(Watched *w);
    void onPlayed(Watched *w);
    void finishIfIdle();

    std::vector<std::unique_ptr<Watched>> m_watched;
    Options m_options;
    RunArchive *m_archive;
    WatchMetrics m_metrics;
    QTimer m_deadline;
    bool m_stopping = false;
};

} // namespace tunnelscope
