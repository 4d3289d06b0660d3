#pragma once

#include "labendpoint.h"

namespace tunnelscope {

// Speaks Home Assistant's websocket API as home-assistant/core does: auth_required first;
// auth with the right token gets auth_ok, any other gets auth_invalid and an immediate close;
// a wrong first message or no auth within 10 s is closed without auth_invalid. After auth:
// ping -> pong, supported_features (coalesce_messages) -> result, subscribe_events -> result,
// then a state_changed event every 50 ms (two per frame, as a JSON array, when coalescing).
class HomeAssistantEndpoint : public LabEndpoint
{
    Q_OBJECT
public:
    HomeAssistantEndpoint(const QString &token, QObject *parent = nullptr);
    QString defaultPath() const override { return QStringLiteral("/api/websocket"); }

    static constexpr const char *Version = "2024.6.0";

protected:
    void handleClient(QWebSocket *socket) override;

private:
    void onAuthPhaseMessage(QWebSocket *socket, const QString &message);
    void onCommand(QWebSocket *socket, const QString &message);

    QString m_token;
};

} // namespace tunnelscope
