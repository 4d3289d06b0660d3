#include "pathsession.h"

#include "pathrecord.h"
#include "recordedwords.h"
#include "runclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace tunnelscope {

namespace {
const QByteArray HeartbeatPrefix = QByteArrayLiteral("tunnelscope-heartbeat-");
constexpr int HistoryTimeoutMs = 5000;

// Backoff jitter that is the same every run: a path of a profile backs off the same way each
// time it is played, so playing a scenario again gives the same answer. The paths differ.
quint32 jitterSeed(const QString &pathName)
{
    quint32 h = 2166136261u; // FNV-1a
    for (const QChar c : pathName)
        h = (h ^ c.unicode()) * 16777619u;
    return h;
}
} // namespace

PathSession::PathSession(const Profile &profile, const WireClient::Options &options, const TemplateExpander &expander,
                         const RunClock *clock, PathRecord *record, QObject *parent)
    : QObject(parent), m_profile(profile), m_options(options), m_expander(expander), m_clock(clock), m_record(record),
      m_random(jitterSeed(record->name))
{
    m_timer.setSingleShot(true);
    m_heartbeatDeadline.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PathSession::onTimer);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &PathSession::onHeartbeat);
    connect(&m_heartbeatDeadline, &QTimer::timeout, this, [this] {
        ++m_record->heartbeatTimeouts;
        if (m_client)
            m_client->abort(RecordedWords::english(RecordedWords::HeartbeatNoPong, m_profile.heartbeat.timeoutMs));
    });
    Protocol::ClientContext context;
    context.options = m_options;
    context.clock = m_clock;
    context.record = m_record;
    if (!m_profile.steps.isEmpty() && m_profile.steps.first().send)
        context.firstStepSend = *m_profile.steps.first().send;
    m_protocolClient = m_profile.protocolHandler().client(context);
    if (m_protocolClient) {
        connect(m_protocolClient.get(), &ProtocolClient::sendFinished, this, &PathSession::onProtocolSendFinished);
        connect(m_protocolClient.get(), &ProtocolClient::checked, this, [this] {
            if (m_waiting != Waiting::ProtocolSend || m_finished)
                return;
            m_waiting = Waiting::Nothing;
            scriptDone();
        });
    }
}

PathSession::~PathSession() = default;

void PathSession::start()
{
    connectNow();
}

void PathSession::skip()
{
    finish();
}

void PathSession::stop(const QString &why)
{
    if (m_finished)
        return;
    m_stopped = true;
    m_timer.stop();
    if (m_protocolClient)
        m_protocolClient->abort();
    if (m_client && m_client->state() != WireClient::State::Closed)
        m_client->abort(why);
    else
        finish();
}

void PathSession::connectNow()
{
    auto *client = new WireClient(m_clock, &m_record->frames, this);
    m_client = client;
    // Adapters see each message and the end of the connection before the script does.
    if (m_protocolClient)
        m_protocolClient->attach(client);
    connect(client, &WireClient::opened, this, &PathSession::onOpened);
    connect(client, &WireClient::messageReceived, this, &PathSession::onMessage);
    connect(client, &WireClient::pongReceived, this, &PathSession::onPong);
    connect(client, &WireClient::finished, this, &PathSession::onConnectionFinished);
    connect(client, &WireClient::writeQueueDrained, this, [this] {
        if (m_waiting != Waiting::Writable)
            return;
        m_waiting = Waiting::Nothing;
        advance();
    });
    m_waiting = Waiting::Open;
    client->open(m_options);
}

bool PathSession::connected() const
{
    return m_client && m_client->isOpen();
}

void PathSession::onOpened()
{
    m_waiting = Waiting::Nothing;
    // A script starts over on a new connection; by hand, it waits for the next step.
    m_step = m_profile.interactive && m_everOpened ? int(stepCount()) : 0;
    m_everOpened = true;
    m_repetition = 0;
    m_phase = Phase::Action;
    m_inbox.clear();
    m_inboxPos = 0;
    m_heartbeatOutstanding = false;
    if (m_profile.heartbeat.intervalMs > 0)
        m_heartbeatTimer.start(m_profile.heartbeat.intervalMs);
    advance();
}

void PathSession::onMessage(qsizetype frameIndex)
{
    m_inbox.append(frameIndex);
    if (m_waiting == Waiting::Message && tryExpect()) {
        m_timer.stop();
        m_waiting = Waiting::Nothing;
        m_phase = Phase::Wait;
        advance();
    }
}

