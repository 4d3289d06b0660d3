#pragma once

#include "labendpoint.h"

#include <QStringList>

namespace tunnelscope {

// A server that breaks the protocol on purpose, in one chosen way, so that clients and
// tunnels can be tried against what broken servers really send: frames no server may send
// (bad opcodes, reserved bits, masking, oversized or fragmented control frames, invalid
// UTF-8, impossible lengths, reserved close codes, a close reason that is not UTF-8),
// frames or messages that never end, upgrade answers that never end or never stop, and a
// server that stops reading. It answers the upgrade itself (QWebSocketServer would refuse to
// misbehave); the frame behaviours send a valid {"type":"hello"} first.
class HostileEndpoint : public LabEndpoint
{
    Q_OBJECT
public:
    HostileEndpoint(const QString &behaviour, QObject *parent = nullptr);
    QString defaultPath() const override { return QStringLiteral("/hostile"); }

    static QStringList behaviours();
    static constexpr qint64 HugeHeaderBytes = 10 << 20;

protected:
    void handleClient(QWebSocket *) override { } // every upgrade is taken below
    bool takeUpgrade(QTcpSocket *socket, const HttpRequestHead &head, qsizetype headSize) override;

private:
    void misbehave(QTcpSocket *socket);
    void keepWriting(QTcpSocket *socket, const QByteArray &chunk, qint64 limit);

    QString m_behaviour;
};

} // namespace tunnelscope
