#pragma once

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace tunnelscope {

// SIGINT and SIGTERM as Qt signals, for the headless commands: the first asks the command to
// stop (stopRequested), so it can finish what it captured and write its reports; a second
// ends the process at once with 130. A Unix signal handler may only do async-signal-safe
// work, so it writes one byte to a pipe that the event loop watches.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    // Whether a stop was asked for (the command then exits 130).
    bool received() const { return m_received != 0; }

Q_SIGNALS:
    void stopRequested(int signal);

private:
    static void handle(int signal);
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    int m_received = 0;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

} // namespace tunnelscope
