#include "comparisonreport.h"
#include "socketiopacket.h"

#include "../support/pairedservers.h"
#include "../support/profileplayer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace tunnelscope;

class tst_SocketIoPacket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void encodeEvent();
    void malformedPacketsAreViolations();
    void silentServerIsDropped();
};

void tst_SocketIoPacket::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("engine");
    QTest::addColumn<int>("socket");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<qint64>("ack");
    QTest::addColumn<int>("attachments");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("error");
    auto row = [](const char *name, const QByteArray &b, int e, int s, const char *ns, qint64 ack, int att, const char *ev,
                  const char *err) {
        QTest::newRow(name) << b << e << s << QString::fromLatin1(ns) << ack << att << QString::fromLatin1(ev)
                            << QString::fromLatin1(err);
    };
    row("open", R"(0{"sid":"a","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000})", 0, -1, "/", -1, 0,
        "", "");
    row("close", "1", 1, -1, "/", -1, 0, "", "");
    row("ping", "2", 2, -1, "/", -1, 0, "", "");
    row("pong", "3", 3, -1, "/", -1, 0, "", "");
    row("noop", "6", 6, -1, "/", -1, 0, "", "");
    row("connect", "40", 4, 0, "/", -1, 0, "", "");
    row("connect with auth", R"(40{"token":"t"})", 4, 0, "/", -1, 0, "", "");
    row("connect to namespace", R"(40/admin,{"token":"t"})", 4, 0, "/admin", -1, 0, "", "");
    row("disconnect", "41", 4, 1, "/", -1, 0, "", "");
    row("event", R"(42["chat","hi",{"n":1}])", 4, 2, "/", -1, 0, "chat", "");
    row("event with ack id", R"(4212["chat"])", 4, 2, "/", 12, 0, "chat", "");
    row("event in namespace with ack", R"(42/admin,7["x",1])", 4, 2, "/admin", 7, 0, "x", "");
    row("ack", R"(431[{"ok":true}])", 4, 3, "/", 1, 0, "", "");
    row("connect error", R"(44{"message":"Not authorized"})", 4, 4, "/", -1, 0, "", "");
    row("binary event", R"(451-["upload",{"_placeholder":true,"num":0}])", 4, 5, "/", -1, 1, "upload", "");
    row("binary ack", R"(462-3[{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}])", 4, 6, "/", 3, 2, "", "");
    row("empty", "", -1, -1, "/", -1, 0, "", "not an Engine.IO packet");
    row("BOM before the type",
        "\xEF\xBB\xBF"
        "42[\"chat\"]",
        -1, -1, "/", -1, 0, "", "not an Engine.IO packet");
    row("unknown engine type", "9", -1, -1, "/", -1, 0, "", "not an Engine.IO packet");
    row("message without type", "4", 4, -1, "/", -1, 0, "", "without a Socket.IO type");
    row("unknown socket type", "48", 4, -1, "/", -1, 0, "", "unknown Socket.IO packet type");
    row("event without name", "42[1,2]", 4, 2, "/", -1, 0, "", "without [\"name\"");
    row("broken JSON", "42[\"chat\",", 4, 2, "/", -1, 0, "", "invalid JSON");
    row("namespace without comma", "40/admin", 4, 0, "/", -1, 0, "", "closing comma");
    row("binary without count", "45[\"x\"]", 4, 5, "/", -1, 0, "", "attachment count");
    row("ack without id", "43[1]", 4, 3, "/", -1, 0, "", "ack packet without its id");
    row("connect error without object", "44\"x\"", 4, 4, "/", -1, 0, "", "invalid JSON");
    row("open without object", "0", 0, -1, "/", -1, 0, "", "open packet without");
}

void tst_SocketIoPacket::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, engine);
    QFETCH(int, socket);
    QFETCH(QString, ns);
    QFETCH(qint64, ack);
    QFETCH(int, attachments);
    QFETCH(QString, event);
    QFETCH(QString, error);
    const SocketIoPacket p = SocketIoPacket::parse(bytes);
    if (!error.isEmpty()) {
        QVERIFY2(p.error.contains(error), qPrintable(p.error));
        return;
    }
    QVERIFY2(p.isValid(), qPrintable(p.error));
    QCOMPARE(p.engineType, engine);
    QCOMPARE(p.socketType, socket);
    QCOMPARE(p.nameSpace, ns);
    QCOMPARE(p.ackId, ack);
    QCOMPARE(p.attachments, attachments);
    QCOMPARE(p.eventName(), event);
}

