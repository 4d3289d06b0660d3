#include "echoendpoint.h"
#include "frameencoder.h"
#include "framestore.h"
#include "labtls.h"
#include "relayproxy.h"
#include "runclock.h"
#include "upgraderequest.h"
#include "wireclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <functional>

using namespace tunnelscope;

// A TCP server that reads the upgrade request and answers with scripted bytes: the
// misbehaving servers a WebSocket library would never produce.
class ScriptedServer : public QTcpServer
{
public:
    using Script = std::function<QByteArray(const QByteArray &key)>;

    ScriptedServer(Script script, bool closeAfter) : m_script(std::move(script)), m_closeAfter(closeAfter)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                m_request += s->readAll();
                if (!m_request.contains("\r\n\r\n") || m_answered)
                    return;
                m_answered = true;
                QByteArray key;
                for (const QByteArray &line : m_request.split('\n'))
                    if (line.toLower().startsWith("sec-websocket-key:"))
                        key = line.mid(18).trimmed();
                if (m_script)
                    s->write(m_script(key));
                if (m_closeAfter)
                    s->disconnectFromHost();
            });
        });
        listen(QHostAddress::LocalHost, 0);
    }

    static QByteArray upgrade(const QByteArray &key)
    {
        return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
            + UpgradeRequest::acceptFor(key) + "\r\n\r\n";
    }

private:
    Script m_script;
    bool m_closeAfter;
    QByteArray m_request;
    bool m_answered = false;
};

class tst_WireClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handshakeEchoPingClose();
    void fragmentedMessageFromServer();
    void serverInitiatedClose();
    void scripted_data();
    void scripted();
    void handshakeTimeout();
    void refused();
    void throughProxy_data();
    void throughProxy();
    void tls_data();
    void tls();
    void slowReaderGetsBackPressureNotACut();

private:
    struct Session
    {
        RunClock clock;
        FrameStore store;
        std::unique_ptr<WireClient> client;
    };
    static void open(Session &s, const QUrl &url, int handshakeTimeoutMs = 5000,
                     const std::function<void(WireClient::Options &)> &adjust = {});
    static void verifyMonotonic(const FrameStore &store);
};

void tst_WireClient::open(Session &s, const QUrl &url, int handshakeTimeoutMs,
                          const std::function<void(WireClient::Options &)> &adjust)
{
    s.client = std::make_unique<WireClient>(&s.clock, &s.store);
    WireClient::Options o;
    o.url = url;
    o.handshakeTimeoutMs = handshakeTimeoutMs;
    o.closeTimeoutMs = 1000;
    if (adjust)
        adjust(o);
    s.client->open(o);
}

void tst_WireClient::verifyMonotonic(const FrameStore &store)
{
    for (qsizetype i = 1; i < store.count(); ++i)
        QVERIFY2(store.at(i).tUs >= store.at(i - 1).tUs, qPrintable(QString::number(i)));
}

void tst_WireClient::handshakeEchoPingClose()
{
    EchoEndpoint server;
    QString error;
    QVERIFY(server.listen(&error));
    Session s;
    open(s, server.url());
    QSignalSpy openedSpy(s.client.get(), &WireClient::opened);
    QVERIFY(openedSpy.wait(5000));
    const HandshakeRecord &h = s.client->record().handshake;
    QVERIFY(h.ok);
    QCOMPARE(h.status, 101);
    QVERIFY(h.startUs <= h.tcpConnectedUs && h.tcpConnectedUs <= h.upgradeSentUs && h.upgradeSentUs <= h.answerUs);
    QCOMPARE(s.store.at(0).type, FrameType::Open);

    QSignalSpy messages(s.client.get(), &WireClient::messageReceived);
    s.client->sendText("héllo");
    s.client->sendBinary(QByteArray("\x00\x01\x02", 3));
    QTRY_COMPARE(messages.count(), 2);
    const Frame text = s.store.at(messages.at(0).at(0).value<qsizetype>());
    QCOMPARE(text.type, FrameType::Text);
    QCOMPARE(text.dir, Direction::In);
    QCOMPARE(text.payload, QByteArrayView("héllo"));
    QCOMPARE(s.store.at(messages.at(1).at(0).value<qsizetype>()).type, FrameType::Binary);

    QSignalSpy pongs(s.client.get(), &WireClient::pongReceived);
    s.client->sendPing("rtt");
    QVERIFY(pongs.wait(2000));
    const qint64 rtt = pongs.first().at(1).toLongLong();
    QVERIFY2(rtt > 0 && rtt < 1000000, qPrintable(QString::number(rtt)));

    QSignalSpy finished(s.client.get(), &WireClient::finished);
    s.client->close(1000, "done");
    QVERIFY(finished.wait(3000));
    const CloseRecord &c = s.client->record().close;
    QVERIFY(c.frameReceived);
    QCOMPARE(c.code, quint16(1000));
    QCOMPARE(c.initiatedBy, CloseRecord::Initiator::Client);
    verifyMonotonic(s.store);
}

