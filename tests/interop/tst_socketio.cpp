#include "comparisonreport.h"
#include "nodepeer.h"
#include "profileplayer.h"
#include "profileloader.h"
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

private:
    std::unique_ptr<ScenarioRunner> play(const QByteArray &faults);
    NodePeer m_node;
    quint16 m_port = 0;
};

void tst_SocketIo::initTestCase()
{
    const QString problem = m_node.start(QStringLiteral(SIO_PEER_SCRIPT), QStringLiteral(NODE_MODULES_DIR), QStringLiteral("socket.io"));
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    m_port = m_node.port();
}

void tst_SocketIo::cleanupTestCase()
{
    m_node.stop();
}

std::unique_ptr<ScenarioRunner> tst_SocketIo::play(const QByteArray &faults)
{
    const QByteArray json = R"({"name":"sio","protocol":"socketio","direct":{"url":"ws://127.0.0.1:)" + QByteArray::number(m_port)
        + R"("},"lab":{"faults":)" + faults + R"(},
        "steps":[{"expect":{"regex":"^40"},"timeout_ms":3000},
                 {"send":{"emit":["chat","hello",{"n":1}]},"expect":{"event":"chat","args":["hello",{"n":1}]},"timeout_ms":3000},
                 {"send":{"text":"421[\"echo-ack\",\"x\"]"},"expect":{"regex":"^431\\[\\{"},"timeout_ms":3000},
                 {"wait_ms":1300},
                 {"close":1000,"await_close_ms":2000}]})";
    return playProfile(json);
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
        QCOMPARE(p->lastClose().initiatedBy, CloseRecord::Initiator::Client);   // not dropped by a ping timeout
        QCOMPARE(p->reconnects(), 0);
    }
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QStringList problems;
    for (const Finding &f : report.findings(0))
        if (f.severity != Finding::Severity::Info)
            problems << f.summary;
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
        found = found || (f.kind == QLatin1String("message_altered")
                          && f.detail.value(QStringLiteral("alteration")).toString() == QLatin1String("text_to_binary")
                          && f.summary.contains(QLatin1String("Socket.IO event chat")));
    QVERIFY(found);
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Degraded);
}

QTEST_GUILESS_MAIN(tst_SocketIo)
#include "tst_socketio.moc"
