#include "tunnelconnection.h"

#include "framerelay.h"
#include "httprequesthead.h"
#include "httpresponsehead.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>

namespace tunnelscope {

TunnelConnection::TunnelConnection(QTcpSocket *downstream, const QString &upstreamHost, quint16 upstreamPort,
                                   const QList<FaultSpec> &faults, quint64 seed, QObject *parent)
    : QObject(parent), m_down(downstream), m_upstreamHost(upstreamHost), m_upstreamPort(upstreamPort), m_faults(faults),
      m_seed(seed)
{
    downstream->setParent(this);
    downstream->setReadBufferSize(BufferLimit);
    connect(downstream, &QTcpSocket::readyRead, this, &TunnelConnection::onDownstreamData);
    connect(downstream, &QTcpSocket::bytesWritten, this, [this] {
        if (m_up && m_up->bytesAvailable() > 0 && !isBackedUp(m_down))
            onUpstreamData();
    });
    connect(downstream, &QTcpSocket::disconnected, this, [this] {
        if (m_down && m_down->bytesAvailable() > 0 && m_toServer)
            m_toServer->feed(m_down->readAll()); // what came with the FIN, before the end
        if (m_toServer)
            m_toServer->sourceEnded();
        else if (m_up)
            m_up->disconnectFromHost();
        maybeFinish();
    });
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &TunnelConnection::abortBoth);
}

TunnelConnection::~TunnelConnection() = default;

