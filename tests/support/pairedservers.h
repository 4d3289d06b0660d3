#pragma once

#include <QByteArray>
#include <QWebSocket>
#include <QWebSocketServer>
#include <functional>

// Two WebSocket servers of a test's own on 127.0.0.1, one behind a profile's "direct" URL and
// one behind its "tunnel" URL: a correct server beside one that misbehaves on purpose.
// `serve` runs for each new connection, told which of the two took it.
class PairedServers
{
public:
    using Serve = std::function<void(QWebSocket *socket, bool tunnel)>;

    explicit PairedServers(Serve serve) : m_serve(std::move(serve))
    {
        for (QWebSocketServer *server : {&m_direct, &m_tunnel}) {
            server->listen(QHostAddress::LocalHost, 0);
            QObject::connect(server, &QWebSocketServer::newConnection, server, [this, server] {
                while (QWebSocket *ws = server->nextPendingConnection()) {
                    ws->setParent(server);
                    m_serve(ws, server == &m_tunnel);
                }
            });
        }
    }

    bool listening() const { return m_direct.isListening() && m_tunnel.isListening(); }

    // The profile's `"direct": {...}, "tunnel": {...}` members, with `path` after the port.
    QByteArray pathsJson(const QByteArray &path = QByteArray()) const
    {
        return R"("direct":{"url":"ws://127.0.0.1:)" + QByteArray::number(m_direct.serverPort()) + path
            + R"("},"tunnel":{"url":"ws://127.0.0.1:)" + QByteArray::number(m_tunnel.serverPort()) + path + R"("})";
    }

private:
    Serve m_serve;
    QWebSocketServer m_direct{QStringLiteral("direct"), QWebSocketServer::NonSecureMode};
    QWebSocketServer m_tunnel{QStringLiteral("tunnel"), QWebSocketServer::NonSecureMode};
};
