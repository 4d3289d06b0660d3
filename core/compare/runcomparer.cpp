#include "runcomparer.h"

#include "closepayload.h"
#include "comfyuiadapter.h"
#include "controlframecomparer.h"
#include "deflateagreement.h"
#include "deflateoffer.h"
#include "findinghints.h"
#include "recordedwords.h"
#include "runclock.h"
#include "websocketextensions.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace tunnelscope {

namespace {

Sentence closeText(const CloseRecord &c)
{
    if (!c.frameReceived)
        return Sentence::translate("RunComparer", "1006 (no close frame)");
    if (c.code == 1005)
        return Sentence::translate("RunComparer", "a close frame without status (1005)");
    return Sentence::translate("RunComparer", "close %1 (%2)").arg(c.code, ClosePayload::meaning(c.code));
}

// The frame index where a connection's close shows up, for jumping to it.
qint64 lastFrameOf(const PathRecord &p)
{
    return p.frames.isEmpty() ? -1 : p.frames.count() - 1;
}

// The time of the last frame on a path before `beforeUs`, recorded errors aside.
qint64 lastActivityUs(const PathRecord &p, qint64 beforeUs)
{
    for (qsizetype i = p.frames.count() - 1; i >= 0; --i) {
        const Frame f = p.frames.at(i);
        if (f.type != FrameType::Error && f.tUs < beforeUs)
            return f.tUs;
    }
    return beforeUs;
}

// When the client last sent a close frame on a path (-1: never).
qint64 lastSentCloseUs(const PathRecord &p)
{
    for (qsizetype i = p.frames.count() - 1; i >= 0; --i) {
        const Frame f = p.frames.at(i);
        if (f.type == FrameType::Close && f.dir == Direction::Out)
            return f.tUs;
    }
    return -1;
}

// How long a close handshake through the tunnel takes: the direct path's, plus the delay the
// tunnel typically adds to a round trip (the median message delta). 0 when unknown.
double closeRoundTripMs(const RunRecord &run, const MessageDiffResult &diff)
{
    if (diff.deltasMs.empty())
        return 0;
    std::vector<double> deltas = diff.deltasMs;
    const auto middle = deltas.begin() + std::ptrdiff_t(deltas.size() / 2);
    std::nth_element(deltas.begin(), middle, deltas.end());
    double direct = 0;
    if (const qint64 sent = lastSentCloseUs(run.direct); sent >= 0) {
        for (qsizetype i = run.direct.frames.count() - 1; i >= 0; --i) {
            const Frame f = run.direct.frames.at(i);
            if (f.tUs < sent)
                break;
            if (f.type == FrameType::Close && f.dir == Direction::In)
                direct = RunClock::toMs(f.tUs - sent);
        }
    }
    return direct + std::max(0.0, *middle);
}

// A path's recorded violations, but for the one its last close frame carried: that one is
// reported with the close.
QList<qsizetype> violations(const PathRecord &p)
{
    QList<qsizetype> out;
    const QString closeProblem = p.connections.isEmpty() ? QString() : p.connections.last().close.wireProblem;
    const QByteArray closeText
        = closeProblem.isEmpty() ? QByteArray() : (QStringLiteral("protocol violation: ") + closeProblem).toUtf8();
    for (qsizetype i = 0; i < p.frames.count(); ++i) {
        const Frame f = p.frames.at(i);
        if (f.type == FrameType::Error && f.payload.startsWith(QByteArrayView("protocol violation"))
            && (closeText.isEmpty() || f.payload != QByteArrayView(closeText)))
            out << i;
    }
    return out;
}

} // namespace

