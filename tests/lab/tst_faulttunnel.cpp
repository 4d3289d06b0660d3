#include "comparisonreport.h"
#include "profileloader.h"
#include "profileplayer.h"
#include "scenariorunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace tunnelscope;

// Every fault kind of the lab tunnel, played as a real paired session over loopback,
// checked by what the wire client recorded on each path.
class tst_FaultTunnel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanTunnelChangesNothing();
    void latency();
    void dropBeforeCloseLosesAuthInvalid();
    void abruptClose();
    void closeWithoutStatus();
    void reservedCloseCode();
    void duplicate();
    void bomPrefix();
    void junkPrefix();
    void textToBinary();
    void dropRandomIsSeeded();
    void stallHandshake();
    void rejectUpgrade();
    void idleTimeout();
    void faultsCompose();
    void reconnectWithBackoff();
    void heartbeatTimeout();
    void findingPerFault_data();
    void findingPerFault();
    void serverPingsSeenOnBothPathsAreNoFinding();
    void closeWaitShorterThanARoundTripIsNoVerdict();
    void closeAsTextFoundWhenTheDirectServerClosesSlowly();
    void homeAssistantAuthTimeout();
    void unreachableUpstreamIsBadGateway();

private:
    std::unique_ptr<ScenarioRunner> play(const QByteArray &json);
    static QByteArray echo(const char *faults, const char *extraSteps = "");
    static QList<Frame> received(const PathRecord &p);
    static void checkClock(const RunRecord &run);
};

std::unique_ptr<ScenarioRunner> tst_FaultTunnel::play(const QByteArray &json)
{
    auto runner = playProfile(json);
    if (runner)
        for (const auto &run : runner->runs())
            checkClock(*run);
    return runner;
}

QByteArray tst_FaultTunnel::echo(const char *faults, const char *extraSteps)
{
    return QByteArray(R"({"name":"fault","lab":{"endpoint":"echo","faults":)") + faults + R"(},"steps":[
        {"send":{"type":"m","n":1},"expect":{"type":"m"},"timeout_ms":500},
        {"send":{"text":"plain"},"expect":{"text":"plain"},"timeout_ms":500},)"
        + extraSteps + R"(
        {"close":1000,"await_close_ms":1000}]})";
}

QList<Frame> tst_FaultTunnel::received(const PathRecord &p)
{
    QList<Frame> out;
    for (qsizetype i = 0; i < p.frames.count(); ++i)
        if (p.frames.at(i).isData() && p.frames.at(i).dir == Direction::In)
            out << p.frames.at(i);
    return out;
}

void tst_FaultTunnel::checkClock(const RunRecord &run)
{
    // One clock for both paths, µs resolution, never backwards within a path.
    for (const PathRecord *p : {&run.direct, &run.tunnel}) {
        for (qsizetype i = 1; i < p->frames.count(); ++i)
            QVERIFY(p->frames.at(i).tUs >= p->frames.at(i - 1).tUs);
        if (!p->connections.isEmpty())
            QVERIFY(p->connections.first().handshake.startUs < 1000000);
    }
}

void tst_FaultTunnel::cleanTunnelChangesNothing()
{
    const auto r = play(echo("[]"));
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QCOMPARE(received(run.direct).size(), 2);
    QCOMPARE(received(run.tunnel).size(), 2);
    QCOMPARE(received(run.tunnel).at(0).payload, received(run.direct).at(0).payload);
    QCOMPARE(run.tunnel.lastClose().code, quint16(1000));
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Clean);
}

void tst_FaultTunnel::latency()
{
    const auto r = play(R"({"name":"lat","lab":{"endpoint":"echo","faults":[{"kind":"latency","ms":50}]},
        "steps":[{"ping":"a","timeout_ms":2000,"repeat":3},{"send":{"text":"t"},"expect":{"text":"t"},"timeout_ms":2000}]})");
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QCOMPARE(run.tunnel.pings.size(), 3);
    for (const PingSample &s : run.tunnel.pings)
        QVERIFY2(s.rttUs >= 100000, qPrintable(QString::number(s.rttUs))); // 50 ms each way
    for (const PingSample &s : run.direct.pings)
        QVERIFY2(s.rttUs < 50000, qPrintable(QString::number(s.rttUs)));
    const Frame tunnelEcho = received(run.tunnel).last();
    const Frame directEcho = received(run.direct).last();
    QVERIFY(tunnelEcho.tUs - directEcho.tUs >= 90000);
}