void PathSession::onPong(qsizetype frameIndex, qint64 rttUs)
{
    const QByteArrayView payload = m_record->frames.at(frameIndex).payload;
    if (rttUs >= 0)
        m_record->pings.append(PingSample{m_record->frames.at(frameIndex).tUs, rttUs});
    if (payload.startsWith(HeartbeatPrefix)) {
        m_heartbeatOutstanding = false;
        m_heartbeatDeadline.stop();
        return;
    }
    if (m_waiting == Waiting::Pong && rttUs >= 0) {
        m_timer.stop();
        m_waiting = Waiting::Nothing;
        outcome(true, RecordedWords::english(RecordedWords::StepPong, QString::number(RunClock::toMs(rttUs), 'f', 3)));
        advance();
    }
}

void PathSession::onHeartbeat()
{
    if (!connected() || m_heartbeatOutstanding)
        return;
    m_heartbeatOutstanding = true;
    m_client->sendPing(HeartbeatPrefix + QByteArray::number(++m_heartbeatCount));
    m_heartbeatDeadline.start(m_profile.heartbeat.timeoutMs);
}

bool PathSession::tryExpect()
{
    const StepSpec &s = stepAt(m_step);
    while (m_inboxPos < m_inbox.size()) {
        const qsizetype index = m_inbox[m_inboxPos++];
        if (s.expect->matches(m_record->frames.at(index).payload)) {
            outcome(true, RecordedWords::english(RecordedWords::StepMatched, index));
            return true;
        }
    }
    return false;
}

void PathSession::outcome(bool ok, const QString &detail)
{
    m_record->steps.append(StepOutcome{m_step, m_repetition, ok, m_clock->nowUs(), detail});
}

void PathSession::advance()
{
    while (!m_finished && !m_scriptDone && m_waiting == Waiting::Nothing && runPhase()) { }
}

const StepSpec &PathSession::stepAt(int index) const
{
    return index < m_profile.steps.size() ? m_profile.steps[index] : m_handed[index - m_profile.steps.size()];
}

void PathSession::play(const StepSpec &step)
{
    if (m_handEnded || m_finished)
        return;
    m_handed.append(step);
    if (m_waiting == Waiting::Hand) {
        m_waiting = Waiting::Nothing;
        advance();
    }
}

void PathSession::endInteractive()
{
    m_handEnded = true;
    if (m_waiting == Waiting::Hand) {
        m_waiting = Waiting::Nothing;
        advance();
    }
}

bool PathSession::runPhase()
{
    if (m_step >= stepCount()) {
        // Played by hand: hold the connection for the next step.
        if (m_profile.interactive && !m_handEnded && !m_stopped) {
            m_waiting = Waiting::Hand;
            return false;
        }
        scriptDone();
        return false;
    }
    const StepSpec &s = stepAt(m_step);
    switch (m_phase) {
    case Phase::Action:
        m_phase = Phase::Expect;
        return runAction(s);
    case Phase::Expect:
        m_phase = Phase::Wait;
        return runExpect(s);
    case Phase::Wait:
        m_phase = Phase::AwaitClose;
        if (s.waitMs > 0 && connected()) {
            m_waiting = Waiting::Timer;
            m_timer.start(s.waitMs);
            return false;
        }
        return true;
    case Phase::AwaitClose:
        m_phase = Phase::Next;
        if (!s.awaitCloseMs)
            return true;
        if (!m_client || m_client->state() == WireClient::State::Closed) {
            outcome(true, RecordedWords::english(RecordedWords::StepClosedByPeer));
            return true;
        }
        m_waiting = Waiting::Close;
        m_timer.start(*s.awaitCloseMs);
        return false;
    case Phase::Next:
        m_phase = Phase::Action;
        if (++m_repetition >= s.repeat) {
            m_repetition = 0;
            ++m_step;
        }
        return true;
    }
    return true;
}