RunComparison RunComparer::compare(const RunRecord &run, std::stop_token stop) const
{
    RunComparison result;
    QList<Finding> &out = result.findings;
    compareHandshakes(run, &out);
    compareHandshakeLatency(run, &out);
    compareExtensions(run, &result);
    if (run.direct.everConnected() && run.tunnel.everConnected()) {
        result.diff = m_diff.compare(run, stop);
        if (stop.stop_requested())
            return result;
        if (run.direct.controlFramesRecorded && run.tunnel.controlFramesRecorded) {
            const ControlComparison control = ControlFrameComparer().compare(run, result.diff);
            // The messages that answered our close through the tunnel are told with the close.
            for (const Finding &f : std::as_const(result.diff.findings))
                if (f.kind != QLatin1String("message_extra") || !control.closeAnswers.contains(f.tunnelSeq))
                    out.append(f);
            out += control.findings;
            if (!control.closeForwardedAsData)
                compareCloses(run, result.diff, &out);
            compareViolations(run, control.closeAnswers, &out);
        } else {
            out += result.diff.findings;
            result.notes << Sentence::translate("RunComparer",
                                                "a browser's capture (HAR) keeps data messages only: pings, "
                                                "pongs, closes and protocol violations are not compared");
        }
        if (!run.sharedClock)
            result.notes << Sentence::translate("RunComparer",
                                                "the two sides were captured apart: each message's time is "
                                                "since its own session began, so latency is not compared");
    }
    compareReconnects(run, &out);
    for (const bool tunnel : {false, true})
        result.criticalReceived[tunnel] = m_diff.criticalReceived(run.path(tunnel));
    noteSharedRejections(run, &result.notes);
    comparePrompts(run, &result);
    // Time order; findings without a time (summaries of the whole run) last.
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        const double ta = a.tMs < 0 ? 1e300 : a.tMs, tb = b.tMs < 0 ? 1e300 : b.tMs;
        return ta < tb;
    });
    return result;
}

void RunComparer::compareHandshakes(const RunRecord &run, QList<Finding> *out) const
{
    const HandshakeRecord d = run.direct.firstHandshake();
    const HandshakeRecord t = run.tunnel.firstHandshake();
    if (!t.ok && !run.tunnel.connections.isEmpty()) {
        Finding f;
        f.kind = QStringLiteral("handshake_failed");
        f.path = QStringLiteral("tunnel");
        // When the direct path failed as well, the server is the likelier cause; when the path's
        // proxy refused, the tunnel was never reached and is not judged by it.
        const bool proxyFailed = t.errorKind == QLatin1String("proxy");
        f.severity = (d.ok || run.direct.connections.isEmpty()) && !proxyFailed ? Finding::Severity::Critical
                                                                               : Finding::Severity::Warning;
        f.tMs = RunClock::toMs(t.startUs);
        const Sentence direct = d.ok
            ? Sentence::translate("RunComparer", "the direct path upgraded in %1 ms").arg(Sentence::number(d.durationMs(), 1))
            : Sentence::translate("RunComparer", "the direct path failed too (%1)").arg(RecordedWords::read(d.error));
        Sentence hint;
        if (proxyFailed)
            hint = Sentence::translate("RunComparer",
                                       "the proxy in front of the tunnel path failed before the tunnel was "
                                       "reached, so the tunnel itself was not tested (check the proxy's "
                                       "address, credentials and rules)");
        else if (t.errorKind == QLatin1String("timeout"))
            hint = Sentence::translate("RunComparer",
                                       "the tunnel accepted TCP but never finished the upgrade (\"Handshake not finished\")");
        else if (t.status == 403 || t.status == 401)
            hint = Sentence::translate("RunComparer",
                                       "the tunnel or the server behind it refused the upgrade (check Origin, token and path)");
        else if (t.status >= 500)
            hint = Sentence::translate("RunComparer", "the tunnel could not reach or talk to the server");
        const Sentence error = RecordedWords::read(t.error);
        f.summary = hint.isEmpty()
            ? Sentence::translate("RunComparer", "tunnel upgrade failed: %1; %2").arg(error, direct)
            : Sentence::translate("RunComparer", "tunnel upgrade failed: %1; %2: %3").arg(error, direct, hint);
        f.detail = {{QStringLiteral("error"), t.error}, {QStringLiteral("cause"), t.errorKind}};
        if (t.status)
            f.detail.insert(QStringLiteral("status"), t.status);
        out->append(f);
    }
    if (!d.ok && !run.direct.connections.isEmpty()) {
        Finding f;
        f.kind = QStringLiteral("handshake_failed");
        f.path = QStringLiteral("direct");
        f.severity = Finding::Severity::Warning;
        f.tMs = RunClock::toMs(d.startUs);
        f.summary = Sentence::translate("RunComparer",
                                        "direct upgrade failed: %1; with no direct session there is nothing "
                                        "to compare the tunnel with")
                        .arg(RecordedWords::read(d.error));
        f.detail = {{QStringLiteral("error"), d.error}, {QStringLiteral("cause"), d.errorKind}};
        out->append(f);
    }
}

