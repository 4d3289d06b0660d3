#include "socketioendpoint.h"

#include "socketiopacket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>
#include <memory>

namespace tunnelscope {

namespace {
QString newSid()
{
    return QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 36));
}

// A binary event ("451-[...]" + its attachments) is echoed whole once its frames are in.
struct BinaryEcho
{
    QString packet;
    int due = 0;
    QList<QByteArray> attachments;
};

void sendOpen(QWebSocket *socket, int pingIntervalMs, int pingTimeoutMs)
{
    const QJsonObject open{{QStringLiteral("sid"), newSid()},
                           {QStringLiteral("upgrades"), QJsonArray()},
                           {QStringLiteral("pingInterval"), pingIntervalMs},
                           {QStringLiteral("pingTimeout"), pingTimeoutMs},
                           {QStringLiteral("maxPayload"), 1000000}};
    socket->sendTextMessage(QStringLiteral("0") + QString::fromUtf8(QJsonDocument(open).toJson(QJsonDocument::Compact)));
}

// Engine.IO's heartbeat: a ping every interval; no pong in time and the server gives up on the
// client, as socket.io does. Returns the deadline a pong stops.
QTimer *startHeartbeat(QWebSocket *socket, int pingIntervalMs, int pingTimeoutMs)
{
    auto *ping = new QTimer(socket);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    QObject::connect(ping, &QTimer::timeout, socket, [socket, deadline, pingTimeoutMs] {
        socket->sendTextMessage(QStringLiteral("2"));
        if (!deadline->isActive())
            deadline->start(pingTimeoutMs);
    });
    QObject::connect(deadline, &QTimer::timeout, socket,
                     [socket] { socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("ping timeout")); });
    ping->start(pingIntervalMs);
    return deadline;
}

void onAttachment(QWebSocket *socket, BinaryEcho *echo, const QByteArray &bytes)
{
    if (echo->due == 0)
        return;
    echo->attachments << bytes;
    if (--echo->due > 0)
        return;
    socket->sendTextMessage(echo->packet);
    for (const QByteArray &a : std::as_const(echo->attachments))
        socket->sendBinaryMessage(a);
    echo->attachments.clear();
}

// A Socket.IO packet from the client: connect answered, events echoed (or acknowledged with
// their arguments), a binary event held until its attachments are in.
void answerPacket(QWebSocket *socket, const QString &message, const SocketIoPacket &p, BinaryEcho *echo)
{
    switch (p.socketType) {
    case SocketIoPacket::Connect:
        socket->sendTextMessage(
            QStringLiteral("40")
            + QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sid"), newSid()}}).toJson(QJsonDocument::Compact)));
        break;
    case SocketIoPacket::Disconnect:
        socket->close();
        break;
    case SocketIoPacket::BinaryEvent:
        echo->packet = message;
        echo->due = p.attachments;
        echo->attachments.clear();
        break;
    case SocketIoPacket::Event: {
        QJsonArray args = p.data.toArray();
        if (p.ackId >= 0) {
            args.removeFirst();
            socket->sendTextMessage(QStringLiteral("43%1").arg(p.ackId)
                                    + QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
        } else {
            socket->sendTextMessage(QString::fromUtf8(SocketIoPacket::event(args)));
        }
        break;
    }
    default:
        break;
    }
}

} // namespace

void SocketIoEndpoint::handleClient(QWebSocket *socket)
{
    sendOpen(socket, PingIntervalMs, PingTimeoutMs);
    QTimer *deadline = startHeartbeat(socket, PingIntervalMs, PingTimeoutMs);
    auto echo = std::make_shared<BinaryEcho>();
    connect(socket, &QWebSocket::binaryMessageReceived, socket,
            [socket, echo](const QByteArray &bytes) { onAttachment(socket, echo.get(), bytes); });
    connect(socket, &QWebSocket::textMessageReceived, socket, [socket, deadline, echo](const QString &message) {
        const SocketIoPacket p = SocketIoPacket::parse(message.toUtf8());
        if (!p.isValid())
            return;
        if (p.engineType == SocketIoPacket::Pong)
            deadline->stop();
        else if (p.engineType == SocketIoPacket::Message)
            answerPacket(socket, message, p, echo.get());
    });
}

} // namespace tunnelscope