void tst_FaultTunnel::dropBeforeCloseLosesAuthInvalid()
{
    const auto r = play(R"({"name":"ha","lab":{"endpoint":"homeassistant","token":"good",
        "faults":[{"kind":"latency","ms":20},{"kind":"drop_before_close"}]},
        "steps":[{"expect":{"type":"auth_required"},"timeout_ms":2000},
                 {"send":{"type":"auth","access_token":"bad"}},
                 {"expect":{"type":["auth_ok","auth_invalid"]},"timeout_ms":2000},
                 {"await_close_ms":2000}]})");
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    auto has = [](const PathRecord &p, QByteArrayView needle) {
        for (const Frame &f : received(p))
            if (f.payload.contains(needle))
                return true;
        return false;
    };
    QVERIFY(has(run.direct, "auth_invalid"));
    QVERIFY(!has(run.tunnel, "auth_invalid"));
    QVERIFY(has(run.tunnel, "auth_required"));
    QVERIFY(run.tunnel.lastClose().frameReceived);
    QCOMPARE(run.tunnel.lastClose().code, quint16(1000));
    QCOMPARE(run.direct.lastClose().initiatedBy, CloseRecord::Initiator::Server);
    bool expectFailed = false;
    for (const StepOutcome &s : run.tunnel.steps)
        expectFailed = expectFailed || (s.step == 2 && !s.ok);
    QVERIFY(expectFailed);
}

void tst_FaultTunnel::abruptClose()
{
    const auto r = play(echo(R"([{"kind":"abrupt_close"}])"));
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QVERIFY(run.direct.lastClose().frameReceived);
    QCOMPARE(run.direct.lastClose().code, quint16(1000));
    QVERIFY(!run.tunnel.lastClose().frameReceived);
    QCOMPARE(run.tunnel.lastClose().code, quint16(1006));
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QCOMPARE(report.findings(0).first().kind, QStringLiteral("close_truncated"));
    QCOMPARE(report.findings(0).first().severity, Finding::Severity::Critical);
}

void tst_FaultTunnel::closeWithoutStatus()
{
    const auto r = play(echo(R"([{"kind":"close_without_status"}])"));
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QVERIFY(run.tunnel.lastClose().frameReceived);
    QCOMPARE(run.tunnel.lastClose().code, quint16(1005));
    QCOMPARE(run.direct.lastClose().code, quint16(1000));
}

void tst_FaultTunnel::reservedCloseCode()
{
    const auto r = play(echo(R"([{"kind":"reserved_close_code"}])"));
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    const CloseRecord c = run.tunnel.lastClose();
    QVERIFY(c.frameReceived);
    QCOMPARE(c.code, quint16(1006));
    QVERIFY2(c.wireProblem.contains(QLatin1String("must not be sent on the wire")), qPrintable(c.wireProblem));
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QCOMPARE(report.findings(0).size(), 1);
    QCOMPARE(report.findings(0).first().kind, QStringLiteral("protocol_violation"));
}

void tst_FaultTunnel::duplicate()
{
    const auto r = play(echo(R"([{"kind":"duplicate","match":{"type":"m"}}])"));
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    const QList<Frame> t = received(run.tunnel);
    QCOMPARE(received(run.direct).size(), 2);
    QCOMPARE(t.size(), 3);
    QCOMPARE(t.at(0).payload, t.at(1).payload);
    QCOMPARE(t.at(2).payload, QByteArrayView("plain"));
}

void tst_FaultTunnel::bomPrefix()
{
    const auto r = play(echo(R"([{"kind":"bom_prefix"}])"));
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QVERIFY(received(run.tunnel).at(0).payload.startsWith(QByteArrayView("\xEF\xBB\xBF{\"n\":1,\"type\":\"m\"}")));
    QVERIFY(received(run.direct).at(0).payload.startsWith(QByteArrayView("{\"n\"")));
}

