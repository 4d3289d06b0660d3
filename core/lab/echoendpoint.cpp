#include "echoendpoint.h"

#include "deflateechoconnection.h"
#include "deflateoffer.h"
#include "httprequesthead.h"
#include "upgraderequest.h"
#include "websocketextensions.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace tunnelscope {

void EchoEndpoint::handleClient(QWebSocket *socket)
{
    connect(socket, &QWebSocket::textMessageReceived, socket,
            [socket](const QString &message) { socket->sendTextMessage(message); });
    connect(socket, &QWebSocket::binaryMessageReceived, socket,
            [socket](const QByteArray &message) { socket->sendBinaryMessage(message); });
}

bool EchoEndpoint::takeUpgrade(QTcpSocket *socket, const HttpRequestHead &head, qsizetype headSize)
{
    const std::optional<DeflateOffer> offer = DeflateOffer::fromRequest(WebSocketExtensions::joined(head.headers()));
    if (!offer)
        return false; // Qt's server answers, without extensions
    socket->read(headSize);
    const DeflateAgreement agreed = offer->accepted();
    QByteArray answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: "
        + UpgradeRequest::acceptFor(head.header("Sec-WebSocket-Key")) + "\r\nSec-WebSocket-Extensions: " + agreed.header()
        + "\r\n";
    if (const QByteArray protocols = head.header("Sec-WebSocket-Protocol"); !protocols.isEmpty())
        answer += "Sec-WebSocket-Protocol: " + protocols.split(',').first().trimmed() + "\r\n";
    socket->write(answer + "\r\n");
    new DeflateEchoConnection(socket, agreed);
    return true;
}

} // namespace tunnelscope
