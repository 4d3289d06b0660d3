#pragma once

#include <QObject>
#include <QUrl>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace tunnelscope {

class HttpRequestHead;

// A reference server of the lab, on 127.0.0.1 and a free port. One port serves WebSocket
// upgrades (handed to Qt's QWebSocketServer, which keeps the lab independent of our client)
// and plain HTTP requests, as services like ComfyUI do (/ws beside /prompt and /history).
// Subclasses give it the behaviour of a real service.
class LabEndpoint : public QObject
{
    Q_OBJECT
public:
    struct HttpAnswer
    {
        int status = 404;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QByteArray body = QByteArrayLiteral("{\"error\":\"not found\"}");
    };

    explicit LabEndpoint(const QString &name, QObject *parent = nullptr);
    ~LabEndpoint() override;

    // Serve wss:// with this identity instead of ws://; before listen().
    void enableTls(const QSslConfiguration &config);
    bool isSecure() const { return m_secure; }
    // Ping every client this often (0: never); before listen().
    void setServerPingInterval(int ms) { m_pingIntervalMs = ms; }
    // On 127.0.0.1, `port` (0: any free one).
    bool listen(QString *error, quint16 port = 0);
    quint16 port() const;
    // The URL a client uses; `path` defaults to the endpoint's natural one.
    QUrl url(const QString &path = QString()) const;
    virtual QString defaultPath() const { return QStringLiteral("/"); }

protected:
    virtual void handleClient(QWebSocket *socket) = 0;
    // An upgrade request (its `headSize` bytes still unread), before QWebSocketServer sees
    // it: an endpoint that speaks the protocol itself (the hostile one) takes the socket and
    // returns true.
    virtual bool takeUpgrade(QTcpSocket *socket, const HttpRequestHead &head, qsizetype headSize);
    // A plain HTTP request (not an upgrade). The default answers 404.
    virtual HttpAnswer handleHttp(const HttpRequestHead &head, const QByteArray &body);

private:
    void watch(QTcpServer *listener);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_listener;
    QWebSocketServer *m_server;
    bool m_secure = false;
    int m_pingIntervalMs = 0;
};

} // namespace tunnelscope
