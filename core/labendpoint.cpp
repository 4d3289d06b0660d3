#include "labendpoint.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace tunnelscope {

LabEndpoint::LabEndpoint(const QString &name, QObject *parent)
    : QObject(parent), m_server(new QWebSocketServer(name, QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            handleClient(socket);
        }
    });
}

LabEndpoint::~LabEndpoint() = default;

bool LabEndpoint::listen(QString *error)
{
    // Loopback only: the lab is never reachable from another machine.
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = QStringLiteral("lab endpoint cannot listen on 127.0.0.1: %1").arg(m_server->errorString());
    return false;
}

quint16 LabEndpoint::port() const
{
    return m_server->serverPort();
}

QUrl LabEndpoint::url(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port()).arg(path.isEmpty() ? defaultPath() : path));
}

} // namespace tunnelscope
