#include "framerelay.h"

#include "frameencoder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTcpSocket>

namespace tunnelscope {

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
// Bytes some proxies and frameworks put before a JSON body (an anti-XSSI prefix).
const QByteArray JunkPrefix = QByteArrayLiteral(")]}',\n");
const QByteArray Bom = QByteArrayLiteral("\xEF\xBB\xBF");
} // namespace

FrameRelay::FrameRelay(Direction direction, const QList<FaultSpec> &faults, QTcpSocket *target, quint64 seed, QObject *parent)
    : QObject(parent), m_direction(direction), m_faults(faults), m_target(target), m_decoder(FrameDecoder::Masking::Any, false),
      m_random(quint32(seed ^ (seed >> 32)))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early: latency must not shrink
    connect(&m_timer, &QTimer::timeout, this, &FrameRelay::release);
}

bool FrameRelay::has(FaultSpec::Kind kind) const
{
    return fault(kind) != nullptr;
}

const FaultSpec *FrameRelay::fault(FaultSpec::Kind kind) const
{
    for (const FaultSpec &f : m_faults)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

bool FrameRelay::selected(const FaultSpec &fault, const WireFrame &frame) const
{
    return !fault.match || fault.match->matches(frame.payload);
}

QByteArray FrameRelay::encode(const WireFrame &frame) const
{
    if (m_direction == Direction::ClientToServer)
        return FrameEncoder::encode(frame, QRandomGenerator::global()->generate());
    return FrameEncoder::encode(frame, std::nullopt);
}

void FrameRelay::feed(const QByteArray &bytes)
{
    if (m_passthrough) {
        enqueue(bytes, true);
    } else {
        m_decoder.append(bytes);
        WireFrame frame;
        for (;;) {
            const auto result = m_decoder.next(&frame);
            if (result == FrameDecoder::Result::NeedMore)
                break;
            if (result == FrameDecoder::Result::Error) {
                m_passthrough = true;
                enqueue(m_decoder.takeBuffered(), true);
                break;
            }
            relayFrame(std::move(frame));
        }
    }
    release();
}

void FrameRelay::relayFrame(WireFrame frame)
{
    using K = FaultSpec::Kind;
    const bool serverToClient = m_direction == Direction::ServerToClient;

    if (frame.opcode == Opcode::Close && serverToClient) {
        if (has(K::SwallowClose)) {
            // A relay that eats the endpoint's close and keeps the client's connection open.
            m_holdOpen = true;
            return;
        }
        if (has(K::DropBeforeClose)) {
            // The tunnel tears down on the endpoint's close before flushing what it holds.
            std::erase_if(m_queue, [](const Item &i) { return i.isData; });
        }
        if (has(K::AbruptClose)) {
            enqueue(QByteArray(), false, Item::Then::Abort);
            return;
        }
        if (has(K::CloseWithoutStatus))
            frame.payload.clear();
        else if (has(K::ReservedCloseCode))
            frame.payload = FrameEncoder::closePayload(1006, frame.payload.mid(2));
        enqueue(encode(frame), false);
        return;
    }
    if (!serverToClient) {
        if (relayClientControl(frame))
            return;
        enqueue(encode(frame), !Opcode::isControl(frame.opcode));
        return;
    }
    if (Opcode::isControl(frame.opcode)) {
        if (frame.opcode == Opcode::Ping && has(K::DropServerPings))
            return;
        enqueue(encode(frame), false);
        return;
    }

    // A data frame from the endpoint: the message faults.
    const bool startsText = frame.opcode == Opcode::Text;
    const bool wholeMessage = frame.fin && frame.opcode != Opcode::Continuation;
    if (const FaultSpec *f = fault(K::DropRandom); f && wholeMessage && selected(*f, frame) && m_random.generateDouble() < f->p)
        return;
    if (startsText) {
        if (const FaultSpec *f = fault(K::BomPrefix); f && selected(*f, frame))
            frame.payload.prepend(Bom);
        if (const FaultSpec *f = fault(K::JunkPrefix); f && selected(*f, frame))
            frame.payload.prepend(JunkPrefix);
        if (const FaultSpec *f = fault(K::TextToBinary); f && selected(*f, frame))
            frame.opcode = Opcode::Binary;
    }
    if (const FaultSpec *f = fault(K::CorruptCompressed);
        f && (frame.rsv & 0x4) && !frame.payload.isEmpty() && (f->p <= 0 || m_random.generateDouble() < f->p)) {
        // BTYPE 11 is reserved: the first DEFLATE block can no longer be read.
        frame.payload[0] = char(0xff);
    }
    const QByteArray bytes = encode(frame);
    enqueue(bytes, true);
    if (const FaultSpec *f = fault(K::Duplicate); f && wholeMessage && selected(*f, frame))
        enqueue(bytes, true);
    if (const FaultSpec *f = fault(K::InjectPing); f && wholeMessage && selected(*f, frame))
        injectPing();
}

bool FrameRelay::relayClientControl(WireFrame &frame)
{
    using K = FaultSpec::Kind;
    switch (frame.opcode) {
    case Opcode::Ping:
        if (has(K::DropClientPings))
            return true;
        if (has(K::AnswerPings) && m_peer) {
            m_peer->sendOwn(Opcode::Pong, frame.payload);
            return true;
        }
        if (has(K::EmptyPingPayload))
            frame.payload.clear();
        return false;
    case Opcode::Pong:
        // The client's answer to a ping the tunnel injected goes no further.
        if (m_ownPongsDue > 0 && frame.payload.isEmpty()) {
            --m_ownPongsDue;
            return true;
        }
        return false;
    case Opcode::Close:
        if (has(K::CloseAsText)) {
            // A relay that handles frames as strings: the close's bytes, read as Latin-1, go
            // on as a text message, and the server never learns that the client closed.
            frame.opcode = Opcode::Text;
            frame.payload = QString::fromLatin1(frame.payload).toUtf8();
        }
        return false;
    default:
        return false;
    }
}

void FrameRelay::injectPing()
{
    // Queued behind the message, so it arrives right after it, as a relay's keep-alive does.
    enqueue(FrameEncoder::encode(Opcode::Ping, QByteArrayView()), false);
    if (m_peer)
        ++m_peer->m_ownPongsDue;
}

void FrameRelay::sendOwn(quint8 opcode, const QByteArray &payload)
{
    if (!m_target || m_target->state() != QAbstractSocket::ConnectedState)
        return;
    // Queued frames are written whole, so a frame written now lands between two of them.
    m_target->write(m_direction == Direction::ClientToServer ? FrameEncoder::encodeMasked(opcode, payload)
                                                             : FrameEncoder::encode(opcode, payload));
}

void FrameRelay::enqueue(QByteArray bytes, bool isData, Item::Then then)
{
    qint64 delay = 0;
    if (const FaultSpec *f = fault(FaultSpec::Kind::Latency)) {
        delay = f->ms;
        if (f->jitterMs > 0)
            delay += m_random.bounded(f->jitterMs + 1);
    }
    // Order is kept: a frame never overtakes one queued before it.
    const qint64 at = std::max(m_lastReleaseMs, monotonicMs() + delay);
    m_lastReleaseMs = at;
    m_queue.push_back(Item{at, std::move(bytes), then, isData});
}

void FrameRelay::sourceEnded()
{
    if (m_holdOpen)
        return; // swallow_close: the client's side stays open until the client ends it
    if (!m_queue.empty() && m_queue.back().then != Item::Then::Nothing)
        return;
    enqueue(QByteArray(), false, Item::Then::EndTcp);
    release();
}

void FrameRelay::release()
{
    const qint64 now = monotonicMs();
    while (!m_queue.empty() && m_queue.front().releaseAtMs <= now) {
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        if (!m_target)
            continue;
        if (!item.bytes.isEmpty() && m_target->state() == QAbstractSocket::ConnectedState)
            m_target->write(item.bytes);
        if (item.then == Item::Then::EndTcp) {
            m_target->disconnectFromHost();
        } else if (item.then == Item::Then::Abort) {
            m_queue.clear();
            Q_EMIT abortRequested();
            return;
        }
    }
    if (!m_queue.empty())
        m_timer.start(int(std::max<qint64>(0, m_queue.front().releaseAtMs - now)));
}

} // namespace tunnelscope
