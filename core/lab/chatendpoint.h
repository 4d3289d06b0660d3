#pragma once

#include "labendpoint.h"

#include <QMultiHash>

namespace tunnelscope {

// A chat room server: a text message is broadcast to every member of the sender's room,
// the sender included. The room is the request path and query, so the direct and the
// tunnelled session can share one server without hearing each other.
class ChatEndpoint : public LabEndpoint
{
    Q_OBJECT
public:
    explicit ChatEndpoint(QObject *parent = nullptr) : LabEndpoint(QStringLiteral("chat"), parent) { }
    QString defaultPath() const override { return QStringLiteral("/chat"); }

protected:
    void handleClient(QWebSocket *socket) override;

private:
    QMultiHash<QString, QWebSocket *> m_rooms;
};

} // namespace tunnelscope
