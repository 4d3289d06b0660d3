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
} // namespace

void SocketIoEndpoint::handleClient(QWebSocket *socket)
{
    const QJsonObject open{{QStringLiteral("sid"), newSid()},
                           {QStringLiteral("upgrades"), QJsonArray()},
                           {QStringLiteral("pingInterval"), PingIntervalMs},
                           {QStringLiteral("pingTimeout"), PingTimeoutMs},
                           {QStringLiteral("maxPayload"), 1000000}};
    socket->sendTextMessage(QStringLiteral("0") + QString::fromUtf8(QJsonDocument(open).toJson(QJsonDocument::Compact)));

    auto *ping = new QTimer(socket);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(ping, &QTimer::timeout, socket, [socket, deadline] {
        socket->sendTextMessage(QStringLiteral("2"));
        if (!deadline->isActive())
            deadline->start(PingTimeoutMs);
    });
    // No pong in time: the server gives up on the client, as socket.io does.
    connect(deadline, &QTimer::timeout, socket,
            [socket] { socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("ping timeout")); });
    ping->start(PingIntervalMs);

    // A binary event ("451-[...]" + its attachments) is echoed whole once its frames are in.
    struct BinaryEcho
    {
        QString packet;
        int due = 0;
        QList<QByteArray> attachments;
    };
    auto echo = std::make_shared<BinaryEcho>();
    connect(socket, &QWebSocket::binaryMessageReceived, socket, [socket, echo](const QByteArray &bytes) {
        if (echo->due == 0)
            return;
        echo->attachments << bytes;
        if (--echo->due > 0)
            return;
        socket->sendTextMessage(echo->packet);
        for (const QByteArray &a : std::as_const(echo->attachments))
            socket->sendBinaryMessage(a);
        echo->attachments.clear();
    });
    connect(socket, &QWebSocket::textMessageReceived, socket, [socket, deadline, echo](const QString &message) {
        const QByteArray bytes = message.toUtf8();
        const SocketIoPacket p = SocketIoPacket::parse(bytes);
        if (!p.isValid())
            return;
        if (p.engineType == SocketIoPacket::Pong) {
            deadline->stop();
            return;
        }
        if (p.engineType != SocketIoPacket::Message)
            return;
        switch (p.socketType) {
        case SocketIoPacket::Connect:
            socket->sendTextMessage(
                QStringLiteral("40")
                + QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("sid"), newSid()}}).toJson(QJsonDocument::Compact)));
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
    });
}

} // namespace tunnelscope
