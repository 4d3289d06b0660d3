#include "comparisonreport.h"

#include "../support/pairedservers.h"
#include "../support/profileplayer.h"

#include <QTest>

using namespace tunnelscope;

// The Home Assistant adapter's checks from bytes: two servers of our own, a correct one behind
// "direct" and one behind "tunnel" that sends what a broken relay could deliver.
class tst_HomeAssistant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brokenMessagesAreViolations();
};

void tst_HomeAssistant::brokenMessagesAreViolations()
{
    PairedServers servers([](QWebSocket *ws, bool broken) {
        ws->sendTextMessage(QStringLiteral(R"({"type":"auth_required","ha_version":"2024.6.0"})"));
        QObject::connect(ws, &QWebSocket::textMessageReceived, ws, [ws, broken](const QString &m) {
            if (m.contains(QLatin1String("\"auth\""))) {
                ws->sendTextMessage(QStringLiteral(R"({"type":"auth_ok","ha_version":"2024.6.0"})"));
                return;
            }
            // {"id":1,"type":"ping"}
            ws->sendTextMessage(QStringLiteral(R"({"id":1,"type":"pong"})"));
            if (broken) {
                ws->sendBinaryMessage(QByteArray(R"({"id":1,"type":"pong"})"));
                ws->sendTextMessage(QStringLiteral(R"({"id":1,"type":"pong"})"));
                ws->sendTextMessage(QStringLiteral(R"({"id":7,"type":"result","success":true})"));
                ws->sendTextMessage(QStringLiteral(R"({"event":{}})"));
                ws->sendTextMessage(QStringLiteral(R"([{"type":"event"},3])"));
            }
            ws->sendTextMessage(QStringLiteral(R"({"type":"event","event":{"event_type":"done"}})"));
        });
    });
    QVERIFY(servers.listening());
    const QByteArray json = R"({"name":"ha","protocol":"homeassistant",)" + servers.pathsJson() + R"(,
        "steps":[{"expect":{"type":"auth_required"},"timeout_ms":3000},
                 {"send":{"type":"auth","access_token":"x"},"expect":{"type":"auth_ok"},"timeout_ms":3000},
                 {"send":{"id":1,"type":"ping"},"expect":{"type":"event"},"timeout_ms":3000}]})";
    const auto runner = playProfile(json);
    QVERIFY(runner);
    QStringList violations = findingSummaries(*runner, QStringLiteral("protocol_violation"));
    violations.replaceInStrings(QStringLiteral("tunnel path only: protocol violation: "), QString());
    QCOMPARE(
        violations,
        QStringList(
            {QStringLiteral("frame 6 is binary: Home Assistant sends JSON text only, and its frontend cannot read this message"),
             QStringLiteral("frame 8: a second pong for id 1; the frontend would resolve the command twice"),
             QStringLiteral("frame 10: a result for id 7, which this client never sent"),
             QStringLiteral("frame 12 is not a Home Assistant message: no string \"type\""),
             QStringLiteral("frame 14 is a JSON array with an item that is not a message object")}));
    // The direct path's correct answers raised nothing.
    for (qsizetype i = 0; i < runner->runs().front()->direct.frames.count(); ++i)
        QVERIFY(runner->runs().front()->direct.frames.at(i).type != FrameType::Error);
}

QTEST_GUILESS_MAIN(tst_HomeAssistant)
#include "tst_homeassistant.moc"
