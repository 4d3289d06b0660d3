#include "framestore.h"
#include "nodepeer.h"
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

private:
    struct Session
    {
        RunClock clock;
        FrameStore store;
        std::unique_ptr<WireClient> client;
    };
    bool open(Session &s, const QString &path, const UpgradeRequest::Headers &headers = {},
              const QStringList &protocols = {});

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

bool tst_NodeInterop::open(Session &s, const QString &path, const UpgradeRequest::Headers &headers,
                           const QStringList &protocols)
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

QTEST_GUILESS_MAIN(tst_NodeInterop)
#include "tst_nodeinterop.moc"
