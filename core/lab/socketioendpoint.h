#pragma once

#include "labendpoint.h"

namespace tunnelscope {

// An Engine.IO v4 / Socket.IO v5 server over WebSocket, as socket.io does it: the open packet,
// a ping ("2") every pingInterval that must be answered ("3") within pingTimeout or the
// connection is closed, namespace connect ("40" -> "40{sid}"), events echoed back, acks
// answered ("42N[...]" -> "43N[...]"), binary events echoed with their attachments. Pings
// come every second in the lab.
class SocketIoEndpoint : public LabEndpoint
{
    Q_OBJECT
public:
    explicit SocketIoEndpoint(QObject *parent = nullptr) : LabEndpoint(QStringLiteral("socketio"), parent) { }
    QString defaultPath() const override { return QStringLiteral("/socket.io/?EIO=4&transport=websocket"); }

    static constexpr int PingIntervalMs = 1000;
    static constexpr int PingTimeoutMs = 2000;

protected:
    void handleClient(QWebSocket *socket) override;
};

} // namespace tunnelscope
