#pragma once

#include "profile.h"
#include "templateexpander.h"
#include "wireclient.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace tunnelscope {

struct PathRecord;
class RunClock;

// Plays a profile's steps over one path: connects, sends, expects, pings, closes; keeps the
// heartbeat; reconnects with exponential backoff and jitter when the connection ends before
// the script does (the script then starts over on the new connection). Failed expectations are recorded, never fatal. ComfyUI
// profiles queue their prompts over HTTP and have silent prompts checked against /history before the end.
class PathSession : public QObject
{
    Q_OBJECT
public:
    PathSession(const Profile &profile, const WireClient::Options &options, const TemplateExpander &expander,
                const RunClock *clock, PathRecord *record, QObject *parent = nullptr);
    ~PathSession() override;

    void start();
    // Not played at all (a session opened on the other path alone): finished at once, with
    // nothing recorded.
    void skip();
    void stop(const QString &why);
    bool isFinished() const { return m_finished; }
    // An interactive profile: one more step to play (after the profile's and those handed
    // before), and the end of the play by hand: the path closes as a script's end closes it.
    void play(const StepSpec &step);
    void endInteractive();

Q_SIGNALS:
    void finished();

private:
    enum class Phase { Action, Expect, Wait, AwaitClose, Next };
    enum class Waiting { Nothing, Open, Pong, Message, Timer, Close, Reconnect, ProtocolSend, Writable, Hand };

    void connectNow();
    void onOpened();
    void onMessage(qsizetype frameIndex);
    void onPong(qsizetype frameIndex, qint64 rttUs);
    void onConnectionFinished();
    void afterConnectionLoss(Waiting was);
    void onProtocolSendFinished(bool ok, const QString &detail);
    // Starts a send the protocol's client makes beside the socket; false while it is under way.
    bool startProtocolSend(const QJsonObject &send, int timeoutMs);
    void onTimer();
    void onHeartbeat();

    const StepSpec &stepAt(int index) const;
    qsizetype stepCount() const { return m_profile.steps.size() + m_handed.size(); }
    void advance();  // runs phases until one has to wait
    bool runPhase(); // false: waiting for an event
    bool runAction(const StepSpec &s);
    bool runSend(const QJsonValue &send, int timeoutMs);
    bool runExpect(const StepSpec &s);
    bool tryExpect();
    void outcome(bool ok, const QString &detail);
    void scriptDone();
    bool connected() const;
    void finish();

    const Profile &m_profile;
    WireClient::Options m_options;
    TemplateExpander m_expander;
    const RunClock *m_clock;
    PathRecord *m_record;
    QPointer<WireClient> m_client;
    int m_step = 0;
    int m_repetition = 0;
    Phase m_phase = Phase::Action;
    Waiting m_waiting = Waiting::Nothing;
    QList<qsizetype> m_inbox; // data messages received and not yet consumed by an expect
    qsizetype m_inboxPos = 0;
    QTimer m_timer;
    QTimer m_heartbeatTimer;
    QTimer m_heartbeatDeadline;
    bool m_heartbeatOutstanding = false;
    int m_heartbeatCount = 0;
    int m_attempts = 0;
    bool m_scriptDone = false;
    bool m_finished = false;
    bool m_stopped = false;
    QRandomGenerator m_random;
    std::unique_ptr<ProtocolClient> m_protocolClient; // what the protocol's client does beside the script
    bool m_historyAsked = false;
    bool m_closedByScript = false; // the step just run was a close, on a live connection
    QSet<qint64> m_protocolSends;  // (step << 32 | repetition) of the protocol's own sends (prompts) made this run
    bool m_lostDuringProtocolSend = false; // the connection ended while a request was out
    QList<StepSpec> m_handed;              // interactive: the steps played by hand, in order
    bool m_handEnded = false;              // interactive: no more steps will come
    bool m_everOpened = false;
};

} // namespace tunnelscope
