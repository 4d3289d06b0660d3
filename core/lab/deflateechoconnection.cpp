#include "deflateechoconnection.h"

#include "closepayload.h"
#include "frameencoder.h"
#include "utf8.h"

#include <QTcpSocket>

namespace tunnelscope {

DeflateEchoConnection::DeflateEchoConnection(QTcpSocket *socket, const DeflateAgreement &agreed)
    : QObject(socket), m_socket(socket), m_decoder(FrameDecoder::Masking::FromClient),
      // Each side inflates with the window the other agreed to compress with.
      m_inflater(agreed.clientMaxWindowBits, agreed.clientNoContextTakeover),
      m_deflater(agreed.serverMaxWindowBits, agreed.serverNoContextTakeover)
{
    m_decoder.allowReservedBits(0x4);
    connect(socket, &QTcpSocket::readyRead, this, &DeflateEchoConnection::onReadyRead);
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

void DeflateEchoConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_decoder.readFrom(m_socket);
    WireFrame frame;
    while (!m_closing) {
        const auto result = m_decoder.next(&frame);
        if (result == FrameDecoder::Result::NeedMore)
            return;
        WireMessage message;
        if (result == FrameDecoder::Result::Error
            || m_assembler.push(std::move(frame), &message) == MessageAssembler::Result::Error) {
            fail(1002);
            return;
        }
        if (m_assembler.inMessage())
            continue;
        handle(std::move(message));
    }
}

void DeflateEchoConnection::handle(WireMessage message)
{
    if (message.compressed) {
        QByteArray inflated;
        QString error;
        if (!m_inflater.inflate(message.payload, &inflated, qint64(64) << 20, &error)) {
            fail(1002);
            return;
        }
        message.payload = std::move(inflated);
    }
    switch (message.opcode) {
    case Opcode::Text:
        if (!isValidUtf8(message.payload)) {
            fail(1007);
            return;
        }
        send(Opcode::Text, message.payload, true);
        return;
    case Opcode::Binary:
        send(Opcode::Binary, message.payload, true);
        return;
    case Opcode::Ping:
        send(Opcode::Pong, message.payload, false);
        return;
    case Opcode::Close: {
        const ClosePayload close = ClosePayload::parse(message.payload);
        send(Opcode::Close, FrameEncoder::closePayload(close.problem.isEmpty() && close.hasCode ? close.code : 1000), false);
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    default:
        return; // a pong
    }
}

void DeflateEchoConnection::send(quint8 opcode, const QByteArray &payload, bool compress)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(compress ? FrameEncoder::encode(opcode, m_deflater.deflate(payload), true, std::nullopt, 0x4)
                             : FrameEncoder::encode(opcode, payload));
}

void DeflateEchoConnection::fail(quint16 code)
{
    send(Opcode::Close, FrameEncoder::closePayload(code), false);
    m_closing = true;
    m_socket->disconnectFromHost();
}

} // namespace tunnelscope
