#pragma once

#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

// A minimal forward proxy for tests, HTTP CONNECT or SOCKS5 (no authentication), on
// 127.0.0.1. Counts the tunnels it opened, so a test can prove the proxy was used.
class RelayProxy : public QTcpServer
{
public:
    enum class Kind { HttpConnect, Socks5 };

    explicit RelayProxy(Kind kind) : m_kind(kind)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
        listen(QHostAddress::LocalHost, 0);
    }

    int tunnelsOpened() const { return m_tunnels; }
    QByteArray lastTarget() const { return m_lastTarget; }

private:
    void serve(QTcpSocket *client)
    {
        auto *buffer = new QByteArray;
        auto *stage = new int(0);
        connect(client, &QObject::destroyed, this, [buffer, stage] {
            delete buffer;
            delete stage;
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, stage] {
            if (*stage == 3)
                return;
            *buffer += client->readAll();
            QString host;
            quint16 port = 0;
            if (m_kind == Kind::HttpConnect) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> words = buffer->left(buffer->indexOf("\r\n")).split(' ');
                const QByteArray target = words.value(1);
                host = QString::fromLatin1(target.left(target.lastIndexOf(':')));
                port = quint16(target.mid(target.lastIndexOf(':') + 1).toUInt());
                buffer->remove(0, end + 4);
            } else {
                if (*stage == 0) { // greeting: 05 n methods...
                    if (buffer->size() < 2 || buffer->size() < 2 + uchar(buffer->at(1)))
                        return;
                    buffer->remove(0, 2 + uchar(buffer->at(1)));
                    client->write(QByteArray::fromHex("0500"));
                    *stage = 1;
                }
                if (buffer->size() < 5)
                    return;
                const auto *b = reinterpret_cast<const uchar *>(buffer->constData());
                qsizetype need = 0;
                if (b[3] == 1) {
                    need = 4 + 4 + 2;
                    if (buffer->size() < need)
                        return;
                    host = QHostAddress(qFromBigEndian<quint32>(b + 4)).toString();
                } else if (b[3] == 3) {
                    need = 5 + b[4] + 2;
                    if (buffer->size() < need)
                        return;
                    host = QString::fromLatin1(buffer->mid(5, b[4]));
                } else {
                    client->abort();
                    return;
                }
                port = qFromBigEndian<quint16>(b + need - 2);
                buffer->remove(0, need);
            }
            *stage = 3;
            ++m_tunnels;
            m_lastTarget = host.toLatin1() + ':' + QByteArray::number(port);
            auto *upstream = new QTcpSocket(client);
            connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, buffer] {
                client->write(m_kind == Kind::HttpConnect ? QByteArray("HTTP/1.1 200 Connection established\r\n\r\n")
                                                          : QByteArray::fromHex("05000001000000000000"));
                if (!buffer->isEmpty())
                    upstream->write(*buffer);
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            });
            upstream->connectToHost(host, port);
        });
    }

    Kind m_kind;
    int m_tunnels = 0;
    QByteArray m_lastTarget;
};
