#include "framestore.h"
#include "nodepeer.h"
#include "profileplayer.h"
#include "runclock.h"
#include "wireclient.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tunnelscope;

// Our RFC 6455 client against an independent implementation: Node's `ws` server.
class tst_NodeInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void echoOfEveryLength_data();
    void echoOfEveryLength();
    void fragmentedFromServer();
    void serverPingIsAnswered();
    void serverClose();
    void headersAndSubprotocol();
    void tunnelAnsweringPingsTheServerDoesNot();

private:
    struct Session
    {
        RunClock clock;
        FrameStore store;
        std::unique_ptr<WireClient> client;
    };
    bool open(Session &s, const QString &path, const UpgradeRequest::Headers &headers = {}, const QStringList &protocols = {});

    NodePeer m_node;
    quint16 m_port = 0;
};

void tst_NodeInterop::initTestCase()
{
    const QString problem = m_node.start(QStringLiteral(WS_PEER_SCRIPT), QStringLiteral(NODE_MODULES_DIR), QStringLiteral("ws"));
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    m_port = m_node.port();
}

void tst_NodeInterop::cleanupTestCase()
{
    m_node.stop();
}

bool tst_NodeInterop::open(Session &s, const QString &path, const UpgradeRequest::Headers &headers, const QStringList &protocols)
{
    s.client = std::make_unique<WireClient>(&s.clock, &s.store);
    WireClient::Options o;
    o.url = QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(path));
    o.headers = headers;
    o.subprotocols = protocols;
    o.handshakeTimeoutMs = 5000;
    QSignalSpy opened(s.client.get(), &WireClient::opened);
    s.client->open(o);
    return opened.wait(5000);
}

void tst_NodeInterop::echoOfEveryLength_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("binary");
    for (int size : {0, 125, 126, 65535, 65536, 300000}) {
        QTest::addRow("text %d", size) << size << false;
        QTest::addRow("binary %d", size) << size << true;
    }
}

void tst_NodeInterop::echoOfEveryLength()
{
    QFETCH(int, size);
    QFETCH(bool, binary);
    Session s;
    QVERIFY(open(s, QStringLiteral("/echo")));
    QByteArray payload(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        payload[i] = binary ? char(i * 31) : char('a' + i % 26);
    QSignalSpy messages(s.client.get(), &WireClient::messageReceived);
    binary ? s.client->sendBinary(payload) : s.client->sendText(payload);
    QVERIFY(messages.wait(5000));
    const Frame f = s.store.at(messages.first().at(0).value<qsizetype>());
    QCOMPARE(f.type, binary ? FrameType::Binary : FrameType::Text);
    QCOMPARE(f.payload.toByteArray(), payload);
}

void tst_NodeInterop::fragmentedFromServer()
{
    Session s;
    QVERIFY(open(s, QStringLiteral("/fragmented")));
    QTRY_VERIFY_WITH_TIMEOUT(s.store.count() >= 2, 5000);
    const Frame f = s.store.at(1);
    QCOMPARE(f.payload, QByteArrayView("hello world"));
    QCOMPARE(f.fragments, 3u);
}

void tst_NodeInterop::serverPingIsAnswered()
{
    Session s;
    QVERIFY(open(s, QStringLiteral("/ping")));
    QTRY_VERIFY_WITH_TIMEOUT(s.store.count() >= 4, 5000);
    QCOMPARE(s.store.at(3).payload, QByteArrayView("pong:from-node"));
    QCOMPARE(s.store.at(1).type, FrameType::Ping);
    QCOMPARE(s.store.at(2).type, FrameType::Pong);
    QCOMPARE(s.store.at(2).dir, Direction::Out);
}

void tst_NodeInterop::serverClose()
{
    Session s;
    QVERIFY(open(s, QStringLiteral("/close")));
    QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), WireClient::State::Closed, 5000);
    const CloseRecord &c = s.client->record().close;
    QVERIFY(c.frameReceived);
    QCOMPARE(c.code, quint16(4002));
    QCOMPARE(c.reason, QByteArray("node says bye"));
    QCOMPARE(c.initiatedBy, CloseRecord::Initiator::Server);
    QVERIFY(c.tcpEnd.contains(QLatin1String("peer")));
}

void tst_NodeInterop::headersAndSubprotocol()
{
    Session s;
    QVERIFY(open(s, QStringLiteral("/headers"), {{"Origin", "http://lab.test"}}, {QStringLiteral("chat.v1")}));
    // The server speaks first: its message may come in the same read as the 101.
    QTRY_VERIFY_WITH_TIMEOUT(s.store.count() >= 2, 5000);
    const QByteArrayView expected = "{\"origin\":\"http://lab.test\",\"protocol\":\"chat.v1\"}";
    QCOMPARE(s.store.at(1).payload, expected);
    QCOMPARE(s.client->record().handshake.status, 101);
}

void tst_NodeInterop::tunnelAnsweringPingsTheServerDoesNot()
{
    // The lab tunnel fronts a real server that never answers pings, and answers them itself:
    // the pongs through the tunnel cannot be the server's.
    const QByteArray profile = QStringLiteral(R"({"name":"mute","direct":{"url":"ws://127.0.0.1:%1/mute"},
        "lab":{"faults":[{"kind":"answer_pings"}]},
        "steps":[{"send":{"text":"x"},"expect":{"text":"x"},"timeout_ms":2000},
                 {"ping":"p","timeout_ms":300,"repeat":2},{"wait_ms":300},{"close":1000,"await_close_ms":1000}]})")
                                   .arg(m_port)
                                   .toUtf8();
    const auto r = playProfile(profile);
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QCOMPARE(run.direct.pings.size(), 0);
    QCOMPARE(run.tunnel.pings.size(), 2);
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QStringList all;
    const Finding *answered = nullptr;
    for (const Finding &f : report.findings(0)) {
        all << f.kind + QStringLiteral(": ") + f.summary;
        if (f.kind == QLatin1String("message_extra")
            && f.detail.value(QStringLiteral("frame")).toString() == QLatin1String("pong"))
            answered = &f;
    }
    QVERIFY2(answered, qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(answered->detail.value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(answered->detail.value(QStringLiteral("answered_by")).toString(), QStringLiteral("tunnel"));
    QVERIFY2(answered->summary.contains(QLatin1String("the server does not answer")), qPrintable(answered->summary));
    QCOMPARE(all.size(), 1); // nothing else: the data went through untouched
}

QTEST_GUILESS_MAIN(tst_NodeInterop)
#include "tst_nodeinterop.moc"
