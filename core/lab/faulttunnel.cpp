#include "faulttunnel.h"

#include "labtls.h"
#include "tunnelconnection.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace tunnelscope {

FaultTunnel::FaultTunnel(const QUrl &upstream, const QList<FaultSpec> &faults, QObject *parent)
    : QObject(parent), m_upstream(upstream), m_faults(faults), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FaultTunnel::onNewConnection);
}

void FaultTunnel::enableTls(const QSslConfiguration &config)
{
    Q_ASSERT(!m_server->isListening());
    delete m_server;
    m_server = LabTls::makeServer(config, this);
    m_secure = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FaultTunnel::onNewConnection);
}

bool FaultTunnel::listen(QString *error, quint16 port)
{
    if (m_server->listen(QHostAddress::LocalHost, port))
        return true;
    *error = QStringLiteral("lab tunnel cannot listen on 127.0.0.1%1: %2")
                 .arg(port ? QStringLiteral(" port %1").arg(port) : QString(), m_server->errorString());
    return false;
}

quint16 FaultTunnel::port() const
{
    return m_server->serverPort();
}

QUrl FaultTunnel::url() const
{
    QUrl u = m_upstream;
    u.setScheme(m_secure ? QStringLiteral("wss") : QStringLiteral("ws"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    return u;
}

void FaultTunnel::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // A fixed seed per connection keeps drop_random reproducible run after run.
        quint64 seed = 1;
        for (const FaultSpec &f : m_faults)
            if (f.kind == FaultSpec::Kind::DropRandom)
                seed = f.seed;
        const bool secureUpstream = m_upstream.scheme() == QLatin1String("wss");
        auto *connection = new TunnelConnection(socket, m_upstream.host(), quint16(m_upstream.port(secureUpstream ? 443 : 80)),
                                                m_faults, seed * 1000003ULL + quint64(m_accepted), this);
        if (secureUpstream)
            connection->setUpstreamTls(m_upstreamTls, m_ignoreUpstreamTlsErrors);
        ++m_accepted;
    }
}

} // namespace tunnelscope