// The step's action: a send, a ping or a close. False while waiting for its outcome.
bool PathSession::runAction(const StepSpec &s)
{
    m_closedByScript = false;
    if (s.send)
        return runSend(*s.send, s.timeoutMs);
    if (s.ping) {
        if (!connected()) {
            outcome(false, RecordedWords::english(RecordedWords::StepNoPingEnded));
            return true;
        }
        m_client->sendPing(m_expander.expand(*s.ping).toUtf8());
        m_waiting = Waiting::Pong;
        m_timer.start(s.timeoutMs);
        return false;
    }
    if (s.close) {
        if (!connected()) {
            outcome(true, RecordedWords::english(RecordedWords::StepAlreadyClosed));
            return true;
        }
        m_client->close(quint16(*s.close), QByteArray(), s.awaitCloseMs.value_or(-1));
        m_closedByScript = true;
        m_phase = Phase::Next;
        m_waiting = Waiting::Close;
        m_timer.start(s.awaitCloseMs.value_or(m_options.closeTimeoutMs) + 100);
        return false;
    }
    return true;
}

bool PathSession::runSend(const QJsonValue &v, int timeoutMs)
{
    const QJsonObject o = v.toObject();
    // A send in one of the protocol's own forms: a frame it writes (Socket.IO's "emit"),
    // or a request beside the socket (ComfyUI's "queue_prompt", over HTTP).
    const Protocol &protocol = m_profile.protocolHandler();
    const QStringList forms = protocol.sendForms();
    const bool protocolForm
        = v.isObject() && std::any_of(forms.cbegin(), forms.cend(), [&o](const QString &form) { return o.contains(form); });
    const std::optional<QByteArray> protocolFrame = protocolForm ? protocol.encodeSend(o) : std::nullopt;
    if (protocolForm && !protocolFrame && m_protocolClient)
        return startProtocolSend(o, timeoutMs);
    if (!connected()) {
        outcome(false, RecordedWords::english(RecordedWords::StepNotSentEnded));
        return true;
    }
    if (protocolFrame)
        m_client->sendText(m_expander.expand(QString::fromUtf8(*protocolFrame)).toUtf8());
    else if (v.isObject() && o.size() == 1 && o.contains(QStringLiteral("binary_base64")))
        m_client->sendBinary(QByteArray::fromBase64(o.value(QStringLiteral("binary_base64")).toString().toLatin1()));
    else
        m_client->sendText(m_expander.expand(StepSpec::textOf(v)).toUtf8());
    if (m_client->isWriteQueueFull()) {
        // Back-pressure: the next step waits until the peer has taken most of it.
        m_waiting = Waiting::Writable;
        return false;
    }
    return true;
}

// The step's expectation: a matching message already in, or a wait for one.
bool PathSession::runExpect(const StepSpec &s)
{
    if (!s.expect)
        return true;
    if (tryExpect())
        return true;
    if (!connected()) {
        outcome(false, RecordedWords::english(RecordedWords::StepNoMatchHadEnded, s.expect->describe()));
        return true;
    }
    m_phase = Phase::Expect;
    m_waiting = Waiting::Message;
    m_timer.start(s.timeoutMs);
    return false;
}

void PathSession::onTimer()
{
    const Waiting was = m_waiting;
    m_waiting = Waiting::Nothing;
    const StepSpec *s = m_step < stepCount() ? &stepAt(m_step) : nullptr;
    switch (was) {
    case Waiting::Pong:
        outcome(false, RecordedWords::english(RecordedWords::StepNoPongWithin, s->timeoutMs));
        break;
    case Waiting::Message:
        outcome(false, RecordedWords::english(RecordedWords::StepNoMatchWithin, s->expect->describe(), s->timeoutMs));
        m_phase = Phase::Wait;
        break;
    case Waiting::Close:
        outcome(false, RecordedWords::english(RecordedWords::StepPeerKeptOpen));
        break;
    case Waiting::Reconnect:
        m_record->reconnectsUs.append(m_clock->nowUs());
        connectNow();
        return;
    case Waiting::Timer:
    case Waiting::Nothing:
    case Waiting::Open:
    case Waiting::ProtocolSend:
    case Waiting::Writable:
    case Waiting::Hand:
        break;
    }
    advance();
}

void PathSession::onConnectionFinished()
{
    auto *client = m_client.data();
    m_record->connections.append(client->record());
    m_client = nullptr;
    client->deleteLater();
    m_heartbeatTimer.stop();
    m_heartbeatDeadline.stop();
    m_heartbeatOutstanding = false;

    if (m_stopped || m_scriptDone) {
        finish();
        return;
    }
    const Waiting was = m_waiting;
    if (was == Waiting::ProtocolSend) {
        // A prompt being queued or the history being asked: decide once that is answered.
        m_lostDuringProtocolSend = true;
        return;
    }
    afterConnectionLoss(was);
}

