#pragma once

#include "deflateagreement.h"
#include "framedecoder.h"
#include "messageassembler.h"
#include "messagedeflater.h"
#include "messageinflater.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace tunnelscope {

// The echo endpoint's side of one connection that agreed to permessage-deflate (RFC 7692),
// which Qt's QWebSocketServer does not speak: every message is inflated and sent back
// compressed, pings are answered, a close is echoed. Anything it cannot read fails the
// connection with 1002 (or 1007), as a strict server does.
class DeflateEchoConnection : public QObject
{
    Q_OBJECT
public:
    // Takes over `socket`, whose upgrade has been answered with `agreed`.
    DeflateEchoConnection(QTcpSocket *socket, const DeflateAgreement &agreed);

private:
    void onReadyRead();
    void handle(WireMessage message);
    void send(quint8 opcode, const QByteArray &payload, bool compress);
    void fail(quint16 code);

    QPointer<QTcpSocket> m_socket;
    FrameDecoder m_decoder;
    MessageAssembler m_assembler;
    MessageInflater m_inflater;
    MessageDeflater m_deflater;
    bool m_closing = false;
};

} // namespace tunnelscope