const FaultSpec *TunnelConnection::fault(FaultSpec::Kind kind) const
{
    for (const FaultSpec &f : m_faults)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

void TunnelConnection::keepFaultsFor(const HttpRequestHead &head)
{
    m_faults.removeIf([&head](const FaultSpec &f) {
        for (const auto &[name, pattern] : f.whenHeaders) {
            const QByteArray value = head.header(name.toLatin1());
            if (value.isNull() || !pattern.match(QString::fromUtf8(value)).hasMatch())
                return true;
        }
        return false;
    });
}

bool TunnelConnection::isBackedUp(const QTcpSocket *destination)
{
    return destination && destination->bytesToWrite() > BufferLimit;
}

void TunnelConnection::onDownstreamData()
{
    if ((m_phase == Phase::Frames || m_phase == Phase::Pipe) && isBackedUp(m_up))
        return;
    const QByteArray bytes = m_down->readAll();
    if (const FaultSpec *idle = fault(FaultSpec::Kind::IdleTimeout); idle && m_phase == Phase::Frames)
        m_idleTimer.start(idle->ms);
    switch (m_phase) {
    case Phase::Stalled:
    case Phase::Done:
        return; // a stalled upgrade reads and never answers
    case Phase::Frames:
        m_toServer->feed(bytes);
        return;
    case Phase::Pipe:
        if (upstreamReady())
            m_up->write(bytes);
        else
            m_requestBuffer += bytes;
        return;
    case Phase::Response:
        m_requestBuffer += bytes; // early frames wait for the upgrade to finish
        return;
    case Phase::Request:
        break;
    }
    m_requestBuffer += bytes;
    if (!m_requestBuffer.contains("\r\n\r\n")) {
        if (m_requestBuffer.size() > 64 * 1024)
            abortBoth();
        return;
    }
    HttpRequestHead head;
    qsizetype consumed = 0;
    const bool parsed = head.parse(m_requestBuffer, &consumed) == HttpRequestHead::Result::Complete;
    if (parsed && !head.isWebSocketUpgrade()) {
        // Not an upgrade: the handshake faults do not concern it.
        m_phase = Phase::Pipe;
        connectUpstream(false);
        return;
    }
    keepFaultsFor(head);
    if (fault(FaultSpec::Kind::StripExtensions))
        stripExtensions(consumed);
    if (fault(FaultSpec::Kind::StallHandshake)) {
        m_phase = Phase::Stalled;
        return;
    }
    if (const FaultSpec *reject = fault(FaultSpec::Kind::RejectUpgrade)) {
        const QByteArray reason = reject->status == 403 ? QByteArrayLiteral("Forbidden")
            : reject->status == 404                     ? QByteArrayLiteral("Not Found")
            : reject->status == 502                     ? QByteArrayLiteral("Bad Gateway")
                                                        : QByteArrayLiteral("Rejected");
        const QByteArray body = "Upgrade rejected by the lab tunnel (reject_upgrade fault)\n";
        m_down->write("HTTP/1.1 " + QByteArray::number(reject->status) + ' ' + reason
                      + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        m_down->disconnectFromHost();
        m_phase = Phase::Done;
        return;
    }
    m_phase = Phase::Response;
    if (const FaultSpec *slow = fault(FaultSpec::Kind::SlowUpgrade)) {
        // A relay that takes its time to set up the route to the endpoint.
        const int delay
            = slow->ms + (slow->jitterMs > 0 ? int(QRandomGenerator(quint32(m_seed)).bounded(slow->jitterMs + 1)) : 0);
        QTimer::singleShot(delay, this, [this] {
            if (m_phase == Phase::Response)
                connectUpstream(true);
        });
        return;
    }
    connectUpstream(true);
}

void TunnelConnection::connectUpstream(bool upgrade)
{
    QSslSocket *tls = m_upstreamTls ? new QSslSocket(this) : nullptr;
    m_up = tls ? tls : new QTcpSocket(this);
    m_up->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_up->setReadBufferSize(BufferLimit);
    if (tls) {
        tls->setSslConfiguration(*m_upstreamTls);
        connect(tls, &QSslSocket::encrypted, this, [this, upgrade] { onUpstreamReady(upgrade); });
        // An upstream that fails verification is not reached; the client is told why with a
        // 502, as a real tunnel's edge does.
        connect(tls, &QSslSocket::sslErrors, this, [this, tls](const QList<QSslError> &errors) {
            if (m_ignoreUpstreamTlsErrors) {
                tls->ignoreSslErrors();
                return;
            }
            QByteArray why = "the upstream's TLS certificate was refused:";
            for (const QSslError &e : errors)
                why += ' ' + e.errorString().toUtf8() + '.';
            badGateway(why);
        });
    } else {
        connect(m_up, &QTcpSocket::connected, this, [this, upgrade] { onUpstreamReady(upgrade); });
    }
    connect(m_up, &QTcpSocket::readyRead, this, &TunnelConnection::onUpstreamData);
    connect(m_up, &QTcpSocket::bytesWritten, this, [this] {
        if (m_down && m_down->bytesAvailable() > 0 && !isBackedUp(m_up))
            onDownstreamData();
    });
    connect(m_up, &QTcpSocket::disconnected, this, [this] {
        if (m_up && m_up->bytesAvailable() > 0 && m_toClient)
            m_toClient->feed(m_up->readAll()); // what came with the FIN, before the end
        if (m_toClient)
            m_toClient->sourceEnded();
        else if (m_down)
            m_down->disconnectFromHost();
        maybeFinish();
    });
    connect(m_up, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError || (m_phase != Phase::Response && m_phase != Phase::Pipe))
            return;
        badGateway(QStringLiteral("the upstream %1:%2 could not be reached: %3")
                       .arg(m_upstreamHost)
                       .arg(m_upstreamPort)
                       .arg(m_up->errorString())
                       .toUtf8());
    });
    if (tls)
        tls->connectToHostEncrypted(m_upstreamHost, m_upstreamPort);
    else
        m_up->connectToHost(m_upstreamHost, m_upstreamPort);
}

void TunnelConnection::stripExtensions(qsizetype headSize)
{
    // A proxy that rebuilds the request from the headers it knows: the offer never reaches the
    // endpoint, which then answers without compression.
    QList<QByteArray> lines = m_requestBuffer.left(headSize).split('\n');
    lines.removeIf([](const QByteArray &line) { return line.trimmed().toLower().startsWith("sec-websocket-extensions:"); });
    m_requestBuffer.replace(0, headSize, lines.join('\n'));
}

void TunnelConnection::onUpstreamReady(bool upgrade)
{
    // An upgrade's early frames wait for the answer; a plain request goes whole.
    const qsizetype end = upgrade ? m_requestBuffer.indexOf("\r\n\r\n") + 4 : m_requestBuffer.size();
    m_up->write(m_requestBuffer.left(end));
    m_requestBuffer.remove(0, end);
}

