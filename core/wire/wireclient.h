#pragma once

#include "connectionrecord.h"
#include "framedecoder.h"
#include "messageassembler.h"
#include "messagedeflater.h"
#include "messageinflater.h"
#include "upgraderequest.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

class QTcpSocket;

namespace tunnelscope {

class FrameStore;
class ProxyHandshake;
class RunClock;

// One WebSocket connection from the client side, implemented on a plain TCP/TLS socket so
// that every byte is seen: the upgrade answer, each frame with its timestamp, the exact close
// payload, and how TCP ended. Everything goes into the path's FrameStore and the
// ConnectionRecord; signals only tell the scenario player when to move on.
class WireClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url;
        UpgradeRequest::Headers headers;
        QStringList subprotocols;
        QUrl proxy; // http://host:port (CONNECT) or socks5://host:port
        std::optional<DeflateOffer> deflate; // offer permessage-deflate (RFC 7692)
        bool ignoreTlsErrors = false;
        QString caFile;
        QList<QSslCertificate> caCertificates; // also trusted: the lab's, on lab URLs only
        int handshakeTimeoutMs = 10000;
        qint64 maxMessageBytes = qint64(64) << 20;
        qint64 maxPendingWriteBytes = qint64(16) << 20; // unsent bytes above which sending waits (back-pressure)
        int writeStallTimeoutMs = 5000; // how long a full send queue may see no progress before the peer counts as not reading
        int closeTimeoutMs = 2000;                      // how long a close handshake may take before TCP is cut
    };

    enum class State { Idle, Connecting, Open, Closing, Closed };

    WireClient(const RunClock *clock, FrameStore *store, QObject *parent = nullptr);
    ~WireClient() override;

    void open(const Options &options);

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // True while more than maxPendingWriteBytes wait to be sent: a sender should wait for
    // writeQueueDrained() before the next send. Sends are still accepted meanwhile (nothing is
    // dropped); a peer that takes nothing for writeStallTimeoutMs ends the connection.
    bool isWriteQueueFull() const { return m_writeQueueFull; }
    const ConnectionRecord &record() const { return m_record; }

    void sendText(const QByteArray &utf8);
    void sendBinary(const QByteArray &bytes);
    void sendPing(const QByteArray &payload);
    // Sends a close frame and waits `timeoutMs` (the options' closeTimeoutMs when negative)
    // for the server's answer and the end of TCP before cutting the connection.
    void close(quint16 code, const QByteArray &reason = QByteArray(), int timeoutMs = -1);
    // A protocol adapter's finding about a received message (a malformed Socket.IO packet, a
    // ComfyUI binary frame with a bad header): recorded as an error frame, the connection stays.
    void recordViolation(const QString &what);
    // Ends the connection at once (no close frame), recording why.
    void abort(const QString &why);

Q_SIGNALS:
    void opened();
    void messageReceived(qsizetype frameIndex);
    void pongReceived(qsizetype frameIndex, qint64 rttUs); // rttUs < 0: no ping of ours matched
    void closeFrameReceived();
    void writeQueueDrained();
    void finished();

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onHandshakeTimeout();
    void onBytesWritten();
    void onWriteStalled();

    void sendUpgrade();
    static QString bodyExcerpt(const QByteArray &body);
    void readHandshake(const QByteArray &bytes, qint64 now);
    // The proxy's answer, before the upgrade: on success TLS or the upgrade follows.
    void readProxyAnswer(const QByteArray &bytes, qint64 now);
    void readFrames(qint64 now);
    void handleMessage(WireMessage message, qint64 now);
    // A compressed message inflated in place; false when it could not be (the connection is failed).
    bool inflateMessage(WireMessage *message, qint64 now);
    // Sets up permessage-deflate when the answer agreed to it.
    void startCompression(const HttpResponseHead &answer);
    void failHandshake(const QString &kind, const QString &why);
    void failConnection(quint16 code, const QString &why, qint64 now);
    void writeFrame(quint8 opcode, const QByteArray &payload);
    void recordError(const QString &text, qint64 now);
    void finishByClient(const QString &tcpEnd);
    void finish(const QString &tcpEnd);
    QString phaseName() const;

    const RunClock *m_clock;
    FrameStore *m_store;
    Options m_options;
    State m_state = State::Idle;
    ConnectionRecord m_record;
    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<UpgradeRequest> m_request;
    std::unique_ptr<ProxyHandshake> m_proxy; // while the path goes through a proxy
    bool m_proxyDone = false;
    QByteArray m_headBuffer;
    FrameDecoder m_decoder;
    MessageAssembler m_assembler;
    std::unique_ptr<MessageInflater> m_inflater; // permessage-deflate agreed: the server's messages
    std::unique_ptr<MessageDeflater> m_deflater; // and ours
    QList<QPair<QByteArray, qint64>> m_pendingPings;
    QTimer m_handshakeTimer;
    QTimer m_closeTimer;
    QTimer m_writeStallTimer;
    bool m_finished = false;
    bool m_peerNotReading = false;
    bool m_writeQueueFull = false;
    bool m_failed = false;     // we failed the connection (the decoder holds the offending bytes)
    QString m_clientEndingTcp; // set when this client ended TCP itself: why, in words
};

} // namespace tunnelscope
