#include "echoendpoint.h"

#include <QWebSocket>

namespace tunnelscope {

void EchoEndpoint::handleClient(QWebSocket *socket)
{
    connect(socket, &QWebSocket::textMessageReceived, socket,
            [socket](const QString &message) { socket->sendTextMessage(message); });
    connect(socket, &QWebSocket::binaryMessageReceived, socket,
            [socket](const QByteArray &message) { socket->sendBinaryMessage(message); });
}

} // namespace tunnelscope