void tst_FaultTunnel::junkPrefix()
{
    const auto r = play(echo(R"([{"kind":"junk_prefix"}])"));
    QVERIFY(r);
    QVERIFY(received(r->runs().front()->tunnel).at(0).payload.startsWith(QByteArrayView(")]}'")));
}

void tst_FaultTunnel::textToBinary()
{
    const auto r = play(echo(R"([{"kind":"text_to_binary"}])"));
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QCOMPARE(received(run.tunnel).at(0).type, FrameType::Binary);
    QCOMPARE(received(run.direct).at(0).type, FrameType::Text);
    QCOMPARE(received(run.tunnel).at(0).payload, received(run.direct).at(0).payload);
}

void tst_FaultTunnel::dropRandomIsSeeded()
{
    const QByteArray json = R"({"name":"drop","lab":{"endpoint":"echo","faults":[{"kind":"drop_random","p":0.5,"seed":7}]},
        "steps":[{"send":{"text":"x"},"repeat":30},{"wait_ms":300}]})";
    qsizetype counts[2];
    for (qsizetype &count : counts) {
        const auto r = play(json);
        QVERIFY(r);
        QCOMPARE(received(r->runs().front()->direct).size(), 30);
        count = received(r->runs().front()->tunnel).size();
    }
    QVERIFY2(counts[0] > 3 && counts[0] < 27, qPrintable(QString::number(counts[0])));
    QCOMPARE(counts[1], counts[0]);

    const auto all = play(R"({"name":"drop","lab":{"endpoint":"echo","faults":[{"kind":"drop_random","p":1}]},
        "steps":[{"send":{"text":"x"},"repeat":5},{"wait_ms":200}]})");
    QVERIFY(all);
    QCOMPARE(received(all->runs().front()->tunnel).size(), 0);
}

void tst_FaultTunnel::stallHandshake()
{
    const auto r
        = play(R"({"name":"stall","handshake_timeout_ms":1000,"lab":{"endpoint":"echo","faults":[{"kind":"stall_handshake"}]},
        "steps":[{"send":{"text":"x"}}]})");
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QVERIFY(run.direct.firstHandshake().ok);
    const HandshakeRecord h = run.tunnel.firstHandshake();
    QVERIFY(!h.ok);
    QCOMPARE(h.errorKind, QStringLiteral("timeout"));
    QVERIFY(h.tcpConnectedUs >= 0); // TCP was accepted; only the upgrade never came
    const qint64 failedAt = run.tunnel.frames.at(run.tunnel.frames.count() - 1).tUs;
    const qint64 took = failedAt - h.startUs;
    QVERIFY2(took >= 800000 && took <= 1200000, qPrintable(QString::number(took)));
}

void tst_FaultTunnel::rejectUpgrade()
{
    const auto r = play(R"({"name":"reject","lab":{"endpoint":"echo","faults":[{"kind":"reject_upgrade","status":403}]},
        "steps":[{"send":{"text":"x"}}]})");
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QVERIFY(run.direct.firstHandshake().ok);
    QCOMPARE(run.tunnel.firstHandshake().status, 403);
    QCOMPARE(run.tunnel.firstHandshake().error,
             QStringLiteral("HTTP 403 Forbidden: \"Upgrade rejected by the lab tunnel (reject_upgrade fault)\""));
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QCOMPARE(report.findings(0).first().kind, QStringLiteral("handshake_failed"));
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Broken);
}

void tst_FaultTunnel::idleTimeout()
{
    const auto r = play(echo(R"([{"kind":"idle_timeout","ms":300}])", R"({"wait_ms":900},)"));
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QCOMPARE(run.direct.lastClose().code, quint16(1000));
    const CloseRecord c = run.tunnel.lastClose();
    QVERIFY(!c.frameReceived);
    QCOMPARE(c.code, quint16(1006));
    const QList<Frame> t = received(run.tunnel);
    const qint64 idle = c.endedUs - t.last().tUs;
    QVERIFY2(idle >= 280000 && idle < 600000, qPrintable(QString::number(idle)));
}