void RunComparer::compareExtensions(const RunRecord &run, RunComparison *result) const
{
    const HandshakeRecord d = run.direct.firstHandshake();
    const HandshakeRecord t = run.tunnel.firstHandshake();
    if (!d.ok || !t.ok)
        return;
    const QByteArray offered = WebSocketExtensions::joined(d.requestHeaders);
    const std::optional<DeflateOffer> offer = DeflateOffer::fromRequest(offered);
    if (!offer || WebSocketExtensions::joined(t.requestHeaders) != offered)
        return; // nothing offered, or not the same offer on both paths: nothing to hold the tunnel to
    const QByteArray directAnswer = WebSocketExtensions::joined(d.headers);
    const QByteArray tunnelAnswer = WebSocketExtensions::joined(t.headers);
    QString error;
    const std::optional<DeflateAgreement> direct = DeflateAgreement::fromAnswer(directAnswer, *offer, &error);
    const std::optional<DeflateAgreement> tunnel = DeflateAgreement::fromAnswer(tunnelAnswer, *offer, &error);
    if (!direct && tunnel) {
        result->notes << Sentence::translate("RunComparer",
                                             "the tunnel agreed to permessage-deflate (\"%1\") where the server "
                                             "did not: its edge compresses its own hop")
                             .arg(QString::fromLatin1(tunnelAnswer.left(200)));
        return;
    }
    if (!direct || (tunnel && *tunnel == *direct))
        return;
    Finding f;
    f.kind = QStringLiteral("protocol_violation");
    f.severity = Finding::Severity::Warning;
    f.path = QStringLiteral("tunnel");
    f.tMs = RunClock::toMs(t.answerUs);
    f.detail = {{QStringLiteral("direct_extensions"), QString::fromLatin1(directAnswer)},
                {QStringLiteral("tunnel_extensions"), QString::fromLatin1(tunnelAnswer)}};
    if (!tunnel) {
        f.detail.insert(QStringLiteral("cause"), QStringLiteral("extension_stripped"));
        f.summary = Sentence::translate("RunComparer",
                                        "tunnel removed permessage-deflate: the server agreed to it on the direct path "
                                        "(\"%1\"), the tunnel's upgrade answer has none, so every message crosses the "
                                        "tunnel uncompressed (a proxy that rebuilds the upgrade request without "
                                        "Sec-WebSocket-Extensions, or answers the upgrade itself)")
                        .arg(QString::fromLatin1(directAnswer.left(200)));
    } else {
        f.detail.insert(QStringLiteral("cause"), QStringLiteral("extension_changed"));
        f.summary = Sentence::translate("RunComparer",
                                        "tunnel changed what permessage-deflate agreed: \"%1\" on the direct "
                                        "path, \"%2\" through the tunnel, for the same offer")
                        .arg(QString::fromLatin1(directAnswer.left(200)), QString::fromLatin1(tunnelAnswer.left(200)));
    }
    result->findings.append(f);
}

namespace {
// The time one phase of an upgrade took, in ms (-1 when the phase was not reached or not
// recorded): TCP connect, TLS, sending the request, waiting for the answer.
struct UpgradePhases
{
    double tcp = -1, tls = -1, request = -1, answer = -1;

    static UpgradePhases of(const HandshakeRecord &h)
    {
        auto span = [](qint64 from, qint64 to) { return from >= 0 && to >= from ? double(to - from) / 1000.0 : -1.0; };
        const qint64 secured = h.tlsDoneUs >= 0 ? h.tlsDoneUs : h.tcpConnectedUs;
        return {span(h.startUs, h.tcpConnectedUs), span(h.tcpConnectedUs, h.tlsDoneUs), span(secured, h.upgradeSentUs),
                span(h.upgradeSentUs, h.answerUs)};
    }
};
} // namespace

