#pragma once

#include "labendpoint.h"

namespace tunnelscope {

// Sends every text and binary message back as it came. A client that offers permessage-deflate
// gets it (RFC 7692), answered and spoken by the endpoint itself.
class EchoEndpoint : public LabEndpoint
{
    Q_OBJECT
public:
    explicit EchoEndpoint(QObject *parent = nullptr) : LabEndpoint(QStringLiteral("echo"), parent) { }

protected:
    void handleClient(QWebSocket *socket) override;
    bool takeUpgrade(QTcpSocket *socket, const HttpRequestHead &head, qsizetype headSize) override;
};

} // namespace tunnelscope
