#include "comparisonreport.h"
#include "framestore.h"
#include "httpheaders.h"
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
    void permessageDeflateWithWs();
    void permessageDeflateParametersWithWs();
    void permessageDeflateThroughTheLabTunnel_data();
    void permessageDeflateThroughTheLabTunnel();

private:
    struct Session
    {
        RunClock clock;
        FrameStore store;
        std::unique_ptr<WireClient> client;
    };
    bool open(Session &s, const QString &path, const UpgradeRequest::Headers &headers = {}, const QStringList &protocols = {},
              std::optional<DeflateOffer> deflate = std::nullopt);

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

bool tst_NodeInterop::open(Session &s, const QString &path, const UpgradeRequest::Headers &headers, const QStringList &protocols,
                           std::optional<DeflateOffer> deflate)
{
    s.client = std::make_unique<WireClient>(&s.clock, &s.store);
    WireClient::Options o;
    o.url = QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(path));
    o.headers = headers;
    o.subprotocols = protocols;
    o.deflate = deflate;
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
        all << f.kind + QStringLiteral(": ") + f.summary.english();
        if (f.kind == QLatin1String("message_extra")
            && f.detail.value(QStringLiteral("frame")).toString() == QLatin1String("pong"))
            answered = &f;
    }
    QVERIFY2(answered, qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(answered->detail.value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(answered->detail.value(QStringLiteral("answered_by")).toString(), QStringLiteral("tunnel"));
    QVERIFY2(answered->summary.english().contains(QLatin1String("the server does not answer")),
             qPrintable(answered->summary.english()));
    QCOMPARE(all.size(), 1); // nothing else: the data went through untouched
}

void tst_NodeInterop::permessageDeflateWithWs()
{
    // ws agrees to the offer a browser makes and compresses everything it sends.
    Session s;
    QVERIFY(open(s, QStringLiteral("/deflate"), {}, {}, DeflateOffer{false, false, 0, 0}));
    QCOMPARE(HttpHeaders::value(s.client->record().handshake.headers, "Sec-WebSocket-Extensions"),
             QByteArray("permessage-deflate")); // its window for our messages: the largest, 15 bits
    QTRY_VERIFY_WITH_TIMEOUT(s.store.count() >= 2, 5000);
    const Frame hello = s.store.at(1);
    QCOMPARE(hello.payload, QByteArrayView(R"({"type":"hello"})"));
    QVERIFY(hello.compressedSize > 0);

    // The same text twice: the window carried over makes the second copy a few bytes. Large
    // and binary messages cross ws's inflater and ours, both ways.
    const QByteArray text = QByteArray(R"({"type":"event","event":{"entity_id":"light.kitchen","state":"on"}})");
    QByteArray big(300000, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((quint32(i) * 7919u) >> 5); // unsigned: wraps by definition
    QSignalSpy messages(s.client.get(), &WireClient::messageReceived);
    s.client->sendText(text);
    s.client->sendText(text);
    s.client->sendBinary(big);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 3, 5000);
    const Frame first = s.store.at(messages.at(0).at(0).value<qsizetype>());
    const Frame second = s.store.at(messages.at(1).at(0).value<qsizetype>());
    const Frame binary = s.store.at(messages.at(2).at(0).value<qsizetype>());
    QCOMPARE(first.payload, QByteArrayView(text));
    QCOMPARE(second.payload, QByteArrayView(text));
    QCOMPARE(binary.payload.toByteArray(), big);
    QCOMPARE(binary.type, FrameType::Binary);
    QVERIFY2(second.compressedSize < first.compressedSize / 3,
             qPrintable(QStringLiteral("%1 then %2 bytes").arg(first.compressedSize).arg(second.compressedSize)));
    // What we sent was compressed too (ws inflated it, or it would not have echoed it).
    QVERIFY(s.store.at(messages.at(0).at(0).value<qsizetype>() - 2).compressedSize > 0);
    s.client->close(1000);
    QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), WireClient::State::Closed, 5000);
    QCOMPARE(s.client->record().close.code, quint16(1000));
}

