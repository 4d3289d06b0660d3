#pragma once

#include "protocol.h"

namespace tunnelscope {

// ComfyUI: prompts queued over HTTP ("queue_prompt"), a client id of each path's own, the
// front end's duties (ComfyUiAdapter), what differs between two prompts of one workflow left
// out of the comparison, binary previews compared by event and format, and the messages that
// tell a prompt ended made critical.
class ComfyUiProtocol : public Protocol
{
public:
    QString name() const override { return QStringLiteral("comfyui"); }
    QStringList sendForms() const override { return {QStringLiteral("queue_prompt")}; }
    QString checkSend(const QJsonObject &send) const override;
    QUrl connectionUrl(const QUrl &given, const QString &pathName) const override;
    std::unique_ptr<ProtocolClient> client(const ClientContext &context) const override;
    QStringList ignoredFields() const override;
    QList<QJsonObject> criticalMessages() const override;
    bool keyMessage(const ReceivedMessage &message, const MessageKeys &keys, KeyedMessage *out) const override;
};

} // namespace tunnelscope
