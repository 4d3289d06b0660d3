#pragma once

#include "profile.h"
#include "watcher.h"

#include <QObject>
#include <QThread>
#include <memory>
#include <vector>

namespace tunnelscope {

class RunArchive;
class WatchStatistics;

// The window's watch: the same Watcher as `tunnelscope watch`, on a thread of its own (its
// runners, labs and journals live and die there), so the window paints while it plays. After
// a play the window gets a copy of the statistics, at most every CopyIntervalMs, and each
// play's verdict; nothing of the watch is touched from the window's thread.
class WatchThread : public QObject
{
    Q_OBJECT
public:
    static constexpr int CopyIntervalMs = 500;

    WatchThread(std::vector<Profile> profiles, const Watcher::Options &options, const QString &directory,
                QObject *parent = nullptr);
    // Stops the watch (the play under way finishes its run), and joins the thread.
    ~WatchThread() override;

    // The problems that keep a profile from being played; empty when the watch started.
    QStringList start();
    // Returns at once: finished() follows when the play under way has finished its run.
    void stop();
    bool isRunning() const { return m_running; }
    QString directory() const { return m_directory; }

Q_SIGNALS:
    void statisticsChanged(std::shared_ptr<const tunnelscope::WatchStatistics> statistics);
    void judged(const QString &profile, const QString &verdict, const QString &journalPath);
    void problem(const QString &message);
    void finished();

private:
    // On the watch thread: a copy after a play, at most every CopyIntervalMs.
    void copyStatistics();
    // On the watch thread: a copy now, posted to the window's thread.
    void sendStatistics();

    QThread m_thread;
    QString m_directory;
    RunArchive *m_archive = nullptr; // on the watch thread
    Watcher *m_watcher = nullptr;    // on the watch thread
    bool m_running = false;
    bool m_copyPending = false; // on the watch thread
};

} // namespace tunnelscope
