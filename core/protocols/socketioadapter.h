#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tunnelscope {

class FrameStore;
class RunClock;
class WireClient;

// What a Socket.IO client does on its own, so a scenario only says what it means: reads the
// open packet (pingInterval, pingTimeout) and connects the default namespace ("40"). With
// Engine.IO v4 it answers each server ping ("2") with a pong ("3") and gives up, as
// socket.io-client does, when no packet came for pingInterval + pingTimeout; with v3
// (`EIO=3` in the URL) the client pings and gives up when a pong is late, and the server
// connects the default namespace by itself. It checks what arrives: malformed packets,
// binary frames nobody announced, attachments that never came, and a connection the server
// dropped one pingTimeout after a ping (the pong did not get through) are recorded as
// protocol violations.
class SocketIoAdapter : public QObject
{
    Q_OBJECT
public:
    SocketIoAdapter(WireClient *client, const FrameStore *store, const RunClock *clock, int engineIoVersion, bool autoConnect,
                    QObject *parent = nullptr);

    int pingsAnswered() const { return m_pongs; }
    bool namespaceConnected() const { return m_connected; }
    int pingIntervalMs() const { return m_pingInterval; }
    int pingTimeoutMs() const { return m_pingTimeout; }

private:
    void onMessage(qsizetype frameIndex);
    void onFinished();
    void sendPing(); // Engine.IO v3

    QPointer<WireClient> m_client;
    const FrameStore *m_store;
    const RunClock *m_clock;
    int m_version;
    bool m_autoConnect;
    bool m_connected = false;
    int m_pingInterval = 25000;
    int m_pingTimeout = 20000;
    int m_pongs = 0;
    qint64 m_lastPingUs = -1;       // v4: the server's last ping; v3: our last ping
    int m_attachmentsDue = 0;       // binary frames still owed to the last binary packet
    qsizetype m_attachmentsOf = -1; // the frame of that packet
    QTimer m_watchdog;              // v4: no packet in time; v3: no pong in time
    QTimer m_pingTimer;             // v3
};

} // namespace tunnelscope
