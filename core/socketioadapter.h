#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tunnelscope {

class FrameStore;
class WireClient;

// What a Socket.IO v4 client does on its own, so a scenario only says what it means: reads
// the open packet (pingInterval, pingTimeout), connects the default namespace ("40"), answers
// each server ping ("2") with a pong ("3"), and gives up — as socket.io-client does — when no
// packet came for pingInterval + pingTimeout (a tunnel that stalls the pings).
class SocketIoAdapter : public QObject
{
    Q_OBJECT
public:
    SocketIoAdapter(WireClient *client, const FrameStore *store, bool autoConnect, QObject *parent = nullptr);

    int pingsAnswered() const { return m_pongs; }
    bool namespaceConnected() const { return m_connected; }
    int pingIntervalMs() const { return m_pingInterval; }
    int pingTimeoutMs() const { return m_pingTimeout; }

private:
    void onMessage(qsizetype frameIndex);

    QPointer<WireClient> m_client;
    const FrameStore *m_store;
    bool m_autoConnect;
    bool m_connected = false;
    int m_pingInterval = 25000;
    int m_pingTimeout = 20000;
    int m_pongs = 0;
    QTimer m_watchdog;
};

} // namespace tunnelscope