void tst_WireClient::fragmentedMessageFromServer()
{
    QWebSocketServer server(QStringLiteral("frag"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        QWebSocket *ws = server.nextPendingConnection();
        ws->setOutgoingFrameSize(4);
        ws->sendTextMessage(QStringLiteral("hello world"));
    });
    Session s;
    open(s, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort())));
    QSignalSpy messages(s.client.get(), &WireClient::messageReceived);
    QVERIFY(messages.wait(3000));
    const Frame f = s.store.at(messages.first().at(0).value<qsizetype>());
    QCOMPARE(f.payload, QByteArrayView("hello world"));
    QCOMPARE(f.fragments, 3u);
}

void tst_WireClient::serverInitiatedClose()
{
    QWebSocketServer server(QStringLiteral("closer"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        QWebSocket *ws = server.nextPendingConnection();
        ws->sendTextMessage(QStringLiteral("last words"));
        ws->close(QWebSocketProtocol::CloseCode(4001), QStringLiteral("bye"));
    });
    Session s;
    open(s, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort())));
    QSignalSpy finished(s.client.get(), &WireClient::finished);
    QVERIFY(finished.wait(3000));
    const CloseRecord &c = s.client->record().close;
    QVERIFY(c.frameReceived);
    QCOMPARE(c.code, quint16(4001));
    QCOMPARE(c.reason, QByteArray("bye"));
    QCOMPARE(c.initiatedBy, CloseRecord::Initiator::Server);
    QCOMPARE(c.sentCode, quint16(4001)); // the status is echoed
    // The text that came with the close is recorded before it.
    QCOMPARE(s.store.at(1).payload, QByteArrayView("last words"));
    QCOMPARE(s.store.at(2).type, FrameType::Close);
}

void tst_WireClient::scripted_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<bool>("handshakeOk");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("handshakeError");
    QTest::addColumn<bool>("closeFrame");
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<QString>("recordedError");
    QTest::newRow("403 rejected upgrade") << 0 << false << 403 << "HTTP 403 Forbidden" << false << 1006
                                          << "handshake failed: HTTP 403 Forbidden";
    QTest::newRow("bad accept") << 1 << false << 101 << "bad Sec-WebSocket-Accept" << false << 1006 << "";
    QTest::newRow("TCP drop, no close frame") << 2 << true << 101 << "" << false << 1006 << "no close frame";
    QTest::newRow("close frame without status") << 3 << true << 101 << "" << true << 1005 << "";
    QTest::newRow("1006 sent on the wire") << 4 << true << 101 << "" << true << 1006 << "must not be sent on the wire";
    QTest::newRow("invalid UTF-8 text") << 5 << true << 101 << "" << false << 1006 << "not valid UTF-8";
    QTest::newRow("masked frame from server") << 6 << true << 101 << "" << false << 1006 << "masked frame from the server";
    QTest::newRow("not HTTP at all") << 7 << false << 0 << "not an HTTP answer" << false << 1006 << "";
    QTest::newRow("an error page: its title")
        << 8 << false << 502 << "HTTP 502 Bad Gateway: \"Origin is unreachable | example.trycloudflare.com\"" << false << 1006
        << "";
    QTest::newRow("a text answer, controls blanked")
        << 9 << false << 404 << "HTTP 404 Not Found: \"Tunnel abc.ngrok.io not found [31mERR_NGROK_3200\"" << false << 1006 << "";
}

