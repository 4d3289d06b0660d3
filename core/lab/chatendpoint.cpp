#include "chatendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace tunnelscope {

void ChatEndpoint::handleClient(QWebSocket *socket)
{
    const QString room = socket->requestUrl().path() + QLatin1Char('?') + socket->requestUrl().query();
    m_rooms.insert(room, socket);
    const QJsonObject joined{{QStringLiteral("type"), QStringLiteral("joined")},
                             {QStringLiteral("members"), int(m_rooms.count(room))}};
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(joined).toJson(QJsonDocument::Compact)));
    connect(socket, &QWebSocket::textMessageReceived, this, [this, room](const QString &message) {
        const auto members = m_rooms.values(room);
        for (QWebSocket *member : members)
            member->sendTextMessage(message);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, room, socket] { m_rooms.remove(room, socket); });
}

} // namespace tunnelscope
