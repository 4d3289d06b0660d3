#include "socketioadapter.h"

#include "framestore.h"
#include "socketiopacket.h"
#include "wireclient.h"

#include <QJsonObject>

namespace tunnelscope {

SocketIoAdapter::SocketIoAdapter(WireClient *client, const FrameStore *store, bool autoConnect, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_autoConnect(autoConnect)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_client)
            m_client->abort(QStringLiteral("Socket.IO ping timeout: no packet for pingInterval + pingTimeout = %1 ms")
                                .arg(m_pingInterval + m_pingTimeout));
    });
    connect(client, &WireClient::messageReceived, this, &SocketIoAdapter::onMessage);
    connect(client, &WireClient::finished, this, [this] { m_watchdog.stop(); });
}

void SocketIoAdapter::onMessage(qsizetype frameIndex)
{
    const Frame f = m_store->at(frameIndex);
    if (f.type != FrameType::Text || !m_client)
        return;
    const SocketIoPacket p = SocketIoPacket::parse(f.payload);
    if (!p.isValid())
        return;   // the diff reports it; a client would ignore it too
    if (p.engineType == SocketIoPacket::Open) {
        const QJsonObject o = p.data.toObject();
        m_pingInterval = o.value(QStringLiteral("pingInterval")).toInt(m_pingInterval);
        m_pingTimeout = o.value(QStringLiteral("pingTimeout")).toInt(m_pingTimeout);
        if (m_autoConnect)
            m_client->sendText("40");
    } else if (p.engineType == SocketIoPacket::Ping) {
        // Engine.IO v4: the server pings, the client answers (v3 was the other way round).
        m_client->sendText("3");
        ++m_pongs;
    } else if (p.engineType == SocketIoPacket::Message && p.socketType == SocketIoPacket::Connect) {
        m_connected = true;
    }
    m_watchdog.start(m_pingInterval + m_pingTimeout);
}

} // namespace tunnelscope