void tst_FaultTunnel::faultsCompose()
{
    const auto r = play(echo(R"([{"kind":"latency","ms":30},{"kind":"duplicate"},{"kind":"bom_prefix"}])"));
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    const QList<Frame> t = received(run.tunnel);
    QCOMPARE(t.size(), 4);
    for (const Frame &f : t)
        QVERIFY(f.payload.startsWith(QByteArrayView("\xEF\xBB\xBF")));
    QVERIFY(t.at(0).tUs - received(run.direct).at(0).tUs >= 50000);
}

void tst_FaultTunnel::reconnectWithBackoff()
{
    const auto r = play(R"({"name":"rc","lab":{"endpoint":"echo","faults":[{"kind":"idle_timeout","ms":150}]},
        "reconnect":{"max_attempts":2,"initial_ms":50,"max_ms":200,"factor":2,"jitter":0.1},
        "steps":[{"send":{"text":"a"},"expect":{"text":"a"},"timeout_ms":500},{"wait_ms":400},{"send":{"text":"b"}},{"close":1000}]})");
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QCOMPARE(run.direct.reconnects(), 0);
    QCOMPARE(run.tunnel.reconnects(), 2);
    QCOMPARE(run.tunnel.connections.size(), 3);
    // Backoff grows: the second wait is about twice the first.
    const qint64 firstWait = run.tunnel.reconnectsUs[0] - run.tunnel.connections[0].close.endedUs;
    QVERIFY2(firstWait >= 40000 && firstWait <= 80000, qPrintable(QString::number(firstWait)));
    const qint64 secondWait = run.tunnel.reconnectsUs[1] - run.tunnel.connections[1].close.endedUs;
    QVERIFY2(secondWait >= 85000 && secondWait <= 150000, qPrintable(QString::number(secondWait)));
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QVERIFY(report.findingCounts().contains(QStringLiteral("reconnect_mismatch")));
    QCOMPARE(report.reconnects(true), 2);
    QCOMPARE(report.closeCodes(true).value(QStringLiteral("1006")), 3); // every connection idled out
}

void tst_FaultTunnel::heartbeatTimeout()
{
    const auto r = play(R"({"name":"hb","lab":{"endpoint":"echo","faults":[{"kind":"latency","ms":200}]},
        "heartbeat":{"interval_ms":100,"timeout_ms":150},
        "steps":[{"wait_ms":600}]})");
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QCOMPARE(run.direct.heartbeatTimeouts, 0);
    QVERIFY(run.direct.pings.size() >= 3);
    QCOMPARE(run.tunnel.heartbeatTimeouts, 1);
    QCOMPARE(run.tunnel.lastClose().code, quint16(1006));
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QVERIFY(report.findingCounts().contains(QStringLiteral("heartbeat_timeout")));
}