void tst_WireClient::scripted()
{
    QFETCH(int, scenario);
    QFETCH(bool, handshakeOk);
    QFETCH(int, status);
    QFETCH(QString, handshakeError);
    QFETCH(bool, closeFrame);
    QFETCH(int, closeCode);
    QFETCH(QString, recordedError);

    const ScriptedServer::Script script = [scenario](const QByteArray &key) -> QByteArray {
        const QByteArray ok = ScriptedServer::upgrade(key);
        switch (scenario) {
        case 0:
            return "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n";
        case 1:
            return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                   "AAAA\r\n\r\n";
        case 2:
            return ok + FrameEncoder::encode(Opcode::Text, "before the drop");
        case 3:
            return ok + FrameEncoder::encode(Opcode::Close, QByteArray());
        case 4:
            return ok + FrameEncoder::encode(Opcode::Close, FrameEncoder::closePayload(1006, "proxy"));
        case 5:
            return ok + FrameEncoder::encode(Opcode::Text, "\xff\xfe bad");
        case 6:
            return ok + FrameEncoder::encode(Opcode::Text, "masked", true, 0x11223344u);
        case 8:
            return "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n\r\n<!DOCTYPE html><html><head>"
                   "<title>Origin is unreachable | example.trycloudflare.com</title></head><body>...</body></html>";
        case 9:
            return "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n\r\nTunnel abc.ngrok.io not "
                   "found\r\n\x1b[31mERR_NGROK_3200";
        default:
            return "SSH-2.0-OpenSSH_9.2\r\n\r\n";
        }
    };
    ScriptedServer server(script, true);
    QVERIFY(server.isListening());
    Session s;
    open(s, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort())));
    QSignalSpy finished(s.client.get(), &WireClient::finished);
    QVERIFY(finished.wait(5000));
    const ConnectionRecord &r = s.client->record();
    QCOMPARE(r.handshake.ok, handshakeOk);
    QCOMPARE(r.handshake.status, status);
    if (!handshakeError.isEmpty())
        QVERIFY2(r.handshake.error.contains(handshakeError), qPrintable(r.handshake.error));
    if (handshakeOk) {
        QCOMPARE(r.close.frameReceived, closeFrame);
        QCOMPARE(int(r.close.code), closeCode);
    }
    if (!recordedError.isEmpty()) {
        bool found = false;
        for (qsizetype i = 0; i < s.store.count(); ++i)
            found = found
                || (s.store.at(i).type == FrameType::Error && QString::fromUtf8(s.store.at(i).payload).contains(recordedError));
        QVERIFY2(found, qPrintable(recordedError));
    }
    if (scenario == 2)
        QCOMPARE(s.store.at(1).payload, QByteArrayView("before the drop"));
    if (scenario == 4)
        QVERIFY(r.close.wireProblem.contains(QLatin1String("1006")));
    if (scenario == 5 || scenario == 6)
        QCOMPARE(r.close.sentCode, quint16(scenario == 5 ? 1007 : 1002));
    verifyMonotonic(s.store);
}

void tst_WireClient::handshakeTimeout()
{
    ScriptedServer server(nullptr, false); // reads the request, never answers
    Session s;
    QElapsedTimer timer;
    timer.start();
    open(s, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort())), 500);
    QSignalSpy finished(s.client.get(), &WireClient::finished);
    QVERIFY(finished.wait(3000));
    const qint64 elapsed = timer.elapsed();
    const HandshakeRecord &h = s.client->record().handshake;
    QCOMPARE(h.errorKind, QStringLiteral("timeout"));
    QVERIFY2(h.error.startsWith(QLatin1String("timeout after 500 ms waiting for the upgrade answer")), qPrintable(h.error));
    QVERIFY2(elapsed >= 400 && elapsed <= 600, qPrintable(QString::number(elapsed)));
}

void tst_WireClient::refused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Session s;
    open(s, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    QSignalSpy finished(s.client.get(), &WireClient::finished);
    QVERIFY(finished.wait(3000));
    QCOMPARE(s.client->record().handshake.errorKind, QStringLiteral("refused"));
    QVERIFY(s.client->record().handshake.error.contains(QString::number(port)));
}

void tst_WireClient::throughProxy_data()
{
    QTest::addColumn<RelayProxy::Kind>("kind");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("HTTP CONNECT") << RelayProxy::Kind::HttpConnect << QStringLiteral("http");
    QTest::newRow("SOCKS5") << RelayProxy::Kind::Socks5 << QStringLiteral("socks5");
}

void tst_WireClient::throughProxy()
{
    QFETCH(RelayProxy::Kind, kind);
    QFETCH(QString, scheme);
    EchoEndpoint server;
    QString error;
    QVERIFY(server.listen(&error));
    RelayProxy proxy(kind);
    QVERIFY(proxy.isListening());
    Session s;
    open(s, server.url(), 5000, [&](WireClient::Options &o) {
        o.proxy = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(proxy.serverPort()));
    });
    QSignalSpy opened(s.client.get(), &WireClient::opened);
    QVERIFY(opened.wait(5000));
    QSignalSpy messages(s.client.get(), &WireClient::messageReceived);
    s.client->sendText("via proxy");
    QVERIFY(messages.wait(3000));
    QCOMPARE(s.store.at(messages.first().at(0).value<qsizetype>()).payload, QByteArrayView("via proxy"));
    QCOMPARE(proxy.tunnelsOpened(), 1);
    QCOMPARE(proxy.lastTarget(), QByteArray("127.0.0.1:") + QByteArray::number(server.port()));
}

