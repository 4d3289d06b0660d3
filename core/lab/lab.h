#pragma once

#include "profile.h"

#include <QMap>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

namespace tunnelscope {

class FaultTunnel;
class LabEndpoint;

// A profile's lab: the reference endpoint and, in front of it, the fault tunnel.
// The direct path goes to the endpoint, the tunnelled path through the tunnel.
class Lab : public QObject
{
    Q_OBJECT
public:
    explicit Lab(const LabSpec &spec, QObject *parent = nullptr);
    ~Lab() override;

    // `upstream` is the server the tunnel fronts when the lab names no endpoint; a wss:// one
    // is verified as `upstreamPath` (the direct path to it) says: its CA file, its
    // ignore_tls_errors.
    bool start(QString *error, const QUrl &upstream = QUrl(), const PathSpec &upstreamPath = PathSpec());
    // Fixed ports for the next start (0: any free one), so URLs survive a restart; the
    // spec's `port` sets them at construction.
    void setPorts(quint16 tunnel, quint16 endpoint)
    {
        m_tunnelPort = tunnel;
        m_endpointPort = endpoint;
    }
    QUrl directUrl() const { return m_directUrl; }
    QUrl tunnelUrl() const { return m_tunnelUrl; }
    // One more fault tunnel in front of the same server, for the profile's tunnel `name` (with
    // the faults `lab.tunnels` gives it, else the lab's); after start(). Empty on failure.
    QUrl addTunnel(const QString &name, QString *error);
    QUrl tunnelUrl(const QString &name) const { return m_namedTunnelUrls.value(name); }
    // Whether `url` is one of the lab's own (which alone trust the lab certificate).
    bool serves(const QUrl &url) const;
    const LabSpec &spec() const { return m_spec; }

private:
    // A fault tunnel in front of m_upstream, with the lab's TLS on both of its sides.
    FaultTunnel *newTunnel(const QList<FaultSpec> &faults);

    LabSpec m_spec;
    LabEndpoint *m_endpoint = nullptr;
    FaultTunnel *m_tunnel = nullptr;
    QUrl m_directUrl;
    QUrl m_tunnelUrl;
    QUrl m_upstream; // what every fault tunnel fronts
    QSslConfiguration m_serverTls;
    QSslConfiguration m_upstreamTls;
    bool m_ignoreUpstreamTlsErrors = false;
    QMap<QString, QUrl> m_namedTunnelUrls;
    quint16 m_tunnelPort = 0;
    quint16 m_endpointPort = 0;
};

} // namespace tunnelscope
