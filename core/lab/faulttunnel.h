#pragma once

#include "profile.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

class QTcpServer;

namespace tunnelscope {

// The lab's misbehaving tunnel: a TCP listener on 127.0.0.1 that forwards WebSocket
// connections to an upstream endpoint and injects the profile's faults on the way.
// Several faults compose (e.g. latency + drop_before_close). Like a real tunnel's edge, it
// can end TLS itself (enableTls) and open its own TLS to a wss:// upstream, verified.
class FaultTunnel : public QObject
{
    Q_OBJECT
public:
    FaultTunnel(const QUrl &upstream, const QList<FaultSpec> &faults, QObject *parent = nullptr);

    // Accept wss:// with this identity; before listen().
    void enableTls(const QSslConfiguration &config);
    // How a wss:// upstream is verified (the default: the system's CA store), and whether its
    // certificate errors are ignored.
    void setUpstreamTls(const QSslConfiguration &config, bool ignoreErrors = false)
    {
        m_upstreamTls = config;
        m_ignoreUpstreamTlsErrors = ignoreErrors;
    }
    // On 127.0.0.1, `port` (0: any free one).
    bool listen(QString *error, quint16 port = 0);
    quint16 port() const;
    // The upstream URL with the tunnel's port in its place.
    QUrl url() const;
    int connectionsAccepted() const { return m_accepted; }

private:
    void onNewConnection();

    QUrl m_upstream;
    QList<FaultSpec> m_faults;
    QTcpServer *m_server;
    bool m_secure = false;
    QSslConfiguration m_upstreamTls = QSslConfiguration::defaultConfiguration();
    bool m_ignoreUpstreamTlsErrors = false;
    int m_accepted = 0;
};

} // namespace tunnelscope
