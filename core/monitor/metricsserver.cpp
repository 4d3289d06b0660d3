#include "metricsserver.h"

#include "prometheusexposition.h"

#include <QTcpSocket>
#include <QTimer>

namespace tunnelscope {

MetricsServer::MetricsServer(Body body, QObject *parent) : QObject(parent), m_body(std::move(body)), m_server(this)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::onConnection);
}

bool MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = tr("cannot serve metrics on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server.errorString());
    return false;
}

void MetricsServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_pending.insert(socket, Pending());
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
        // A client that connects and says nothing does not keep a socket forever.
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(10000);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void MetricsServer::onReadyRead(QTcpSocket *socket)
{
    Pending &pending = m_pending[socket];
    if (pending.answered) {
        socket->readAll();
        return;
    }
    pending.head += socket->readAll();
    const qsizetype end = pending.head.indexOf("\r\n\r\n");
    if (end < 0 && pending.head.size() <= MaxRequestHead)
        return;
    pending.answered = true;
    if (end < 0)
        answerTooLarge(socket);
    else
        answer(socket, pending.head.left(end));
    pending.head.clear();
}

QByteArray MetricsServer::headerValue(const QByteArray &head, const QByteArray &lowerName)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

void MetricsServer::answer(QTcpSocket *socket, const QByteArray &head)
{
    const QByteArray text("text/plain; charset=utf-8");
    QByteArray out;
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n") < 0 ? head.size() : head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        out = response(400, "Bad Request", text, "not an HTTP/1.x request\n", true);
    } else if (requestLine[0] != "GET" && requestLine[0] != "HEAD") {
        out = response(405, "Method Not Allowed", text, "only GET /metrics\n", true);
    } else if (const QByteArray path
               = requestLine[1].left(requestLine[1].indexOf('?') < 0 ? requestLine[1].size() : requestLine[1].indexOf('?'));
               path != "/metrics") {
        out = response(404, "Not Found", text, "metrics are at /metrics\n", requestLine[0] == "GET");
    } else {
        ++m_scrapes;
        const PrometheusExposition::Format format = PrometheusExposition::negotiate(headerValue(head, "accept"));
        out = response(200, "OK", PrometheusExposition::contentType(format), m_body(format), requestLine[0] == "GET");
    }
    socket->write(out);
    socket->disconnectFromHost();
}

void MetricsServer::answerTooLarge(QTcpSocket *socket)
{
    socket->write(
        response(431, "Request Header Fields Too Large", "text/plain; charset=utf-8", "request head over 8 KiB\n", true));
    socket->disconnectFromHost();
}

QByteArray MetricsServer::response(int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body,
                                   bool withBody)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    if (status == 405)
        out += "Allow: GET, HEAD\r\n";
    out += "\r\n";
    if (withBody)
        out += body;
    return out;
}

} // namespace tunnelscope
