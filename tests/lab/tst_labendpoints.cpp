#include "chatendpoint.h"
#include "homeassistantendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace tunnelscope;

// The lab endpoints, driven by Qt's own client (independent of our wire client).
class tst_LabEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void homeAssistantAuthOk();
    void homeAssistantAuthInvalidThenClose();
    void homeAssistantClosesSilentlyOnInvalidJson();
    void chatBroadcastsWithinRoom();

private:
    static QJsonObject next(QSignalSpy &spy, int index);
    static void connectUntilAuthRequired(HomeAssistantEndpoint &ha, QWebSocket &ws, QSignalSpy &messages);
};

// Listens, connects and waits for auth_required: where every auth-phase test starts.
void tst_LabEndpoints::connectUntilAuthRequired(HomeAssistantEndpoint &ha, QWebSocket &ws, QSignalSpy &messages)
{
    QString error;
    QVERIFY2(ha.listen(&error), qPrintable(error));
    ws.open(ha.url());
    QCOMPARE(next(messages, 0).value(QStringLiteral("type")).toString(), QStringLiteral("auth_required"));
}

QJsonObject tst_LabEndpoints::next(QSignalSpy &spy, int index)
{
    if (spy.count() <= index && !QTest::qWaitFor([&] { return spy.count() > index; }, 3000))
        return {};
    return QJsonDocument::fromJson(spy.at(index).at(0).toString().toUtf8()).object();
}

void tst_LabEndpoints::homeAssistantAuthOk()
{
    HomeAssistantEndpoint ha(QStringLiteral("good"));
    QString error;
    QVERIFY(ha.listen(&error));
    QCOMPARE(ha.url().path(), QStringLiteral("/api/websocket"));
    QWebSocket ws;
    QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
    ws.open(ha.url());
    QCOMPARE(next(messages, 0).value(QStringLiteral("type")).toString(), QStringLiteral("auth_required"));
    ws.sendTextMessage(QStringLiteral(R"({"type":"auth","access_token":"good"})"));
    QCOMPARE(next(messages, 1).value(QStringLiteral("type")).toString(), QStringLiteral("auth_ok"));
    ws.sendTextMessage(QStringLiteral(R"({"id":5,"type":"ping"})"));
    const QJsonObject pong = next(messages, 2);
    QCOMPARE(pong.value(QStringLiteral("type")).toString(), QStringLiteral("pong"));
    QCOMPARE(pong.value(QStringLiteral("id")).toInt(), 5);
    ws.sendTextMessage(QStringLiteral(R"({"id":6,"type":"subscribe_events"})"));
    QCOMPARE(next(messages, 3).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    QCOMPARE(next(messages, 4).value(QStringLiteral("type")).toString(), QStringLiteral("event"));
    QCOMPARE(next(messages, 5).value(QStringLiteral("id")).toInt(), 6);
}

void tst_LabEndpoints::homeAssistantAuthInvalidThenClose()
{
    HomeAssistantEndpoint ha(QStringLiteral("good"));
    QWebSocket ws;
    QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
    QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
    connectUntilAuthRequired(ha, ws, messages);
    if (QTest::currentTestFailed())
        return;
    ws.sendTextMessage(QStringLiteral(R"({"type":"auth","access_token":"bad"})"));
    const QJsonObject invalid = next(messages, 1);
    QCOMPARE(invalid.value(QStringLiteral("type")).toString(), QStringLiteral("auth_invalid"));
    QCOMPARE(invalid.value(QStringLiteral("message")).toString(), QStringLiteral("Invalid access token or password"));
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 3000);
    QCOMPARE(ws.closeCode(), QWebSocketProtocol::CloseCodeNormal);
}

void tst_LabEndpoints::homeAssistantClosesSilentlyOnInvalidJson()
{
    HomeAssistantEndpoint ha(QStringLiteral("good"));
    QWebSocket ws;
    QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
    QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
    connectUntilAuthRequired(ha, ws, messages);
    if (QTest::currentTestFailed())
        return;
    ws.sendTextMessage(QStringLiteral("not json"));
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 3000);
    QCOMPARE(messages.count(), 1); // no auth_invalid, as in HA
}

void tst_LabEndpoints::chatBroadcastsWithinRoom()
{
    ChatEndpoint chat;
    QString error;
    QVERIFY(chat.listen(&error));
    QWebSocket a, b, other;
    QSignalSpy aMessages(&a, &QWebSocket::textMessageReceived);
    QSignalSpy bMessages(&b, &QWebSocket::textMessageReceived);
    QSignalSpy otherMessages(&other, &QWebSocket::textMessageReceived);
    QUrl room = chat.url();
    room.setQuery(QStringLiteral("room=1"));
    QUrl otherRoom = chat.url();
    otherRoom.setQuery(QStringLiteral("room=2"));
    a.open(room);
    QVERIFY(!next(aMessages, 0).isEmpty()); // joined
    b.open(room);
    QCOMPARE(next(bMessages, 0).value(QStringLiteral("members")).toInt(), 2);
    other.open(otherRoom);
    QVERIFY(!next(otherMessages, 0).isEmpty());
    a.sendTextMessage(QStringLiteral(R"({"type":"message","text":"hi"})"));
    QCOMPARE(next(aMessages, 1).value(QStringLiteral("text")).toString(), QStringLiteral("hi"));
    QCOMPARE(next(bMessages, 1).value(QStringLiteral("text")).toString(), QStringLiteral("hi"));
    QTest::qWait(100);
    QCOMPARE(otherMessages.count(), 1);
}

QTEST_GUILESS_MAIN(tst_LabEndpoints)
#include "tst_labendpoints.moc"
