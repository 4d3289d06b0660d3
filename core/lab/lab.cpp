#include "lab.h"

#include "chatendpoint.h"
#include "comfyuiendpoint.h"
#include "echoendpoint.h"
#include "faulttunnel.h"
#include "homeassistantendpoint.h"
#include "hostileendpoint.h"
#include "labtls.h"
#include "pathtrust.h"
#include "socketioendpoint.h"

#include <QUrlQuery>

namespace tunnelscope {

Lab::Lab(const LabSpec &spec, QObject *parent) : QObject(parent), m_spec(spec)
{
    if (spec.port)
        setPorts(spec.port, quint16(spec.port + 1));
}

Lab::~Lab() = default;

bool Lab::start(QString *error, const QUrl &upstream, const PathSpec &upstreamPath)
{
    QSslConfiguration tls;
    if (m_spec.tls && !LabTls::serverConfiguration(&tls, error))
        return false;
    if (m_spec.endpoint.isEmpty()) {
        const QString scheme = upstream.scheme();
        if ((scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) || upstream.host().isEmpty()) {
            *error
                = QStringLiteral("with no \"endpoint\", the lab tunnel fronts direct.url, which must be a ws:// or wss:// URL");
            return false;
        }
        m_directUrl = upstream;
        m_upstream = upstream;
        m_serverTls = tls;
        // The tunnel trusts the upstream as the direct path does.
        QString trustError;
        if (!PathTrust::configuration(upstreamPath.caFile, {}, &m_upstreamTls, &trustError)) {
            *error = QStringLiteral("the lab tunnel's upstream: ") + trustError;
            return false;
        }
        m_ignoreUpstreamTlsErrors = upstreamPath.ignoreTlsErrors;
        m_tunnel = newTunnel(m_spec.faults);
        if (!m_tunnel->listen(error, m_tunnelPort))
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
    if (m_spec.tls)
        m_endpoint->enableTls(tls);
    m_endpoint->setServerPingInterval(m_spec.serverPingMs);
    if (!m_endpoint->listen(error, m_endpointPort))
        return false;
    m_directUrl = m_endpoint->url();
    m_upstream = m_directUrl;
    m_serverTls = tls;
    // The tunnel's own TLS to the endpoint is verified too, against the lab certificate.
    if (m_spec.tls)
        m_upstreamTls = LabTls::clientConfiguration();
    m_tunnel = newTunnel(m_spec.faults);
    if (!m_tunnel->listen(error, m_tunnelPort))
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

FaultTunnel *Lab::newTunnel(const QList<FaultSpec> &faults)
{
    auto *tunnel = new FaultTunnel(m_upstream, faults, this);
    if (m_spec.tls)
        tunnel->enableTls(m_serverTls);
    if (m_spec.tls || m_upstream.scheme() == QLatin1String("wss"))
        tunnel->setUpstreamTls(m_upstreamTls, m_ignoreUpstreamTlsErrors);
    return tunnel;
}

QUrl Lab::addTunnel(const QString &name, QString *error)
{
    auto *tunnel = newTunnel(m_spec.tunnelFaults.value(name, m_spec.faults));
    if (!tunnel->listen(error))
        return QUrl();
    QUrl url = tunnel->url();
    if (m_spec.endpoint == QLatin1String("chat")) {
        // A room of its own, so each path hears only its own conversation.
        QUrlQuery room;
        room.addQueryItem(QStringLiteral("room"), name);
        url.setQuery(room);
    }
    m_namedTunnelUrls.insert(name, url);
    return url;
}

bool Lab::serves(const QUrl &url) const
{
    const auto same = [&url](const QUrl &own) {
        return !own.isEmpty() && own.scheme() == url.scheme() && own.host() == url.host() && own.port() == url.port();
    };
    return same(m_tunnelUrl) || (m_endpoint && same(m_directUrl))
        || std::any_of(m_namedTunnelUrls.cbegin(), m_namedTunnelUrls.cend(), same);
}

} // namespace tunnelscope