void RunComparer::compareHandshakeLatency(const RunRecord &run, QList<Finding> *out) const
{
    if (!run.sharedClock)
        return; // two captures made apart: their upgrades were timed on different clocks

    // The first upgrade of each path: the same request to the same server, one of them through
    // the tunnel (a reconnect's upgrade is compared with nothing).
    const HandshakeRecord d = run.direct.firstHandshake();
    const HandshakeRecord t = run.tunnel.firstHandshake();
    if (!d.ok || !t.ok || d.durationMs() < 0 || t.durationMs() < 0)
        return;
    const double added = t.durationMs() - d.durationMs();
    const double limit = m_profile.compare.latencyWarnMs;
    if (added <= limit / 4)
        return;
    const UpgradePhases dp = UpgradePhases::of(d), tp = UpgradePhases::of(t);
    const QList<std::tuple<QString, double, double>> phases{{QStringLiteral("tcp_connect"), dp.tcp, tp.tcp},
                                                            {QStringLiteral("tls"), dp.tls, tp.tls},
                                                            {QStringLiteral("request"), dp.request, tp.request},
                                                            {QStringLiteral("answer"), dp.answer, tp.answer}};
    static const QMap<QString, const char *> words{
        {QStringLiteral("tcp_connect"), QT_TRANSLATE_NOOP("RunComparer", "connecting TCP")},
        {QStringLiteral("tls"), QT_TRANSLATE_NOOP("RunComparer", "the TLS handshake")},
        {QStringLiteral("request"), QT_TRANSLATE_NOOP("RunComparer", "sending the request")},
        {QStringLiteral("answer"), QT_TRANSLATE_NOOP("RunComparer", "waiting for the upgrade answer")}};
    QString slowest;
    double most = 0;
    QJsonObject perPhase;
    for (const auto &[name, direct, tunnel] : phases) {
        if (direct < 0 || tunnel < 0)
            continue;
        perPhase.insert(name, std::round((tunnel - direct) * 1000.0) / 1000.0);
        if (tunnel - direct > most) {
            most = tunnel - direct;
            slowest = name;
        }
    }
    Finding f;
    f.kind = QStringLiteral("latency_regression");
    f.severity = added > limit ? Finding::Severity::Warning : Finding::Severity::Info;
    f.path = QStringLiteral("tunnel");
    f.tMs = RunClock::toMs(t.startUs);
    const Sentence verdict = added > limit
        ? Sentence::translate("RunComparer",
                              "above the %1 ms limit (compare.latency_warn_ms): every connection and "
                              "reconnect waits that much longer")
              .arg(Sentence::number(limit, 0))
        : Sentence::translate("RunComparer", "within the %1 ms limit").arg(Sentence::number(limit, 0));
    const Sentence tunnelMs = Sentence::number(t.durationMs(), 1), directMs = Sentence::number(d.durationMs(), 1),
                   addedMs = Sentence::number(added, 1);
    f.summary = slowest.isEmpty()
        ? Sentence::translate("RunComparer", "the tunnel's upgrade took %1 ms where the direct path's took %2 ms (+%3 ms): %4")
              .arg(tunnelMs, directMs, addedMs, verdict)
        : Sentence::translate("RunComparer",
                              "the tunnel's upgrade took %1 ms where the direct path's took %2 ms (+%3 ms, most of it %4): %5")
              .arg(tunnelMs, directMs, addedMs, Sentence::translate("RunComparer", words.value(slowest)), verdict);
    f.detail = {{QStringLiteral("phase"), QStringLiteral("handshake")},
                {QStringLiteral("direct_ms"), d.durationMs()},
                {QStringLiteral("tunnel_ms"), t.durationMs()},
                {QStringLiteral("added_ms_by_phase"), perPhase}};
    out->append(f);
}

