#include "hostileendpoint.h"

#include "frameencoder.h"
#include "httprequesthead.h"
#include "upgraderequest.h"

#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

namespace tunnelscope {

HostileEndpoint::HostileEndpoint(const QString &behaviour, QObject *parent)
    : LabEndpoint(QStringLiteral("hostile"), parent), m_behaviour(behaviour)
{ }

QStringList HostileEndpoint::behaviours()
{
    return {QStringLiteral("invalid_opcode"),       QStringLiteral("reserved_bits"),        QStringLiteral("masked_frame"),
            QStringLiteral("long_control"),         QStringLiteral("fragmented_control"),   QStringLiteral("invalid_utf8"),
            QStringLiteral("huge_length"),          QStringLiteral("stall_mid_frame"),      QStringLiteral("reserved_close_code"),
            QStringLiteral("invalid_close_reason"), QStringLiteral("no_header_end"),        QStringLiteral("huge_headers"),
            QStringLiteral("slow_loris"),           QStringLiteral("endless_continuation"), QStringLiteral("never_reads")};
}

bool HostileEndpoint::takeUpgrade(QTcpSocket *socket, const HttpRequestHead &head, qsizetype headSize)
{
    socket->read(headSize);
    const QByteArray accept = UpgradeRequest::acceptFor(head.header("Sec-WebSocket-Key"));
    const QByteArray answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                              "Sec-WebSocket-Accept: "
        + accept + "\r\n\r\n";
    if (m_behaviour == QLatin1String("no_header_end")) {
        socket->write(answer.left(answer.indexOf("Connection:"))); // and never the blank line
        return true;
    }
    if (m_behaviour == QLatin1String("huge_headers")) {
        socket->write("HTTP/1.1 101 Switching Protocols\r\n");
        keepWriting(socket, "X-Filler: " + QByteArray(1000, 'a') + "\r\n", HugeHeaderBytes);
        return true;
    }
    if (m_behaviour == QLatin1String("slow_loris")) {
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, answer, sent] {
            if (*sent < answer.size())
                socket->write(answer.mid((*sent)++, 1));
        });
        timer->start(1000);
        return true;
    }
    socket->write(answer);
    misbehave(socket);
    return true;
}

void HostileEndpoint::keepWriting(QTcpSocket *socket, const QByteArray &chunk, qint64 limit)
{
    // As fast as the client takes it, never more than 1 MiB queued, up to `limit` bytes.
    auto written = std::make_shared<qint64>(0);
    auto top = [socket, chunk, limit, written] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < (1 << 20)
               && (limit < 0 || *written < limit)) {
            socket->write(chunk);
            *written += chunk.size();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, top);
    top();
}

void HostileEndpoint::misbehave(QTcpSocket *socket)
{
    using E = FrameEncoder;
    const QString &b = m_behaviour;
    if (b == QLatin1String("never_reads")) {
        // Qt stops taking bytes from the kernel once this tiny buffer is full: the client's
        // sends pile up behind a zero TCP window.
        socket->setReadBufferSize(1);
        socket->write(E::encode(Opcode::Text, QByteArrayView("{\"type\":\"hello\"}")));
        return;
    }
    // The rest read and ignore whatever the client sends.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    socket->write(E::encode(Opcode::Text, QByteArrayView("{\"type\":\"hello\"}")));
    if (b == QLatin1String("invalid_opcode")) {
        socket->write(E::encode(0x3, QByteArrayView("reserved opcode")));
    } else if (b == QLatin1String("reserved_bits")) {
        socket->write(E::encode(Opcode::Text, QByteArrayView("{\"type\":\"compressed?\"}"), true, std::nullopt, 0x4));
    } else if (b == QLatin1String("masked_frame")) {
        socket->write(E::encode(Opcode::Text, QByteArrayView("{\"type\":\"masked\"}"), true, 0x11223344u));
    } else if (b == QLatin1String("long_control")) {
        socket->write(E::encode(Opcode::Ping, QByteArray(126, 'p')));
    } else if (b == QLatin1String("fragmented_control")) {
        socket->write(E::encode(Opcode::Ping, QByteArrayView("half"), false));
    } else if (b == QLatin1String("invalid_utf8")) {
        socket->write(E::encode(Opcode::Text, QByteArrayView("{\"type\":\"caf\xC3\x28\"}")));
    } else if (b == QLatin1String("huge_length")) {
        QByteArray header("\x82\x7F", 2);
        header.resize(10);
        qToBigEndian<quint64>(0x7FFFFFFFFFFFFFF0ULL, header.data() + 2);
        socket->write(header + QByteArray(64, 'x'));
    } else if (b == QLatin1String("stall_mid_frame")) {
        QByteArray header("\x82\x7E\x03\xE8", 4); // 1000 bytes announced
        socket->write(header + QByteArray(10, 'x'));
    } else if (b == QLatin1String("reserved_close_code")) {
        socket->write(E::encode(Opcode::Close, E::closePayload(1015, "tls handshake")));
    } else if (b == QLatin1String("invalid_close_reason")) {
        socket->write(E::encode(Opcode::Close, E::closePayload(1000, QByteArrayView("bye \xFF\xFE"))));
    } else if (b == QLatin1String("endless_continuation")) {
        socket->write(E::encode(Opcode::Text, QByteArray(4096, 'a'), false));
        keepWriting(socket, E::encode(Opcode::Continuation, QByteArray(4096, 'a'), false), -1);
    }
}

} // namespace tunnelscope
