#include "lab.h"

#include "chatendpoint.h"
#include "comfyuiendpoint.h"
#include "echoendpoint.h"
#include "faulttunnel.h"
#include "homeassistantendpoint.h"
#include "hostileendpoint.h"
#include "socketioendpoint.h"

#include <QUrlQuery>

namespace tunnelscope {

Lab::Lab(const LabSpec &spec, QObject *parent) : QObject(parent), m_spec(spec) {}

Lab::~Lab() = default;

bool Lab::start(QString *error, const QUrl &upstream)
{
    if (m_spec.endpoint.isEmpty()) {
        if (upstream.scheme() != QLatin1String("ws") || upstream.host().isEmpty()) {
            *error = QStringLiteral("with no \"endpoint\", the lab tunnel fronts direct.url, which must be a ws:// URL "
                                    "(the tunnel reads frames, so it cannot front wss://)");
            return false;
        }
        m_directUrl = upstream;
        m_tunnel = new FaultTunnel(upstream, m_spec.faults, this);
        if (!m_tunnel->listen(error))
            return false;
        m_tunnelUrl = m_tunnel->url();
        return true;
    }
    if (m_spec.endpoint == QLatin1String("echo")) {
        m_endpoint = new EchoEndpoint(this);
    } else if (m_spec.endpoint == QLatin1String("homeassistant")) {
        m_endpoint = new HomeAssistantEndpoint(m_spec.token, this);
    } else if (m_spec.endpoint == QLatin1String("chat")) {
        m_endpoint = new ChatEndpoint(this);
    } else if (m_spec.endpoint == QLatin1String("socketio")) {
        m_endpoint = new SocketIoEndpoint(this);
    } else if (m_spec.endpoint == QLatin1String("comfyui")) {
        m_endpoint = new ComfyUiEndpoint(this);
    } else if (m_spec.endpoint == QLatin1String("hostile")) {
        m_endpoint = new HostileEndpoint(m_spec.behaviour, this);
    } else {
        *error = QStringLiteral("the %1 lab endpoint is not available in this version").arg(m_spec.endpoint);
        return false;
    }
    if (!m_endpoint->listen(error))
        return false;
    m_directUrl = m_endpoint->url();
    m_tunnel = new FaultTunnel(m_directUrl, m_spec.faults, this);
    if (!m_tunnel->listen(error))
        return false;
    m_tunnelUrl = m_tunnel->url();
    if (m_spec.endpoint == QLatin1String("chat")) {
        // Separate rooms, so each path hears only its own conversation.
        QUrlQuery direct, tunnel;
        direct.addQueryItem(QStringLiteral("room"), QStringLiteral("direct"));
        tunnel.addQueryItem(QStringLiteral("room"), QStringLiteral("tunnel"));
        m_directUrl.setQuery(direct);
        m_tunnelUrl.setQuery(tunnel);
    }
    return true;
}

} // namespace tunnelscope