namespace {

// The ways two connections' ends can differ, each a step that either judges the pair (fills in
// the finding and says so) or leaves it to the next. In order: what the client's own timing
// explains, what breaks RFC 6455, a lost or emptied close, a cut reason, a server that gave up
// on the tunnelled client, any other difference.

// We gave up before our close could have been answered: our timing, not the tunnel's.
bool closedBeforeItCouldBeAnswered(const RunRecord &run, const MessageDiffResult &diff, Finding *f)
{
    const CloseRecord t = run.tunnel.lastClose();
    const double roundTripMs = closeRoundTripMs(run, diff);
    if (!t.frameSent || t.frameReceived || t.tcpEndedBy != CloseRecord::TcpEndedBy::Client || roundTripMs <= 0)
        return false;
    const double waitedMs = RunClock::toMs(t.endedUs - lastSentCloseUs(run.tunnel));
    if (waitedMs >= roundTripMs)
        return false;
    f->kind = QStringLiteral("close_mismatch");
    f->severity = Finding::Severity::Info;
    f->summary = Sentence::translate("RunComparer",
                                     "no verdict on how the tunnel closes: the client stopped waiting for the server's close "
                                     "%1 s after sending its own, less than one round trip through this tunnel (about %2 s); "
                                     "set the close step's await_close_ms above that")
                     .arg(Sentence::number(waitedMs / 1000.0, 1), Sentence::number(roundTripMs / 1000.0, 1));
    f->detail.insert(QStringLiteral("waited_ms"), waitedMs);
    f->detail.insert(QStringLiteral("round_trip_ms"), roundTripMs);
    return true;
}

bool closeFrameBreaksRfc(const CloseRecord &d, const CloseRecord &t, Finding *f)
{
    if (t.wireProblem.isEmpty())
        return false;
    f->kind = QStringLiteral("protocol_violation");
    f->detail.insert(QStringLiteral("violation"), t.wireProblem);
    if (d.wireProblem == t.wireProblem) {
        f->severity = Finding::Severity::Warning;
        f->summary = Sentence::translate("RunComparer",
                                         "the server's close frame breaks RFC 6455 (on both paths): %1; "
                                         "browsers treat it as a protocol error")
                         .arg(t.wireProblem);
        return true;
    }
    f->severity = Finding::Severity::Critical;
    f->summary = Sentence::translate("RunComparer",
                                     "tunnel sent a close frame with code %1 on the wire, a code RFC 6455 forbids sending "
                                     "(the direct path got %2): the proxy forwards a code that only describes a failure; "
                                     "browsers treat it as a protocol error")
                     .arg(t.code, closeText(d));
    return true;
}

// The direct path got a close with a status; the tunnel path got none, or one without a status.
bool closeLost(const RunRecord &run, const Protocol &protocol, Finding *f)
{
    const CloseRecord d = run.direct.lastClose();
    const CloseRecord t = run.tunnel.lastClose();
    if (!d.frameReceived || d.code == 1005 || (t.frameReceived && t.code != 1005))
        return false;
    HintContext hc;
    hc.kind = QStringLiteral("close_truncated");
    hc.tunnelClosedWithoutFrame = !t.frameReceived;
    hc.clientInitiatedClose = t.initiatedBy == CloseRecord::Initiator::Client;
    hc.tunnelIdleMs = RunClock::toMs(t.endedUs - lastActivityUs(run.tunnel, t.endedUs));
    hc.tunnelTcpEndedByClient = t.tcpEndedBy == CloseRecord::TcpEndedBy::Client;
    hc.tunnelTcpEndedByPeer = t.tcpEndedBy == CloseRecord::TcpEndedBy::Peer;
    if (t.endedUs >= 0 && d.endedUs >= 0)
        hc.tunnelHeldOpenMs = RunClock::toMs(t.endedUs - d.endedUs);
    f->kind = hc.kind;
    f->severity = Finding::Severity::Critical;
    const Sentence hint = FindingHints::hint(hc);
    // The idle-timeout cause reads as one sentence with the close: "... 1006 (no close frame) 100.2 s after ...".
    f->summary = hint.english().contains(QLatin1String("after the last frame"))
        ? Sentence::translate("RunComparer", "tunnel ended with %1 %2 (the direct path got %3)")
              .arg(closeText(t), hint, closeText(d))
        : Sentence::translate("RunComparer", "tunnel ended with %1 where the direct path got %2: %3")
              .arg(closeText(t), closeText(d), hint);
    f->detail.insert(QStringLiteral("tunnel_idle_ms"), hc.tunnelIdleMs);
    f->detail.insert(QStringLiteral("tunnel_tcp_ended_by"), CloseRecord::tcpEndedByName(t.tcpEndedBy));
    f->summary = f->summary.joined(protocol.explainServerClose(run.tunnel));
    return true;
}

bool closeReasonCut(const CloseRecord &d, const CloseRecord &t, Finding *f)
{
    if (!d.frameReceived || !t.frameReceived || d.code != t.code || t.reason == d.reason || !d.reason.startsWith(t.reason))
        return false;
    f->kind = QStringLiteral("close_truncated");
    f->severity = Finding::Severity::Critical;
    f->summary = Sentence::translate("RunComparer", "tunnel cut the close reason from %1 to %2 bytes")
                     .arg(Sentence::number(d.reason.size()), Sentence::number(t.reason.size()));
    return true;
}

bool serverGaveUpOnTunnel(const RunRecord &run, const Protocol &protocol, Finding *f)
{
    const CloseRecord d = run.direct.lastClose();
    const CloseRecord t = run.tunnel.lastClose();
    if (d.initiatedBy != CloseRecord::Initiator::Client || t.initiatedBy != CloseRecord::Initiator::Server)
        return false;
    f->kind = QStringLiteral("close_mismatch");
    f->severity = Finding::Severity::Warning;
    const Sentence authTimeout = protocol.explainServerClose(run.tunnel);
    const Sentence why
        = authTimeout.isEmpty() ? Sentence::translate("RunComparer", "a heartbeat or ping timeout, typically") : authTimeout;
    f->summary = t.reason.isEmpty()
        ? Sentence::translate("RunComparer",
                              "the server closed the tunnelled connection (%1) while the direct one stayed up "
                              "until the client closed it: the server gave up on the client through the "
                              "tunnel (%2)")
              .arg(closeText(t), why)
        : Sentence::translate("RunComparer",
                              "the server closed the tunnelled connection (%1, reason \"%2\") while the "
                              "direct one stayed up until the client closed it: the server gave up on the "
                              "client through the tunnel (%3)")
              .arg(closeText(t), decodeUtf8(t.reason), why);
    f->detail.insert(QStringLiteral("tunnel_reason"), decodeUtf8(t.reason));
    return true;
}

bool closedDifferently(const CloseRecord &d, const CloseRecord &t, Finding *f)
{
    if (d.code == t.code && d.frameReceived == t.frameReceived)
        return false;
    f->kind = QStringLiteral("close_mismatch");
    f->severity = Finding::Severity::Warning;
    f->summary = Sentence::translate("RunComparer", "the connections ended differently: direct %1, tunnel %2")
                     .arg(closeText(d), closeText(t));
    return true;
}

} // namespace