void tst_FaultTunnel::findingPerFault_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("detail"); // "key=value" the finding's detail must hold, if any
    auto row = [](const char *name, const QByteArray &profile, const char *kind, const char *severity, const char *detail = "") {
        QTest::newRow(name) << profile << QString::fromLatin1(kind) << QString::fromLatin1(severity)
                            << QString::fromLatin1(detail);
    };
    row("latency",
        R"({"name":"f","compare":{"latency_warn_ms":50},"lab":{"endpoint":"echo","faults":[{"kind":"latency","ms":60}]},
        "steps":[{"send":{"text":"x"},"expect":{"text":"x"},"timeout_ms":2000,"repeat":5}]})",
        "latency_regression", "warning");
    row("drop_before_close", R"({"name":"ha","lab":{"endpoint":"homeassistant","token":"good",
        "faults":[{"kind":"latency","ms":20},{"kind":"drop_before_close"}]},
        "steps":[{"expect":{"type":"auth_required"},"timeout_ms":2000},{"send":{"type":"auth","access_token":"bad"}},
                 {"expect":{"type":["auth_ok","auth_invalid"]},"timeout_ms":2000},{"await_close_ms":2000}]})",
        "message_missing", "critical", "message=auth_invalid");
    row("abrupt_close", echo(R"([{"kind":"abrupt_close"}])"), "close_truncated", "critical", "tunnel_code=1006");
    row("close_without_status", echo(R"([{"kind":"close_without_status"}])"), "close_truncated", "critical", "tunnel_code=1005");
    row("reserved_close_code", echo(R"([{"kind":"reserved_close_code"}])"), "protocol_violation", "critical");
    row("duplicate", echo(R"([{"kind":"duplicate","match":{"type":"m"}}])"), "message_duplicated", "warning");
    row("bom_prefix", echo(R"([{"kind":"bom_prefix"}])"), "message_altered", "warning", "alteration=bom_prefix");
    row("junk_prefix", echo(R"([{"kind":"junk_prefix"}])"), "message_altered", "warning", "alteration=junk_prefix");
    row("text_to_binary", echo(R"([{"kind":"text_to_binary"}])"), "message_altered", "warning", "alteration=text_to_binary");
    row("drop_random", echo(R"([{"kind":"drop_random","p":1}])"), "message_missing", "warning");
    row("stall_handshake",
        R"({"name":"s","handshake_timeout_ms":500,"lab":{"endpoint":"echo","faults":[{"kind":"stall_handshake"}]},
        "steps":[{"send":{"text":"x"}}]})",
        "handshake_failed", "critical", "cause=timeout");
    row("reject_upgrade", R"({"name":"r","lab":{"endpoint":"echo","faults":[{"kind":"reject_upgrade","status":403}]},
        "steps":[{"send":{"text":"x"}}]})",
        "handshake_failed", "critical", "status=403");
    row("idle_timeout", echo(R"([{"kind":"idle_timeout","ms":300}])", R"({"wait_ms":900},)"), "close_truncated", "critical",
        "tunnel_code=1006");
    // Control frames: findings of the existing kinds, naming the frame.
    row("inject_ping", echo(R"([{"kind":"inject_ping","match":{"type":"m"}}])", R"({"wait_ms":300},)"), "message_extra",
        "warning", "frame=ping");
    row("drop_client_pings", echo(R"([{"kind":"drop_client_pings"}])", R"({"ping":"p","timeout_ms":300},{"wait_ms":300},)"),
        "message_missing", "warning", "frame=pong");
    row("empty_ping_payload", echo(R"([{"kind":"empty_ping_payload"}])", R"({"ping":"p","timeout_ms":300},{"wait_ms":300},)"),
        "message_altered", "warning", "frame=ping");
    row("answer_pings",
        echo(R"([{"kind":"answer_pings"},{"kind":"latency","ms":40}])",
             R"({"send":{"text":"x"},"expect":{"text":"x"},"timeout_ms":1000,"repeat":3},
                                {"ping":"p","timeout_ms":1000,"wait_ms":10,"repeat":3},)"),
        "message_extra", "warning", "frame=pong");
    row("close_as_text", echo(R"([{"kind":"close_as_text"}])"), "message_altered", "critical", "frame=close");
    row("drop_server_pings", R"({"name":"f","lab":{"endpoint":"echo","server_ping_ms":50,"faults":[{"kind":"drop_server_pings"}]},
        "steps":[{"wait_ms":400}]})",
        "message_missing", "warning", "frame=ping");
}

void tst_FaultTunnel::serverPingsSeenOnBothPathsAreNoFinding()
{
    // A server heartbeat through a slow, jittery but honest tunnel: every ping is matched.
    const auto r = play(R"({"name":"hb","lab":{"endpoint":"echo","server_ping_ms":40,
        "faults":[{"kind":"latency","ms":15,"jitter_ms":10}]},
        "steps":[{"send":{"text":"x"},"expect":{"text":"x"},"timeout_ms":1000,"repeat":5},{"wait_ms":500},
                 {"close":1000,"await_close_ms":1000}]})");
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    auto pings = [](const PathRecord &p) {
        int n = 0;
        for (qsizetype i = 0; i < p.frames.count(); ++i)
            n += p.frames.at(i).type == FrameType::Ping && p.frames.at(i).dir == Direction::In;
        return n;
    };
    QVERIFY2(pings(run.direct) >= 10, qPrintable(QString::number(pings(run.direct))));
    QVERIFY(pings(run.tunnel) >= 10);
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    for (const Finding &f : report.findings(0))
        QVERIFY2(!f.detail.contains(QStringLiteral("frame")), qPrintable(f.summary.english()));
}

