#pragma once

#include "labendpoint.h"

namespace tunnelscope {

// Sends every text and binary message back as it came.
class EchoEndpoint : public LabEndpoint
{
    Q_OBJECT
public:
    explicit EchoEndpoint(QObject *parent = nullptr) : LabEndpoint(QStringLiteral("echo"), parent) { }

protected:
    void handleClient(QWebSocket *socket) override;
};

} // namespace tunnelscope