void tst_SocketIoPacket::encodeEvent()
{
    QCOMPARE(SocketIoPacket::event(QJsonArray{QStringLiteral("chat"), 1}), QByteArray(R"(42["chat",1])"));
    QCOMPARE(SocketIoPacket::event(QJsonArray{QStringLiteral("chat")}, 5, QStringLiteral("/admin")),
             QByteArray(R"(42/admin,5["chat"])"));
    const SocketIoPacket back
        = SocketIoPacket::parse(SocketIoPacket::event(QJsonArray{QStringLiteral("e"), QJsonObject{{QStringLiteral("a"), 1}}}, 9));
    QCOMPARE(back.eventName(), QStringLiteral("e"));
    QCOMPARE(back.ackId, 9);
}

// Two Socket.IO servers of our own: the one behind "direct" speaks correctly, the one behind
// "tunnel" sends what a broken proxy could deliver. Each broken packet becomes a
// protocol_violation that names the frame and what is wrong with it.
void tst_SocketIoPacket::malformedPacketsAreViolations()
{
    PairedServers servers([](QWebSocket *ws, bool broken) {
        ws->sendTextMessage(
            QStringLiteral(R"(0{"sid":"s","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000})"));
        QObject::connect(ws, &QWebSocket::textMessageReceived, ws, [ws, broken](const QString &m) {
            if (m != QLatin1String("40"))
                return;
            ws->sendTextMessage(QStringLiteral(R"(40{"sid":"n"})"));
            if (broken) {
                ws->sendTextMessage(QStringLiteral("7"));
                ws->sendTextMessage(QStringLiteral(R"(42["unterminated")"));
                ws->sendBinaryMessage(QByteArray("\x01\x02", 2));
                ws->sendTextMessage(QStringLiteral(R"(451-["file",{"_placeholder":true,"num":0}])"));
            }
            ws->sendTextMessage(QStringLiteral(R"(42["done"])"));
        });
    });
    QVERIFY(servers.listening());
    const QByteArray json = R"({"name":"sio","protocol":"socketio",)" + servers.pathsJson() + R"(,
        "steps":[{"expect":{"event":"done"},"timeout_ms":3000}]})";
    const auto runner = playProfile(json);
    QVERIFY(runner);
    const QStringList violations = findingSummaries(*runner, QStringLiteral("protocol_violation"));
    QCOMPARE(violations.size(), 4);
    const QString all = violations.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("tunnel path only: protocol violation: frame 4 is not a Socket.IO packet: not an "
                                         "Engine.IO packet: it must start with a type digit 0-6")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("frame 6 is not a Socket.IO packet: invalid JSON in the packet")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("is a binary frame no Socket.IO packet announced as an attachment")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("announced attachments, 1 of which never came before the next packet")),
             qPrintable(all));
}

void tst_SocketIoPacket::silentServerIsDropped()
{
    // The tunnelled server connects the namespace and then nothing comes (the pings are held
    // somewhere): after pingInterval + pingTimeout the client gives up, as socket.io-client does.
    PairedServers servers([](QWebSocket *ws, bool silent) {
        ws->sendTextMessage(
            QStringLiteral(R"(0{"sid":"s","upgrades":[],"pingInterval":150,"pingTimeout":150,"maxPayload":1000})"));
        auto *ping = new QTimer(ws);
        QObject::connect(ping, &QTimer::timeout, ws, [ws] { ws->sendTextMessage(QStringLiteral("2")); });
        if (!silent)
            ping->start(150);
        QObject::connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString &m) {
            if (m == QLatin1String("40"))
                ws->sendTextMessage(QStringLiteral(R"(40{"sid":"n"})"));
        });
    });
    QVERIFY(servers.listening());
    const QByteArray json = R"({"name":"sio","protocol":"socketio",)" + servers.pathsJson() + R"(,
        "steps":[{"expect":{"regex":"^40"},"timeout_ms":3000},{"wait_ms":800},{"close":1000,"await_close_ms":1000}]})";
    const auto runner = playProfile(json);
    QVERIFY(runner);
    const RunRecord &run = *runner->runs().front();
    QCOMPARE(run.tunnel.lastClose().code, quint16(1006));
    QCOMPARE(run.direct.lastClose().code, quint16(1000));
    const QStringList violations = findingSummaries(*runner, QStringLiteral("protocol_violation"));
    QCOMPARE(violations,
             QStringList(QStringLiteral(
                 "tunnel path only: protocol violation: no Socket.IO packet for pingInterval + pingTimeout "
                 "(300 ms): the server's pings stopped coming through, and socket.io-client drops the connection here")));
}

QTEST_GUILESS_MAIN(tst_SocketIoPacket)
#include "tst_socketiopacket.moc"