void tst_NodeInterop::permessageDeflateParametersWithWs()
{
    // Smaller windows and no context takeover asked for; ws says them back and keeps to them.
    Session s;
    QVERIFY(open(s, QStringLiteral("/deflate"), {}, {}, DeflateOffer{true, true, 10, 11}));
    const QByteArray answer = HttpHeaders::value(s.client->record().handshake.headers, "Sec-WebSocket-Extensions");
    QVERIFY2(answer.contains("server_no_context_takeover") && answer.contains("client_no_context_takeover")
                 && answer.contains("server_max_window_bits=10") && answer.contains("client_max_window_bits=11"),
             answer.constData());
    QSignalSpy messages(s.client.get(), &WireClient::messageReceived);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 5000);
    const QByteArray text(5000, 'x');
    s.client->sendText(text);
    s.client->sendText(text);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 3, 5000);
    const Frame first = s.store.at(messages.at(1).at(0).value<qsizetype>());
    const Frame second = s.store.at(messages.at(2).at(0).value<qsizetype>());
    QCOMPARE(second.payload, QByteArrayView(text));
    // No context takeover: each copy compressed on its own, so both cost the same.
    QCOMPARE(second.compressedSize, first.compressedSize);
}

void tst_NodeInterop::permessageDeflateThroughTheLabTunnel_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("expected"); // "clean" or the cause of the one finding
    QTest::newRow("relayed as is") << QStringLiteral(R"([{"kind":"latency","ms":2}])") << QStringLiteral("clean");
    QTest::newRow("offer stripped") << QStringLiteral(R"([{"kind":"strip_extensions"}])") << QStringLiteral("extension_stripped");
}

void tst_NodeInterop::permessageDeflateThroughTheLabTunnel()
{
    QFETCH(QString, faults);
    QFETCH(QString, expected);
    const QByteArray profile = QStringLiteral(R"({"name":"deflate","direct":{"url":"ws://127.0.0.1:%1/deflate"},
        "extensions":["permessage-deflate"],"lab":{"faults":%2},
        "steps":[{"expect":{"type":"hello"},"timeout_ms":2000},
                 {"send":{"type":"state","n":"{{run}}"},"expect":{"type":"state"},"timeout_ms":2000,"repeat":5},
                 {"send":{"binary_base64":"AAECAwQFBgcICQ=="},"wait_ms":100},
                 {"close":1000,"await_close_ms":1000}]})")
                                   .arg(m_port)
                                   .arg(faults)
                                   .toUtf8();
    const auto r = playProfile(profile);
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QStringList all;
    for (const Finding &f : report.findings(0)) {
        // Latency within the limit is information about a busy machine's relay, not a change
        // in what the tunnel carried: the check is that nothing else is found.
        if (f.kind == QLatin1String("latency_regression") && f.severity == Finding::Severity::Info)
            continue;
        all << f.kind + QStringLiteral(": ") + f.summary.english();
    }
    auto compressedIn = [](const PathRecord &p) {
        int n = 0;
        for (qsizetype i = 0; i < p.frames.count(); ++i)
            n += p.frames.at(i).dir == Direction::In && p.frames.at(i).compressedSize >= 0;
        return n;
    };
    QCOMPARE(compressedIn(run.direct), 7); // the hello, five echoes and the binary one
    for (const PathRecord *p : {&run.direct, &run.tunnel})
        for (const StepOutcome &step : p->steps)
            QVERIFY2(step.ok, qPrintable(p->name + QStringLiteral(": ") + step.detail));
    QVERIFY(run.direct.scriptCompleted);
    QVERIFY(run.tunnel.scriptCompleted);
    if (expected == QLatin1String("clean")) {
        QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
        QCOMPARE(compressedIn(run.tunnel), 7);
        return;
    }
    QCOMPARE(compressedIn(run.tunnel), 0);
    QCOMPARE(all.size(), 1);
    const Finding f = report.findings(0).first();
    QCOMPARE(f.kind, QStringLiteral("protocol_violation"));
    QCOMPARE(f.severity, Finding::Severity::Warning);
    QCOMPARE(f.detail.value(QStringLiteral("cause")).toString(), expected);
    QVERIFY2(f.summary.english().contains(QLatin1String("tunnel removed permessage-deflate")), qPrintable(f.summary.english()));
}

QTEST_GUILESS_MAIN(tst_NodeInterop)
#include "tst_nodeinterop.moc"
