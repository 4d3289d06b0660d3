#include "comparisonreport.h"
#include "nodepeer.h"
#include "profileloader.h"
#include "profileplayer.h"
#include "scenariorunner.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tunnelscope;

// The socketio adapter against a real Socket.IO v4 server (npm `socket.io`), directly and
// through the lab tunnel in front of it.
class tst_SocketIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanThroughTheTunnel();
    void textToBinaryIsFound();
    void engineIoV3ClientPings();
    void binaryAttachmentsRoundTrip();
    void unansweredPingIsFlagged();

private:
    std::unique_ptr<ScenarioRunner> play(const QByteArray &faults);
    std::unique_ptr<ScenarioRunner> playSteps(const QByteArray &query, const QByteArray &faults, const QByteArray &steps);
    static QStringList violations(const PathRecord &p);
    NodePeer m_node;
    quint16 m_port = 0;
};

void tst_SocketIo::initTestCase()
{
    const QString problem
        = m_node.start(QStringLiteral(SIO_PEER_SCRIPT), QStringLiteral(NODE_MODULES_DIR), QStringLiteral("socket.io"));
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    m_port = m_node.port();
}

void tst_SocketIo::cleanupTestCase()
{
    m_node.stop();
}

std::unique_ptr<ScenarioRunner> tst_SocketIo::playSteps(const QByteArray &query, const QByteArray &faults,
                                                        const QByteArray &steps)
{
    // These tests are about Socket.IO, not timing: on a loaded test machine the loopback tunnel
    // once took 60 ms to upgrade where node answered directly in 6 ms, which is the machine's
    // time. Latency has its own tests (tst_faulttunnel); here its limit is out of the way.
    const QByteArray json = R"({"name":"sio","protocol":"socketio","direct":{"url":"ws://127.0.0.1:)" + QByteArray::number(m_port)
        + query + R"("},"lab":{"faults":)" + faults + R"(},"compare":{"latency_warn_ms":1000},"steps":)" + steps + "}";
    return playProfile(json);
}

std::unique_ptr<ScenarioRunner> tst_SocketIo::play(const QByteArray &faults)
{
    return playSteps(QByteArray(), faults, R"([{"expect":{"regex":"^40"},"timeout_ms":3000},
                 {"send":{"emit":["chat","hello",{"n":1}]},"expect":{"event":"chat","args":["hello",{"n":1}]},"timeout_ms":3000},
                 {"send":{"text":"421[\"echo-ack\",\"x\"]"},"expect":{"regex":"^431\\[\\{"},"timeout_ms":3000},
                 {"wait_ms":1300},
                 {"close":1000,"await_close_ms":2000}])");
}

QStringList tst_SocketIo::violations(const PathRecord &p)
{
    QStringList out;
    for (qsizetype i = 0; i < p.frames.count(); ++i)
        if (p.frames.at(i).type == FrameType::Error && p.frames.at(i).payload.startsWith(QByteArrayView("protocol violation")))
            out << QString::fromUtf8(p.frames.at(i).payload.toByteArray());
    return out;
}

void tst_SocketIo::cleanThroughTheTunnel()
{
    const auto r = play("[]");
    QVERIFY(r);
    QVERIFY(r->directUrl().toString().contains(QLatin1String("/socket.io/?EIO=4&transport=websocket")));
    const RunRecord &run = *r->runs().front();
    for (const PathRecord *p : {&run.direct, &run.tunnel}) {
        int pongs = 0;
        for (qsizetype i = 0; i < p->frames.count(); ++i)
            if (p->frames.at(i).dir == Direction::Out && p->frames.at(i).payload == QByteArrayView("3"))
                ++pongs;
        QVERIFY2(pongs >= 3, qPrintable(p->name + QStringLiteral(": %1 pongs").arg(pongs)));
        for (const StepOutcome &s : p->steps)
            QVERIFY2(s.ok, qPrintable(p->name + QStringLiteral(" step %1: ").arg(s.step) + s.detail));
        QCOMPARE(p->lastClose().code, quint16(1000));
        QCOMPARE(p->lastClose().initiatedBy, CloseRecord::Initiator::Client); // not dropped by a ping timeout
        QCOMPARE(p->reconnects(), 0);
    }
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QStringList problems;
    for (const Finding &f : report.findings(0))
        if (f.severity != Finding::Severity::Info)
            problems << f.summary.english();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Clean);
}

void tst_SocketIo::textToBinaryIsFound()
{
    const auto r = play(R"([{"kind":"text_to_binary","match":{"event":"chat"}}])");
    QVERIFY(r);
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    bool found = false;
    for (const Finding &f : report.findings(0))
        found = found
            || (f.kind == QLatin1String("message_altered")
                && f.detail.value(QStringLiteral("alteration")).toString() == QLatin1String("text_to_binary")
                && f.summary.english().contains(QLatin1String("Socket.IO event chat")));
    QVERIFY(found);
    // The client takes a binary frame for an attachment: the event never reaches the app.
    bool violation = false;
    for (const Finding &f : report.findings(0))
        violation = violation
            || (f.kind == QLatin1String("protocol_violation")
                && f.summary.english().contains(QLatin1String("is a Socket.IO packet in a binary frame")));
    QVERIFY(violation);
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Broken);
}