bool PathSession::startProtocolSend(const QJsonObject &send, int timeoutMs)
{
    const qint64 key = (qint64(m_step) << 32) | m_repetition;
    if (m_protocolSends.contains(key)) {
        // A client that reconnects follows what it asked for; it does not ask again.
        outcome(true, RecordedWords::english(RecordedWords::StepPromptFollowed));
        return true;
    }
    m_protocolSends.insert(key);
    // The socket only hears what follows.
    const QByteArray text = QJsonDocument(send).toJson(QJsonDocument::Compact);
    m_waiting = Waiting::ProtocolSend;
    if (!m_protocolClient->startSend(QJsonDocument::fromJson(m_expander.expand(QString::fromUtf8(text)).toUtf8()).object(),
                                     timeoutMs)) {
        m_waiting = Waiting::Nothing;
        outcome(false, RecordedWords::english(RecordedWords::StepCannotSend, m_profile.protocol));
        return true;
    }
    return false;
}

void PathSession::onProtocolSendFinished(bool ok, const QString &detail)
{
    if (m_waiting != Waiting::ProtocolSend || m_finished || m_stopped)
        return;
    m_waiting = Waiting::Nothing;
    outcome(ok, detail);
    if (m_lostDuringProtocolSend) {
        m_lostDuringProtocolSend = false;
        afterConnectionLoss(Waiting::Nothing);
        return;
    }
    advance();
}

void PathSession::afterConnectionLoss(Waiting was)
{
    if (was == Waiting::Close) {
        m_timer.stop();
        m_waiting = Waiting::Nothing;
        const CloseRecord &c = m_record->connections.last().close;
        outcome(true, RecordedWords::english(RecordedWords::StepConnectionClosed, c.code));
        advance();
        return;
    }
    const ReconnectSpec &policy = m_profile.reconnect;
    // The connection ended before the script did (not at the script's own close): reconnect.
    if (m_attempts < policy.maxAttempts) {
        if (was == Waiting::Message)
            outcome(false, RecordedWords::english(RecordedWords::StepReconnecting));
        m_timer.stop();
        double delay = policy.initialMs * std::pow(policy.factor, m_attempts);
        delay = std::min(delay, double(policy.maxMs));
        delay *= 1.0 + policy.jitter * (2.0 * m_random.generateDouble() - 1.0);
        ++m_attempts;
        m_waiting = Waiting::Reconnect;
        m_timer.start(int(std::max(0.0, delay)));
        return;
    }
    m_timer.stop();
    m_waiting = Waiting::Nothing;
    switch (was) {
    case Waiting::Open:
        outcome(false, RecordedWords::english(RecordedWords::StepNoConnection, m_record->connections.last().handshake.error));
        finish();
        return;
    case Waiting::Message:
        outcome(false, RecordedWords::english(RecordedWords::StepNoMatchEnded, stepAt(m_step).expect->describe()));
        m_phase = Phase::Wait;
        break;
    case Waiting::Pong:
        outcome(false, RecordedWords::english(RecordedWords::StepNoPongEnded));
        m_phase = Phase::Expect;
        break;
    default:
        break;
    }
    // Play out the rest: what needs the connection is recorded as not done.
    advance();
}

void PathSession::scriptDone()
{
    if (m_protocolClient && !m_historyAsked && !m_stopped) {
        // A prompt that never told how it ended: ask the server, over this same path.
        m_historyAsked = true;
        if (m_protocolClient->checkBeforeDone(HistoryTimeoutMs)) {
            m_waiting = Waiting::ProtocolSend;
            return;
        }
    }
    m_scriptDone = true;
    // Every step ran on a live connection: it is still up, or the script's own close step ended it.
    m_record->scriptCompleted = connected() || m_closedByScript;
    if (connected()) {
        m_client->close(1000); // WireClient bounds the wait for the close handshake
        return;
    }
    if (!m_client)
        finish();
}

void PathSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_protocolClient)
        m_protocolClient->abort();
    m_heartbeatTimer.stop();
    m_heartbeatDeadline.stop();
    Q_EMIT finished();
}

} // namespace tunnelscope
