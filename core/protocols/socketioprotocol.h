#pragma once

#include "protocol.h"

namespace tunnelscope {

// Socket.IO over Engine.IO's websocket transport: "emit" sends, the Engine.IO endpoint and
// query, the client's handshake and heartbeat (SocketIoAdapter), and packets compared decoded,
// heartbeats left out like control frames and session ids ignored.
class SocketIoProtocol : public Protocol
{
public:
    QString name() const override { return QStringLiteral("socketio"); }
    QStringList sendForms() const override { return {QStringLiteral("emit")}; }
    std::optional<QByteArray> encodeSend(const QJsonObject &send) const override;
    QUrl connectionUrl(const QUrl &given, const QString &pathName) const override;
    std::unique_ptr<ProtocolClient> client(const ClientContext &context) const override;
    QStringList ignoredFields() const override { return {QStringLiteral("sid")}; }
    bool keyMessage(const ReceivedMessage &message, const MessageKeys &keys, KeyedMessage *out) const override;
};

} // namespace tunnelscope