void RunComparer::compareCloses(const RunRecord &run, const MessageDiffResult &diff, QList<Finding> *out) const
{
    const CloseRecord d = run.direct.lastClose();
    const CloseRecord t = run.tunnel.lastClose();
    // The client ended the tunnel connection over what the tunnel sent: that violation is the
    // finding, and the close that followed is the client's, not the tunnel's.
    if (t.failedByClient() && !d.failedByClient())
        return;
    Finding f;
    f.path = QStringLiteral("tunnel");
    f.tMs = RunClock::toMs(t.endedUs);
    f.tunnelSeq = lastFrameOf(run.tunnel);
    f.directSeq = lastFrameOf(run.direct);
    f.detail = {{QStringLiteral("direct_code"), d.code},
                {QStringLiteral("tunnel_code"), t.code},
                {QStringLiteral("direct_frame_received"), d.frameReceived},
                {QStringLiteral("tunnel_frame_received"), t.frameReceived}};
    const Protocol &protocol = m_profile.protocolHandler();
    if (closedBeforeItCouldBeAnswered(run, diff, &f) || closeFrameBreaksRfc(d, t, &f) || closeLost(run, protocol, &f)
        || closeReasonCut(d, t, &f) || serverGaveUpOnTunnel(run, protocol, &f) || closedDifferently(d, t, &f))
        out->append(f);
}