void tst_FaultTunnel::findingPerFault()
{
    QFETCH(QByteArray, profile);
    QFETCH(QString, kind);
    QFETCH(QString, severity);
    QFETCH(QString, detail);
    const auto r = play(profile);
    QVERIFY(r);
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    const Finding *found = nullptr;
    QStringList all;
    for (const Finding &f : report.findings(0)) {
        all << f.kind + QLatin1Char('/') + Finding::severityName(f.severity) + QStringLiteral(": ") + f.summary.english();
        if (f.kind == kind && !found)
            found = &f;
    }
    QVERIFY2(found, qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(Finding::severityName(found->severity), severity);
    if (!detail.isEmpty()) {
        const QString key = detail.section(QLatin1Char('='), 0, 0), value = detail.section(QLatin1Char('='), 1);
        QCOMPARE(found->detail.value(key).toVariant().toString(), value);
    }
    QVERIFY(report.verdict() != ComparisonReport::Verdict::Clean);
}

void tst_FaultTunnel::closeWaitShorterThanARoundTripIsNoVerdict()
{
    // 600 ms each way: our close cannot be answered within the 500 ms we wait for it, which
    // says nothing about the tunnel; waiting longer than the round trip, the close completes.
    const char *profile = R"({"name":"w","lab":{"endpoint":"echo","faults":[{"kind":"latency","ms":600}]},
        "steps":[{"send":{"text":"x"},"expect":{"text":"x"},"timeout_ms":3000},{"close":1000,"await_close_ms":%1}]})";
    for (const int waitMs : {500, 2500}) {
        const auto r = play(QString::fromLatin1(profile).arg(waitMs).toUtf8());
        QVERIFY(r);
        const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
        QStringList closes;
        for (const Finding &f : report.findings(0))
            if (f.kind.startsWith(QLatin1String("close_")))
                closes << Finding::severityName(f.severity) + QLatin1Char(' ') + f.kind + QStringLiteral(": ")
                        + f.summary.english();
        if (waitMs == 500) {
            QCOMPARE(closes.size(), 1);
            QVERIFY2(closes.first().startsWith(QLatin1String("info close_mismatch: no verdict on how the tunnel closes")),
                     qPrintable(closes.first()));
        } else {
            QVERIFY2(closes.isEmpty(), qPrintable(closes.join(QLatin1Char('\n'))));
            QCOMPARE(r->runs().front()->tunnel.lastClose().code, quint16(1000));
        }
    }
}

