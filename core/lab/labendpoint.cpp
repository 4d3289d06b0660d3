#include "labendpoint.h"

#include "httprequesthead.h"
#include "labtls.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace tunnelscope {

namespace {
const char *BufferProperty = "tunnelscope_http_buffer";
const char *HttpModeProperty = "tunnelscope_http_mode";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    default:
        return QByteArrayLiteral("Status");
    }
}

constexpr qint64 MaxBody = 16 << 20;
} // namespace

LabEndpoint::LabEndpoint(const QString &name, QObject *parent)
    : QObject(parent), m_listener(new QTcpServer(this)),
      m_server(new QWebSocketServer(name, QWebSocketServer::NonSecureMode, this))
{
    watch(m_listener);
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            if (m_pingIntervalMs > 0) {
                // A server heartbeat, as aiohttp's `heartbeat` and ws's keep-alive send.
                auto *heartbeat = new QTimer(socket);
                heartbeat->setTimerType(Qt::PreciseTimer); // the same beat on every connection
                connect(heartbeat, &QTimer::timeout, socket, [socket] { socket->ping(); });
                heartbeat->start(m_pingIntervalMs);
            }
            handleClient(socket);
        }
    });
}

LabEndpoint::~LabEndpoint() = default;

void LabEndpoint::watch(QTcpServer *listener)
{
    // pendingConnectionAvailable, not newConnection: a TLS listener queues a connection
    // only once its handshake is done.
    connect(listener, &QTcpServer::pendingConnectionAvailable, this, &LabEndpoint::onNewConnection);
}

void LabEndpoint::enableTls(const QSslConfiguration &config)
{
    Q_ASSERT(!m_listener->isListening());
    delete m_listener;
    m_listener = LabTls::makeServer(config, this);
    m_secure = true;
    watch(m_listener);
}

bool LabEndpoint::listen(QString *error, quint16 port)
{
    // Loopback only: the lab is never reachable from another machine.
    if (m_listener->listen(QHostAddress::LocalHost, port))
        return true;
    *error = QStringLiteral("lab endpoint cannot listen on 127.0.0.1%1: %2")
                 .arg(port ? QStringLiteral(" port %1").arg(port) : QString(), m_listener->errorString());
    return false;
}

quint16 LabEndpoint::port() const
{
    return m_listener->serverPort();
}

QUrl LabEndpoint::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_secure ? QLatin1String("wss") : QLatin1String("ws"))
                    .arg(port())
                    .arg(path.isEmpty() ? defaultPath() : path));
}

bool LabEndpoint::takeUpgrade(QTcpSocket *, const HttpRequestHead &, qsizetype)
{
    return false;
}

LabEndpoint::HttpAnswer LabEndpoint::handleHttp(const HttpRequestHead &, const QByteArray &)
{
    return HttpAnswer();
}

void LabEndpoint::onNewConnection()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LabEndpoint::onReadyRead(QTcpSocket *socket)
{
    if (!socket->property(HttpModeProperty).toBool()) {
        // Look without taking: an upgrade goes to QWebSocketServer with its bytes unread.
        const QByteArray seen = socket->peek(socket->bytesAvailable());
        HttpRequestHead head;
        qsizetype consumed = 0;
        const auto result = head.parse(seen, &consumed);
        if (result == HttpRequestHead::Result::NeedMore)
            return;
        if (result == HttpRequestHead::Result::Complete && head.isWebSocketUpgrade()) {
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            if (!takeUpgrade(socket, head, consumed))
                m_server->handleConnection(socket);
            return;
        }
        socket->setProperty(HttpModeProperty, true);
    }
    // Plain HTTP/1.1 with keep-alive: answer each complete request in turn.
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    for (;;) {
        HttpRequestHead head;
        qsizetype consumed = 0;
        const auto result = head.parse(buffer, &consumed);
        if (result == HttpRequestHead::Result::NeedMore)
            break;
        const qint64 length = result == HttpRequestHead::Result::Complete ? head.contentLength() : -1;
        if (result == HttpRequestHead::Result::Error || length < 0 || length > MaxBody || head.isWebSocketUpgrade()) {
            const QByteArray body = "{\"error\":\"bad request\"}";
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
            buffer.clear();
            break;
        }
        if (buffer.size() < consumed + length)
            break;
        const QByteArray body = buffer.mid(consumed, length);
        buffer.remove(0, consumed + length);
        const HttpAnswer answer = handleHttp(head, body);
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status)
                      + "\r\nContent-Type: " + answer.contentType
                      + "\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
    }
    socket->setProperty(BufferProperty, buffer);
}

} // namespace tunnelscope