void RunComparer::compareViolations(const RunRecord &run, const QList<qint64> &closeAnswers, QList<Finding> *out) const
{
    const QList<qsizetype> direct = violations(run.direct);
    QList<qsizetype> tunnel = violations(run.tunnel);
    // What the server's answers to a close it got as data broke is told with that close: the
    // adapter records a violation right after the message that broke the rule.
    tunnel.removeIf([&closeAnswers](qsizetype i) { return closeAnswers.contains(i - 1); });
    // The tunnel's extra ones, each; else the server's own breakage (seen on both paths) or
    // one the tunnel hid, named as the server's, a few at most.
    const bool onTunnel = !tunnel.isEmpty() && direct.size() < tunnel.size();
    const PathRecord &path = onTunnel ? run.tunnel : run.direct;
    const QList<qsizetype> &which = onTunnel ? tunnel : direct;
    for (const qsizetype index : which.first(onTunnel ? which.size() : std::min<qsizetype>(which.size(), 10))) {
        const Frame frame = path.frames.at(index);
        const QString text = decodeUtf8(frame.payload);
        const Sentence said = RecordedWords::read(text);
        Finding f;
        f.kind = QStringLiteral("protocol_violation");
        f.tMs = RunClock::toMs(frame.tUs);
        if (onTunnel) {
            f.severity = Finding::Severity::Critical;
            f.path = QStringLiteral("tunnel");
            f.tunnelSeq = index;
            f.summary = text.contains(QLatin1String("could not be inflated"))
                ? Sentence::translate("RunComparer",
                                      "tunnel path only: %1 (the tunnel changed the bytes of a compressed message: a relay "
                                      "must pass permessage-deflate frames on as they are, or agree to compression on each hop)")
                      .arg(said)
                : Sentence::translate("RunComparer", "tunnel path only: %1").arg(said);
        } else {
            f.severity = Finding::Severity::Warning;
            f.path = QStringLiteral("direct");
            f.directSeq = index;
            f.summary = tunnel.isEmpty()
                ? Sentence::translate("RunComparer",
                                      "direct path only: %1 (the tunnel path did not see it: the "
                                      "tunnel rewrote or dropped what broke the rule)")
                      .arg(said)
                : Sentence::translate("RunComparer", "the server broke the protocol (on both paths): %1").arg(said);
        }
        out->append(f);
    }
}

void RunComparer::noteSharedRejections(const RunRecord &run, QList<Sentence> *notes) const
{
    // The same refusal on both paths comes from the server, not from the tunnel.
    static const QList<QPair<QByteArray, const char *>> refusals{
        {QByteArrayLiteral("\"auth_invalid\""),
         QT_TRANSLATE_NOOP("RunComparer",
                           "Home Assistant answered auth_invalid on both paths: the token is refused by the "
                           "server itself (wrong or expired), not lost by the tunnel")},
        {QByteArrayLiteral("44{"),
         QT_TRANSLATE_NOOP("RunComparer",
                           "the Socket.IO server refused the namespace connection (44) on both paths: the auth "
                           "is refused by the server, not by the tunnel")},
    };
    auto received = [](const PathRecord &p, const QByteArray &needle) {
        for (qsizetype i = 0; i < p.frames.count(); ++i) {
            const Frame f = p.frames.at(i);
            if (f.dir == Direction::In && f.type == FrameType::Text && f.payload.contains(needle))
                return true;
        }
        return false;
    };
    for (const auto &[needle, note] : refusals)
        if (received(run.direct, needle) && received(run.tunnel, needle))
            notes->append(Sentence::translate("RunComparer", note));
    const HandshakeRecord d = run.direct.firstHandshake(), t = run.tunnel.firstHandshake();
    if (!d.ok && !t.ok && d.status >= 300 && d.status == t.status)
        notes->append(Sentence::translate("RunComparer",
                                          "both paths were refused with HTTP %1: the server (or a proxy in "
                                          "front of both) refuses the upgrade; check Origin, the token and the path")
                          .arg(d.status));
}

