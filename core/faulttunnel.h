#pragma once

#include "profile.h"

#include <QObject>
#include <QUrl>

class QTcpServer;

namespace tunnelscope {

// The lab's misbehaving tunnel: a TCP listener on 127.0.0.1 that forwards WebSocket
// connections to an upstream endpoint and injects the profile's faults on the way.
// Several faults compose (e.g. latency + drop_before_close).
class FaultTunnel : public QObject
{
    Q_OBJECT
public:
    FaultTunnel(const QUrl &upstream, const QList<FaultSpec> &faults, QObject *parent = nullptr);

    bool listen(QString *error);
    quint16 port() const;
    // The upstream URL with the tunnel's port in its place.
    QUrl url() const;
    int connectionsAccepted() const { return m_accepted; }

private:
    void onNewConnection();

    QUrl m_upstream;
    QList<FaultSpec> m_faults;
    QTcpServer *m_server;
    int m_accepted = 0;
};

} // namespace tunnelscope