void tst_FaultTunnel::closeAsTextFoundWhenTheDirectServerClosesSlowly()
{
    // A busy machine, as recorded: the direct echo server took 4.2 ms to answer our close,
    // while through the tunnel the echo of our close, forwarded as text, came 0.07 ms after
    // it (the tunnel's echo of "plain" took 0.09 ms). The answer is still an answer.
    auto loaded = ProfileLoader::parse(echo(R"([{"kind":"close_as_text"}])"), QStringLiteral("close_as_text.json"));
    QVERIFY(loaded.ok());
    auto run = std::make_unique<RunRecord>();
    const QByteArray close("\x03\xe8", 2);
    for (PathRecord *p : {&run->direct, &run->tunnel}) {
        ConnectionRecord c;
        c.handshake.ok = true;
        c.handshake.status = 101;
        c.close.frameSent = true;
        c.close.sentCode = 1000;
        p->connections << c;
    }
    PathRecord &d = run->direct;
    d.frames.append(1214, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
    d.frames.append(1273, FrameType::Text, Direction::Out, R"({"type":"m","n":1})");
    d.frames.append(1481, FrameType::Text, Direction::In, R"({"type":"m","n":1})");
    d.frames.append(1518, FrameType::Text, Direction::Out, "plain");
    d.frames.append(1638, FrameType::Text, Direction::In, "plain");
    d.frames.append(1650, FrameType::Close, Direction::Out, close);
    d.frames.append(5821, FrameType::Close, Direction::In, close);
    d.connections[0].close.frameReceived = true;
    d.connections[0].close.code = 1000;
    d.connections[0].close.endedUs = 5900;
    PathRecord &t = run->tunnel;
    t.frames.append(1541, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
    t.frames.append(1572, FrameType::Text, Direction::Out, R"({"type":"m","n":1})");
    t.frames.append(5943, FrameType::Text, Direction::In, R"({"type":"m","n":1})");
    t.frames.append(5959, FrameType::Text, Direction::Out, "plain");
    t.frames.append(6045, FrameType::Text, Direction::In, "plain");
    t.frames.append(6050, FrameType::Close, Direction::Out, close);
    t.frames.append(6123, FrameType::Text, Direction::In, QString::fromLatin1(close).toUtf8());
    t.connections[0].close.code = 1006;
    t.connections[0].close.endedUs = 956612;
    t.connections[0].close.tcpEndedBy = CloseRecord::TcpEndedBy::Client;
    std::vector<std::unique_ptr<RunRecord>> runs;
    runs.push_back(std::move(run));
    const ComparisonReport report(*loaded.profile, runs, 0, {});
    QStringList all;
    bool found = false;
    for (const Finding &f : report.findings(0)) {
        all << f.kind + QStringLiteral(": ") + f.summary.english();
        found = found
            || (f.kind == QLatin1String("message_altered") && f.detail.value(QStringLiteral("frame")) == QLatin1String("close"));
    }
    QVERIFY2(found, qPrintable(all.join(QLatin1Char('\n'))));
}

void tst_FaultTunnel::homeAssistantAuthTimeout()
{
    // 5.1 s each way: auth_required reaches the client after 5.1 s, its auth reaches the
    // server after 10.2 s, when HA has already closed the unauthenticated connection.
    const auto runner = playProfile(R"({"name":"slow","protocol":"homeassistant",
        "lab":{"endpoint":"homeassistant","token":"t","faults":[{"kind":"latency","ms":5100}]},
        "steps":[{"expect":{"type":"auth_required"},"timeout_ms":8000},
                 {"send":{"type":"auth","access_token":"t"}},
                 {"expect":{"type":"auth_ok"},"timeout_ms":12000}]})",
                                    40000);
    QVERIFY(runner);
    const ComparisonReport report(runner->profile(), runner->runs(), runner->startedEpochMs(), runner->secrets());
    QString close;
    for (const Finding &f : report.findings(0))
        if (f.kind == QLatin1String("close_mismatch") || f.kind == QLatin1String("close_truncated"))
            close = f.summary.english();
    QVERIFY2(close.contains(
                 QStringLiteral("Home Assistant closes a connection that has not authenticated within 10 s; through this path "
                                "auth_required came 5.1 s after the upgrade")),
             qPrintable(close));
    QVERIFY(close.contains(QStringLiteral("the tunnel delays the auth exchange past HA's auth timeout")));
}

void tst_FaultTunnel::unreachableUpstreamIsBadGateway()
{
    // The lab tunnel in front of a server that is not there answers 502 and says why, as
    // ngrok or cloudflared do, rather than dropping the connection without a word.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const auto r = play(QStringLiteral(R"({"name":"gone","direct":{"url":"ws://127.0.0.1:%1/"},"lab":{},
        "steps":[{"send":{"text":"x"}}]})")
                            .arg(port)
                            .toUtf8());
    QVERIFY(r);
    const HandshakeRecord &direct = r->runs().front()->direct.connections.first().handshake;
    QCOMPARE(direct.errorKind, QStringLiteral("refused"));
    const HandshakeRecord &tunnel = r->runs().front()->tunnel.connections.first().handshake;
    QCOMPARE(tunnel.status, 502);
    QVERIFY2(
        tunnel.error.startsWith(
            QStringLiteral("HTTP 502 Bad Gateway: \"lab tunnel: the upstream 127.0.0.1:%1 could not be reached: ").arg(port)),
        qPrintable(tunnel.error));
}

QTEST_GUILESS_MAIN(tst_FaultTunnel)
#include "tst_faulttunnel.moc"
