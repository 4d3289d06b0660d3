#pragma once

#include "profile.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace tunnelscope {

class FrameRelay;
class HttpRequestHead;

// One client connection through the fault tunnel: relays the HTTP upgrade (or stalls or
// rejects it), then the frames of both directions through a FrameRelay each. A plain HTTP
// request (ComfyUI's /prompt and /history share the WebSocket's port) is piped as it is.
class TunnelConnection : public QObject
{
    Q_OBJECT
public:
    TunnelConnection(QTcpSocket *downstream, const QString &upstreamHost, quint16 upstreamPort, const QList<FaultSpec> &faults,
                     quint64 seed, QObject *parent = nullptr);
    ~TunnelConnection() override;
    // Open the upstream connection with TLS, verified with this configuration (errors ignored
    // only when asked, as the direct path to the same server does).
    void setUpstreamTls(const QSslConfiguration &config, bool ignoreErrors)
    {
        m_upstreamTls = config;
        m_ignoreUpstreamTlsErrors = ignoreErrors;
    }

private:
    enum class Phase { Request, Response, Frames, Pipe, Stalled, Done };

    void onDownstreamData();
    void onUpstreamData();
    // True when the other side holds more than BufferLimit unsent: the source is left unread,
    // so TCP flow control reaches the sender, as through a real proxy.
    static bool isBackedUp(const QTcpSocket *destination);
    // Leaves out the faults whose `when_header` this client's upgrade request does not satisfy.
    void keepFaultsFor(const HttpRequestHead &head);
    // strip_extensions: the request's head (its first `headSize` bytes) loses its offer.
    void stripExtensions(qsizetype headSize);
    void startFrames(const QByteArray &fromServer);
    void connectUpstream(bool upgrade);
    void onUpstreamReady(bool upgrade);
    bool upstreamReady() const;
    void abortBoth();
    // Answers the client 502 with `why`, as a real tunnel's edge does, when the upstream
    // cannot be reached or verified before it said anything.
    void badGateway(const QByteArray &why);
    void maybeFinish();

    static constexpr qint64 BufferLimit = 1 << 20; // what the tunnel holds per direction before it stops reading
    const FaultSpec *fault(FaultSpec::Kind kind) const;

    QPointer<QTcpSocket> m_down;
    QPointer<QTcpSocket> m_up;
    QString m_upstreamHost;
    quint16 m_upstreamPort;
    std::optional<QSslConfiguration> m_upstreamTls;
    bool m_ignoreUpstreamTlsErrors = false;
    QList<FaultSpec> m_faults;
    quint64 m_seed;
    Phase m_phase = Phase::Request;
    QByteArray m_requestBuffer;
    QByteArray m_responseBuffer;
    bool m_upstreamSpoke = false;
    FrameRelay *m_toServer = nullptr;
    FrameRelay *m_toClient = nullptr;
    QTimer m_idleTimer;
};

} // namespace tunnelscope
