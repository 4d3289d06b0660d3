#pragma once

#include "framedecoder.h"
#include "profile.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <deque>

class QTcpSocket;

namespace tunnelscope {

// One direction of a tunnelled WebSocket connection: decodes the frames that arrive,
// applies the faults that concern this direction, and writes the result to the other side
// when its delay has passed. Frames parsed from one read are queued before any is written,
// so a close that arrives with data can overtake that data (drop_before_close).
class FrameRelay : public QObject
{
    Q_OBJECT
public:
    enum class Direction { ClientToServer, ServerToClient };

    FrameRelay(Direction direction, const QList<FaultSpec> &faults, QTcpSocket *target, quint64 seed, QObject *parent = nullptr);

    // The relay of the other direction, for the control-frame faults that answer or consume
    // on one side what arrives on the other (answer_pings, inject_ping).
    void setPeer(FrameRelay *peer) { m_peer = peer; }

    void feed(const QByteArray &bytes);
    // The source ended TCP: end the target once what is queued has gone.
    void sourceEnded();
    bool idle() const { return m_queue.empty(); }

Q_SIGNALS:
    void abortRequested(); // the tunnel cuts both sides (abrupt_close)

private:
    struct Item
    {
        qint64 releaseAtMs;
        QByteArray bytes;
        enum class Then { Nothing, EndTcp, Abort } then = Then::Nothing;
        bool isData = false;
    };

    void relayFrame(WireFrame frame);
    // Control-frame faults; true when the frame was consumed.
    bool relayClientControl(WireFrame &frame);
    // Writes a frame of the tunnel's own to this relay's target at once, ahead of any delay:
    // the tunnel's edge answers, the long haul to the endpoint is what `latency` models.
    void sendOwn(quint8 opcode, const QByteArray &payload);
    // inject_ping: a ping of the tunnel's own, right after the message just queued.
    void injectPing();
    void enqueue(QByteArray bytes, bool isData, Item::Then then = Item::Then::Nothing);
    void release();
    bool has(FaultSpec::Kind kind) const;
    const FaultSpec *fault(FaultSpec::Kind kind) const;
    bool selected(const FaultSpec &fault, const WireFrame &frame) const;
    QByteArray encode(const WireFrame &frame) const;

    Direction m_direction;
    QList<FaultSpec> m_faults;
    QPointer<QTcpSocket> m_target;
    FrameDecoder m_decoder;
    bool m_passthrough = false; // after bytes we cannot parse: forward them as they are
    bool m_inFragmentedText = false;
    bool m_holdOpen = false; // swallow_close: the endpoint's close was eaten
    FrameRelay *m_peer = nullptr;
    int m_ownPongsDue = 0; // inject_ping: client pongs answering the tunnel's own pings
    std::deque<Item> m_queue;
    qint64 m_lastReleaseMs = 0;
    QTimer m_timer;
    QRandomGenerator m_random;
};

} // namespace tunnelscope
