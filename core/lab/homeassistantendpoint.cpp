#include "homeassistantendpoint.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

namespace tunnelscope {

namespace {
QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

HomeAssistantEndpoint::HomeAssistantEndpoint(const QString &token, QObject *parent)
    : LabEndpoint(QStringLiteral("homeassistant"), parent), m_token(token)
{ }

void HomeAssistantEndpoint::handleClient(QWebSocket *socket)
{
    socket->setProperty("authed", false);
    socket->sendTextMessage(compactJson(
        {{QStringLiteral("type"), QStringLiteral("auth_required")}, {QStringLiteral("ha_version"), QLatin1String(Version)}}));
    // HA gives a client 10 s to authenticate, then closes without a word.
    QTimer::singleShot(10000, Qt::PreciseTimer, socket, [socket] {
        if (!socket->property("authed").toBool())
            socket->close(QWebSocketProtocol::CloseCodeNormal);
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &message) {
        if (socket->property("authed").toBool())
            onCommand(socket, message);
        else
            onAuthPhaseMessage(socket, message);
    });
    // A binary frame at any time ends the session, as in HA.
    connect(socket, &QWebSocket::binaryMessageReceived, socket,
            [socket](const QByteArray &) { socket->close(QWebSocketProtocol::CloseCodeNormal); });
}

void HomeAssistantEndpoint::onAuthPhaseMessage(QWebSocket *socket, const QString &message)
{
    const QJsonObject msg = QJsonDocument::fromJson(message.toUtf8()).object();
    if (msg.value(QStringLiteral("type")).toString() != QLatin1String("auth")) {
        if (msg.isEmpty()) {
            socket->close(QWebSocketProtocol::CloseCodeNormal); // invalid JSON: closed silently
            return;
        }
        socket->sendTextMessage(
            compactJson({{QStringLiteral("type"), QStringLiteral("auth_invalid")},
                         {QStringLiteral("message"), QStringLiteral("Auth message incorrectly formatted: expected auth")}}));
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        return;
    }
    if (msg.value(QStringLiteral("access_token")).toString() == m_token && !m_token.isEmpty()) {
        socket->setProperty("authed", true);
        socket->sendTextMessage(compactJson(
            {{QStringLiteral("type"), QStringLiteral("auth_ok")}, {QStringLiteral("ha_version"), QLatin1String(Version)}}));
        return;
    }
    // The message and the close leave in one write: the close follows at once, as in HA.
    socket->sendTextMessage(compactJson({{QStringLiteral("type"), QStringLiteral("auth_invalid")},
                                         {QStringLiteral("message"), QStringLiteral("Invalid access token or password")}}));
    socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void HomeAssistantEndpoint::onCommand(QWebSocket *socket, const QString &message)
{
    const QJsonObject msg = QJsonDocument::fromJson(message.toUtf8()).object();
    const QJsonValue id = msg.value(QStringLiteral("id"));
    const QString type = msg.value(QStringLiteral("type")).toString();
    if (!id.isDouble() || type.isEmpty()) {
        // Not a command (not JSON, no id, no type): HA answers with an error result that
        // carries the id only when there was one, and keeps the connection.
        QJsonObject answer{{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("success"), false},
                           {QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_format")},
                                        {QStringLiteral("message"), QStringLiteral("Message incorrectly formatted.")}}}};
        if (!id.isUndefined())
            answer.insert(QStringLiteral("id"), id);
        socket->sendTextMessage(compactJson(answer));
        return;
    }
    if (type == QLatin1String("ping")) {
        socket->sendTextMessage(compactJson({{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("pong")}}));
        return;
    }
    if (type == QLatin1String("supported_features")) {
        const bool coalesce
            = msg.value(QStringLiteral("features")).toObject().value(QStringLiteral("coalesce_messages")).toInt() == 1;
        socket->setProperty("coalesce", coalesce);
        socket->sendTextMessage(compactJson({{QStringLiteral("id"), id},
                                             {QStringLiteral("type"), QStringLiteral("result")},
                                             {QStringLiteral("success"), true},
                                             {QStringLiteral("result"), QJsonValue::Null}}));
        return;
    }
    if (type == QLatin1String("subscribe_events")) {
        socket->sendTextMessage(compactJson({{QStringLiteral("id"), id},
                                             {QStringLiteral("type"), QStringLiteral("result")},
                                             {QStringLiteral("success"), true},
                                             {QStringLiteral("result"), QJsonValue::Null}}));
        auto *timer = new QTimer(socket);
        auto counter = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, socket, [socket, id, counter] {
            auto event = [&] {
                const int n = ++*counter;
                const QJsonObject state{{QStringLiteral("entity_id"), QStringLiteral("sensor.lab_counter")},
                                        {QStringLiteral("state"), QString::number(n)}};
                const QJsonObject e{{QStringLiteral("event_type"), QStringLiteral("state_changed")},
                                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("new_state"), state}}},
                                    {QStringLiteral("time_fired"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
                return QJsonObject{
                    {QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), e}};
            };
            // A client that asked for coalescing gets two events per frame, as a JSON array.
            if (socket->property("coalesce").toBool())
                socket->sendTextMessage(
                    QString::fromUtf8(QJsonDocument(QJsonArray{event(), event()}).toJson(QJsonDocument::Compact)));
            else
                socket->sendTextMessage(compactJson(event()));
        });
        timer->start(50);
        return;
    }
    socket->sendTextMessage(compactJson({{QStringLiteral("id"), id},
                                         {QStringLiteral("type"), QStringLiteral("result")},
                                         {QStringLiteral("success"), false},
                                         {QStringLiteral("error"),
                                          QJsonObject{{QStringLiteral("code"), QStringLiteral("unknown_command")},
                                                      {QStringLiteral("message"), QStringLiteral("Unknown command.")}}}}));
}

} // namespace tunnelscope
