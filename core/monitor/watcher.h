#pragma once

#include "runarchive.h"
#include "scenariorunner.h"
#include "watchmetrics.h"
#include "watchstatistics.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace tunnelscope {

struct Profile;
class ScenarioRunner;

// Plays each profile's paired session on a schedule, judges every play as `run` does, keeps
// its capture journal in the archive and counts it in the metrics and the statistics. Each profile has its own
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
        QString proxy;          // --proxy: every path of every play through it
        bool noProxy = false;   // --no-proxy: none, whatever the profiles or the environment say
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
    const WatchStatistics &statistics() const { return m_statistics; }
    // Per profile, the whole watch: plays, runs by verdict, paths, deliveries, ranked findings.
    QString summary() const;

Q_SIGNALS:
    // One play ended: a line for the log, and its journal (empty when none could be kept).
    void played(const QString &line, const QString &journalPath);
    // The same play for a window: its profile, its verdict and its journal.
    void judged(const QString &profile, const QString &verdict, const QString &journalPath);
    void problem(const QString &message);
    void finished();

private:
    // What every play is prepared with: the command line's proxy choice.
    ScenarioRunner::Overrides overrides() const;
    struct Watched;

    void schedule(Watched *w, qint64 delayMs);
    void play(Watched *w);
    // Starts the play's journal in the archive; a play that cannot be kept is still counted.
    void keepJournal(Watched *w);
    void onPlayed(Watched *w);
    void finishIfIdle();

    std::vector<std::unique_ptr<Watched>> m_watched;
    Options m_options;
    RunArchive *m_archive;
    WatchMetrics m_metrics;
    WatchStatistics m_statistics;
    QTimer m_deadline;
    bool m_stopping = false;
};

} // namespace tunnelscope