void tst_WireClient::tls_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("ignoreErrors");
    QTest::addColumn<bool>("ok");
    // The build's lab certificate (self-signed, for localhost and 127.0.0.1), as a CA file.
    const QString ca = LabTls::certificatePath();
    QTest::newRow("verified with the path's CA file") << ca << false << true;
    QTest::newRow("self-signed, not trusted: refused") << QString() << false << false;
    QTest::newRow("self-signed, errors ignored when asked") << QString() << true << true;
    QTest::newRow("unreadable CA file") << QStringLiteral("/nonexistent/ca.pem") << false << false;
}

void tst_WireClient::tls()
{
    QFETCH(QString, caFile);
    QFETCH(bool, ignoreErrors);
    QFETCH(bool, ok);
    QSslConfiguration config;
    QString error;
    QVERIFY2(LabTls::serverConfiguration(&config, &error), qPrintable(error));
    QWebSocketServer server(QStringLiteral("tls"), QWebSocketServer::SecureMode);
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        QWebSocket *ws = server.nextPendingConnection();
        connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString &m) { ws->sendTextMessage(m); });
    });
    Session s;
    open(s, QUrl(QStringLiteral("wss://localhost:%1/").arg(server.serverPort())), 5000, [&](WireClient::Options &o) {
        o.caFile = caFile;
        o.ignoreTlsErrors = ignoreErrors;
    });
    QSignalSpy finished(s.client.get(), &WireClient::finished);
    QSignalSpy messages(s.client.get(), &WireClient::messageReceived);
    QSignalSpy opened(s.client.get(), &WireClient::opened);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + finished.count() > 0, 5000);
    const HandshakeRecord &h = s.client->record().handshake;
    QCOMPARE(h.ok, ok);
    if (!ok) {
        QCOMPARE(h.errorKind, QStringLiteral("tls"));
        QVERIFY2(h.error.startsWith(QLatin1String("TLS: ")), qPrintable(h.error));
        if (!caFile.isEmpty())
            QVERIFY2(h.error.contains(caFile), qPrintable(h.error)); // the file to fix, named
        return;
    }
    QVERIFY(h.tlsDoneUs >= h.tcpConnectedUs && h.upgradeSentUs >= h.tlsDoneUs);
    QCOMPARE(h.tlsWarnings.isEmpty(), !ignoreErrors);
    s.client->sendText("secure");
    QVERIFY(messages.wait(3000));
    QCOMPARE(s.store.at(messages.first().at(0).value<qsizetype>()).payload, QByteArrayView("secure"));
}

void tst_WireClient::slowReaderGetsBackPressureNotACut()
{
    // A server that reads about 12 MB/s: slower than the client can send, but reading. The
    // client must make its sender wait (back-pressure), never drop or cut, and the server must
    // get every byte.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    qint64 received = 0;
    QByteArray head;
    QTimer reader;
    QPointer<QTcpSocket> peer;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        peer->setReadBufferSize(64 << 10);
        connect(peer, &QTcpSocket::readyRead, this, [&] {
            if (!head.contains("\r\n\r\n")) {
                head += peer->readAll();
                QByteArray key;
                for (const QByteArray &line : head.split('\n'))
                    if (line.toLower().startsWith("sec-websocket-key:"))
                        key = line.mid(18).trimmed();
                if (!key.isEmpty())
                    peer->write(ScriptedServer::upgrade(key));
                received = head.size() - (head.indexOf("\r\n\r\n") + 4);
                reader.start(20);
            }
        });
    });
    connect(&reader, &QTimer::timeout, this, [&] {
        if (peer)
            received += peer->read(256 << 10).size();
    });

    Session s;
    open(s, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort())), 5000,
         [](WireClient::Options &o) { o.maxPendingWriteBytes = 2 << 20; });
    QSignalSpy opened(s.client.get(), &WireClient::opened);
    QVERIFY(opened.wait(5000));
    QSignalSpy drained(s.client.get(), &WireClient::writeQueueDrained);

    const QByteArray message(1 << 20, 'b');
    const int messages = 16;
    int sent = 0;
    int waits = 0;
    while (sent < messages) {
        if (s.client->isWriteQueueFull()) {
            ++waits;
            QVERIFY2(drained.wait(5000), "the send queue never drained");
            continue;
        }
        s.client->sendBinary(message);
        ++sent;
    }
    QVERIFY2(waits > 0, "the sender never had to wait: the reader was not slow enough to test back-pressure");
    const qint64 wireBytes = qint64(messages) * (message.size() + 14); // header of a masked 1 MiB frame: 14 bytes
    QTRY_COMPARE_WITH_TIMEOUT(received, wireBytes, 10000);
    QCOMPARE(s.client->state(), WireClient::State::Open);
    for (qsizetype i = 0; i < s.store.count(); ++i)
        QVERIFY2(s.store.at(i).type != FrameType::Error, s.store.at(i).payload.toByteArray().constData());
}
QTEST_GUILESS_MAIN(tst_WireClient)
#include "tst_wireclient.moc"
