#pragma once

#include "protocol.h"

namespace tunnelscope {

// Home Assistant's websocket API: the client's checks of what arrives (HomeAssistantAdapter),
// coalesced messages (a JSON array of them) compared one by one, and the server's habit of
// closing a connection that has not authenticated within 10 s.
class HomeAssistantProtocol : public Protocol
{
public:
    QString name() const override { return QStringLiteral("homeassistant"); }
    std::unique_ptr<ProtocolClient> client(const ClientContext &context) const override;
    bool comparesJsonByContent() const override { return true; }
    bool keyMessage(const ReceivedMessage &message, const MessageKeys &keys, KeyedMessage *out) const override;
    Sentence explainServerClose(const PathRecord &path) const override;
};

} // namespace tunnelscope