void RunComparer::comparePrompts(const RunRecord &run, RunComparison *result) const
{
    auto heardEnd = [](const PathRecord &p) {
        for (const PromptRecord &r : p.prompts)
            if (!r.outcome.isEmpty())
                return &r;
        return static_cast<const PromptRecord *>(nullptr);
    };
    const PromptRecord *directEnd = heardEnd(run.direct);
    for (const PromptRecord &p : run.tunnel.prompts) {
        if (!p.outcome.isEmpty())
            continue;
        if (p.history == QLatin1String("not_found") || p.history == QLatin1String("unreachable")) {
            result->notes.append(Sentence::translate("RunComparer",
                                                     "the tunnel path's prompt %1 never reported how it "
                                                     "ended, and the server could not tell either: %2")
                                     .arg(p.id, RecordedWords::read(p.historyDetail)));
            continue;
        }
        if (p.history.isEmpty())
            continue;
        // Finished on the server, never told through the tunnel: what keeps a UI on "processing".
        const Sentence evidence = Sentence::translate("RunComparer",
                                                      "%1 through the tunnel: the prompt finished on the "
                                                      "server, the tunnel lost the notification (a ComfyUI "
                                                      "front end stays on \"processing\")")
                                      .arg(RecordedWords::read(p.historyDetail));
        bool folded = false;
        for (Finding &f : result->findings) {
            const QString message = f.detail.value(QStringLiteral("message")).toString();
            if (f.kind == QLatin1String("message_missing") && f.path == QLatin1String("tunnel")
                && ComfyUiAdapter::isFinalEvent(message) && !f.detail.contains(QStringLiteral("prompt_id"))) {
                f.summary = f.summary.joined(evidence);
                f.detail.insert(QStringLiteral("prompt_id"), p.id);
                f.detail.insert(QStringLiteral("history"), p.history);
                folded = true;
                break;
            }
        }
        if (folded)
            continue;
        Finding f;
        f.kind = QStringLiteral("message_missing");
        f.severity = Finding::Severity::Critical;
        f.path = QStringLiteral("tunnel");
        f.tMs = RunClock::toMs(p.historyUs);
        f.summary = (p.lastEvent.isEmpty()
                         ? Sentence::translate("RunComparer",
                                               "tunnel never delivered how prompt %1 ended (no message "
                                               "came for it)")
                               .arg(p.id)
                         : Sentence::translate("RunComparer", "tunnel never delivered how prompt %1 ended (last message: %2)")
                               .arg(p.id, p.lastEvent))
                        .joined(evidence);
        if (directEnd)
            f.summary = f.summary.joined(
                Sentence::translate("RunComparer", "the direct path heard %1 for its prompt").arg(directEnd->outcome));
        f.detail = {{QStringLiteral("message"), QStringLiteral("execution_success")},
                    {QStringLiteral("prompt_id"), p.id},
                    {QStringLiteral("history"), p.history}};
        result->findings.append(f);
    }
    for (const PromptRecord &p : run.direct.prompts)
        if (p.outcome.isEmpty() && (p.history == QLatin1String("success") || p.history == QLatin1String("error")))
            result->notes.append(Sentence::translate("RunComparer",
                                                     "the direct path never heard how prompt %1 ended "
                                                     "either, though %2: the server (or the direct route) "
                                                     "loses it, not the tunnel")
                                     .arg(p.id, RecordedWords::read(p.historyDetail)));
}

void RunComparer::compareReconnects(const RunRecord &run, QList<Finding> *out) const
{
    if (run.tunnel.reconnects() != run.direct.reconnects()) {
        Finding f;
        f.kind = QStringLiteral("reconnect_mismatch");
        f.severity = Finding::Severity::Warning;
        f.path = QStringLiteral("tunnel");
        f.summary = Sentence::translate("RunComparer", "tunnel path reconnected %1 time(s), direct path %2 time(s)")
                        .arg(run.tunnel.reconnects(), run.direct.reconnects());
        if (!run.tunnel.reconnectsUs.isEmpty())
            f.tMs = RunClock::toMs(run.tunnel.reconnectsUs.first());
        f.detail = {{QStringLiteral("direct"), run.direct.reconnects()}, {QStringLiteral("tunnel"), run.tunnel.reconnects()}};
        out->append(f);
    }
    if (run.tunnel.heartbeatTimeouts > run.direct.heartbeatTimeouts) {
        Finding f;
        f.kind = QStringLiteral("heartbeat_timeout");
        f.severity = Finding::Severity::Warning;
        f.path = QStringLiteral("tunnel");
        f.summary = Sentence::translate("RunComparer",
                                        "%1 heartbeat ping(s) went unanswered within %2 ms on the tunnel path (direct: %3)")
                        .arg(run.tunnel.heartbeatTimeouts, m_profile.heartbeat.timeoutMs, run.direct.heartbeatTimeouts);
        out->append(f);
    }
}

} // namespace tunnelscope