void tst_SocketIo::engineIoV3ClientPings()
{
    // socket.io-client 2.x speaks Engine.IO v3: the server connects "/" by itself and the
    // client pings every pingInterval (300 ms here).
    const auto r = playSteps("/socket.io/?EIO=3&transport=websocket", "[]", R"([{"expect":{"regex":"^40"},"timeout_ms":3000},
                 {"send":{"emit":["chat","v3"]},"expect":{"event":"chat","args":["v3"]},"timeout_ms":3000},
                 {"wait_ms":1300},
                 {"close":1000,"await_close_ms":2000}])");
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    for (const PathRecord *p : {&run.direct, &run.tunnel}) {
        int pings = 0, pongs = 0, connects = 0;
        for (qsizetype i = 0; i < p->frames.count(); ++i) {
            const Frame f = p->frames.at(i);
            pings += f.dir == Direction::Out && f.payload == QByteArrayView("2");
            pongs += f.dir == Direction::In && f.payload == QByteArrayView("3");
            connects += f.dir == Direction::Out && f.payload.startsWith(QByteArrayView("40"));
        }
        QVERIFY2(pings >= 3 && pongs >= 3, qPrintable(p->name + QStringLiteral(": %1 pings, %2 pongs").arg(pings).arg(pongs)));
        QCOMPARE(connects, 0); // v3: the server connected the namespace
        for (const StepOutcome &s : p->steps)
            QVERIFY2(s.ok, qPrintable(p->name + QStringLiteral(" step %1: ").arg(s.step) + s.detail));
        QCOMPARE(p->lastClose().initiatedBy, CloseRecord::Initiator::Client);
        QVERIFY2(violations(*p).isEmpty(), qPrintable(violations(*p).join(QLatin1Char('\n'))));
    }
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Clean);
}

void tst_SocketIo::binaryAttachmentsRoundTrip()
{
    // A binary event with one attachment, reassembled by the real server and sent back as one.
    const auto r = playSteps(QByteArray(), "[]", R"([{"expect":{"regex":"^40"},"timeout_ms":3000},
                 {"send":{"text":"451-[\"upload\",{\"_placeholder\":true,\"num\":0}]"}},
                 {"send":{"binary_base64":"AAECAwQFBgc="},"expect":{"event":"uploaded"},"timeout_ms":3000},
                 {"wait_ms":200},
                 {"close":1000,"await_close_ms":2000}])");
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    for (const PathRecord *p : {&run.direct, &run.tunnel}) {
        QByteArray announced, attachment;
        for (qsizetype i = 0; i < p->frames.count(); ++i) {
            const Frame f = p->frames.at(i);
            if (f.dir == Direction::In && f.payload.startsWith(QByteArrayView("451-[\"uploaded\"")))
                announced = f.payload.toByteArray();
            else if (f.dir == Direction::In && f.type == FrameType::Binary)
                attachment = f.payload.toByteArray();
        }
        QCOMPARE(announced, QByteArray(R"(451-["uploaded",{"_placeholder":true,"num":0},8])"));
        QCOMPARE(attachment, QByteArray::fromBase64("AAECAwQFBgc="));
        QVERIFY2(violations(*p).isEmpty(), qPrintable(violations(*p).join(QLatin1Char('\n'))));
    }
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Clean);

    // The same attachment turned into text by nothing, but an event sent as binary by a proxy:
    // socket.io-client would take it for an attachment.
    const auto bad = playSteps(QByteArray(), R"([{"kind":"text_to_binary","match":{"event":"uploaded"}}])",
                               R"([{"expect":{"regex":"^40"},"timeout_ms":3000},
                 {"send":{"text":"451-[\"upload\",{\"_placeholder\":true,\"num\":0}]"}},
                 {"send":{"binary_base64":"AAECAwQFBgc="},"expect":{"event":"uploaded"},"timeout_ms":1500},
                 {"close":1000,"await_close_ms":2000}])");
    QVERIFY(bad);
    const QStringList tunnel = violations(bad->runs().front()->tunnel);
    QVERIFY2(tunnel.join(QLatin1Char('\n')).contains(QStringLiteral("is a Socket.IO packet in a binary frame")),
             qPrintable(tunnel.join(QLatin1Char('\n'))));
    QVERIFY(violations(bad->runs().front()->direct).isEmpty());
}

void tst_SocketIo::unansweredPingIsFlagged()
{
    // 350 ms each way: every pong reaches the server 700 ms after its ping, past pingTimeout
    // (500 ms), and the server drops the tunnelled connection.
    const auto r = playSteps(QByteArray(), R"([{"kind":"latency","ms":350}])", R"([{"expect":{"regex":"^40"},"timeout_ms":3000},
                 {"wait_ms":2000},
                 {"close":1000,"await_close_ms":2000}])");
    QVERIFY(r);
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QString flagged;
    for (const Finding &f : report.findings(0))
        if (f.kind == QLatin1String("protocol_violation"))
            flagged = f.summary.english();
    QVERIFY2(flagged.contains(QStringLiteral("went unanswered: the server dropped the connection")), qPrintable(flagged));
    QVERIFY(violations(r->runs().front()->direct).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SocketIo)
#include "tst_socketio.moc"
