#include "socketioadapter.h"

#include "framestore.h"
#include "recordedwords.h"
#include "runclock.h"
#include "socketiopacket.h"
#include "wireclient.h"

#include <QJsonObject>

namespace tunnelscope {

SocketIoAdapter::SocketIoAdapter(WireClient *client, const FrameStore *store, const RunClock *clock, int engineIoVersion,
                                 bool autoConnect, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_clock(clock), m_version(engineIoVersion),
      m_autoConnect(autoConnect && engineIoVersion >= 4)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_client)
            return;
        if (m_version >= 4) {
            m_client->recordViolation(RecordedWords::english(RecordedWords::SocketIoSilent, m_pingInterval + m_pingTimeout));
            m_client->abort(RecordedWords::english(RecordedWords::SocketIoSilentCut, m_pingInterval + m_pingTimeout));
        } else {
            m_client->recordViolation(RecordedWords::english(
                RecordedWords::SocketIoPingUnanswered, QString::number(RunClock::toMs(m_lastPingUs), 'f', 1), m_pingTimeout));
            m_client->abort(RecordedWords::english(RecordedWords::SocketIoNoPongCut, m_pingTimeout));
        }
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &SocketIoAdapter::sendPing);
    connect(client, &WireClient::messageReceived, this, &SocketIoAdapter::onMessage);
    connect(client, &WireClient::finished, this, &SocketIoAdapter::onFinished);
}

void SocketIoAdapter::sendPing()
{
    if (!m_client || !m_client->isOpen() || m_watchdog.isActive())
        return;
    m_client->sendText("2");
    m_lastPingUs = m_clock->nowUs();
    m_watchdog.start(m_pingTimeout);
}

void SocketIoAdapter::onFinished()
{
    m_watchdog.stop();
    m_pingTimer.stop();
    if (!m_client || m_version < 4 || m_lastPingUs < 0)
        return;
    // The server gives up pingTimeout after its ping when no pong reaches it; a drop at that
    // moment, by the server, means the pong we sent at once was lost or held on the way.
    const CloseRecord &c = m_client->record().close;
    if (c.initiatedBy == CloseRecord::Initiator::Client || c.endedUs < 0)
        return;
    const qint64 afterMs = (c.endedUs - m_lastPingUs) / 1000;
    if (afterMs >= m_pingTimeout * 8 / 10 && afterMs <= m_pingTimeout + 500)
        m_client->recordViolation(RecordedWords::english(
            RecordedWords::SocketIoServerGaveUp, QString::number(RunClock::toMs(m_lastPingUs), 'f', 1), afterMs, m_pingTimeout));
}

void SocketIoAdapter::onMessage(qsizetype frameIndex)
{
    const Frame f = m_store->at(frameIndex);
    if (!m_client)
        return;
    if (f.type == FrameType::Binary) {
        if (m_attachmentsDue > 0) {
            --m_attachmentsDue;
        } else {
            // v3 prefixes binary frames with 0x04; a text packet in a binary frame is a proxy's doing.
            const QByteArrayView body = m_version < 4 && f.payload.startsWith('\x04') ? f.payload.sliced(1) : f.payload;
            const bool packet = SocketIoPacket::parse(body).isValid();
            m_client->recordViolation(RecordedWords::english(
                packet ? RecordedWords::SocketIoPacketInBinary : RecordedWords::UnannouncedBinary, QString::number(frameIndex)));
        }
        m_watchdog.start(m_pingInterval + m_pingTimeout);
        return;
    }
    if (f.type != FrameType::Text)
        return;
    const SocketIoPacket p = SocketIoPacket::parse(f.payload);
    if (m_attachmentsDue > 0) {
        m_client->recordViolation(
            RecordedWords::english(RecordedWords::SocketIoAttachmentsMissing, m_attachmentsOf, m_attachmentsDue));
        m_attachmentsDue = 0;
    }
    if (!p.isValid()) {
        m_client->recordViolation(RecordedWords::english(RecordedWords::NotSocketIoPacket, frameIndex, p.error));
        return;
    }
    if (p.attachments > 0) {
        m_attachmentsDue = p.attachments;
        m_attachmentsOf = frameIndex;
    }
    if (p.engineType == SocketIoPacket::Open) {
        const QJsonObject o = p.data.toObject();
        m_pingInterval = o.value(QStringLiteral("pingInterval")).toInt(m_pingInterval);
        m_pingTimeout = o.value(QStringLiteral("pingTimeout")).toInt(m_pingTimeout);
        if (m_autoConnect)
            m_client->sendText("40");
        if (m_version < 4) {
            m_pingTimer.start(m_pingInterval);
            return;
        }
    } else if (p.engineType == SocketIoPacket::Ping && m_version >= 4) {
        // Engine.IO v4: the server pings, the client answers (v3 was the other way round).
        m_client->sendText("3");
        m_lastPingUs = f.tUs;
        ++m_pongs;
    } else if (p.engineType == SocketIoPacket::Pong && m_version < 4) {
        m_watchdog.stop();
        ++m_pongs;
        return;
    } else if (p.engineType == SocketIoPacket::Message && p.socketType == SocketIoPacket::Connect) {
        m_connected = true;
    }
    if (m_version >= 4)
        m_watchdog.start(m_pingInterval + m_pingTimeout);
}

} // namespace tunnelscope
