#pragma once

#include <QJsonValue>
#include <QString>

namespace tunnelscope {

// One Engine.IO v4 packet carried in a WebSocket text frame, and the Socket.IO v5 packet
// inside it when it is a message: "0{open}", "2" ping, "3" pong, "40{auth}" connect,
// "42[\"event\",...]", "421[...]" event with ack id 1, "431[...]" ack, "451-[...]" binary
// event with one attachment, "/admin,42[...]" in a namespace, "44{\"message\"}" connect error.
struct SocketIoPacket
{
    enum EngineType { Open = 0, Close = 1, Ping = 2, Pong = 3, Message = 4, Upgrade = 5, Noop = 6 };
    enum SocketType { Connect = 0, Disconnect = 1, Event = 2, Ack = 3, ConnectError = 4, BinaryEvent = 5, BinaryAck = 6 };

    int engineType = -1;
    int socketType = -1; // for Message packets
    QString nameSpace = QStringLiteral("/");
    qint64 ackId = -1;
    int attachments = 0;
    QJsonValue data; // the JSON part, if any
    QString error;   // why the bytes are not a valid packet; empty when they are

    bool isValid() const { return error.isEmpty(); }
    // The event name of an Event / BinaryEvent packet, else empty.
    QString eventName() const;

    static SocketIoPacket parse(QByteArrayView text);
    static QByteArray event(const QJsonArray &nameAndArgs, qint64 ackId = -1, const QString &nameSpace = QString());
};

} // namespace tunnelscope