bool TunnelConnection::upstreamReady() const
{
    if (!m_up || m_up->state() != QAbstractSocket::ConnectedState)
        return false;
    const auto *tls = qobject_cast<const QSslSocket *>(m_up.data());
    return !tls || tls->isEncrypted();
}

void TunnelConnection::badGateway(const QByteArray &why)
{
    // Once the upstream has said anything, the client has its answer (or part of it).
    if (m_down && !m_upstreamSpoke && m_phase != Phase::Done) {
        const QByteArray body = "lab tunnel: " + why + '\n';
        m_down->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
    }
    m_phase = Phase::Done;
    if (m_down)
        m_down->disconnectFromHost();
}

void TunnelConnection::onUpstreamData()
{
    if ((m_phase == Phase::Frames || m_phase == Phase::Pipe) && isBackedUp(m_down))
        return;
    const QByteArray bytes = m_up->readAll();
    m_upstreamSpoke = m_upstreamSpoke || !bytes.isEmpty();
    if (const FaultSpec *idle = fault(FaultSpec::Kind::IdleTimeout); idle && m_phase == Phase::Frames)
        m_idleTimer.start(idle->ms);
    if (m_phase == Phase::Frames) {
        m_toClient->feed(bytes);
        return;
    }
    if (m_phase == Phase::Pipe) {
        if (m_down)
            m_down->write(bytes);
        return;
    }
    if (m_phase != Phase::Response)
        return;
    m_responseBuffer += bytes;
    HttpResponseHead head;
    qsizetype consumed = 0;
    const auto result = head.parse(m_responseBuffer, &consumed);
    if (result == HttpResponseHead::Result::NeedMore)
        return;
    if (result == HttpResponseHead::Result::Error || head.status() != 101) {
        // Not an upgrade: pass the answer on untouched and stop interpreting.
        m_down->write(m_responseBuffer);
        m_responseBuffer.clear();
        m_phase = Phase::Done;
        m_down->disconnectFromHost();
        return;
    }
    m_down->write(m_responseBuffer.left(consumed));
    startFrames(m_responseBuffer.mid(consumed));
    m_responseBuffer.clear();
}

void TunnelConnection::startFrames(const QByteArray &fromServer)
{
    m_phase = Phase::Frames;
    m_toServer = new FrameRelay(FrameRelay::Direction::ClientToServer, m_faults, m_up, m_seed, this);
    m_toClient = new FrameRelay(FrameRelay::Direction::ServerToClient, m_faults, m_down, m_seed + 1, this);
    m_toServer->setPeer(m_toClient);
    m_toClient->setPeer(m_toServer);
    connect(m_toClient, &FrameRelay::abortRequested, this, &TunnelConnection::abortBoth);
    connect(m_toServer, &FrameRelay::abortRequested, this, &TunnelConnection::abortBoth);
    if (const FaultSpec *idle = fault(FaultSpec::Kind::IdleTimeout))
        m_idleTimer.start(idle->ms);
    // abrupt_close with "ms": the tunnel also cuts every connection that long after its
    // upgrade (a relay that keeps dropping its sessions: the reconnect storm).
    if (const FaultSpec *cut = fault(FaultSpec::Kind::AbruptClose); cut && cut->ms > 0)
        QTimer::singleShot(cut->ms, this, &TunnelConnection::abortBoth);
    if (!fromServer.isEmpty())
        m_toClient->feed(fromServer);
    if (!m_requestBuffer.isEmpty()) {
        m_toServer->feed(m_requestBuffer);
        m_requestBuffer.clear();
    }
}

void TunnelConnection::abortBoth()
{
    m_phase = Phase::Done;
    m_idleTimer.stop();
    if (m_down)
        m_down->abort();
    if (m_up)
        m_up->abort();
    deleteLater();
}

void TunnelConnection::maybeFinish()
{
    const bool downGone = !m_down || m_down->state() == QAbstractSocket::UnconnectedState;
    const bool upGone = !m_up || m_up->state() == QAbstractSocket::UnconnectedState;
    if (downGone && upGone)
        deleteLater();
}

} // namespace tunnelscope
