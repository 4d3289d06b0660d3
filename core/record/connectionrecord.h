#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tunnelscope {

// How one connection's opening went, phase by phase, on the run clock (µs; -1 = not reached).
struct HandshakeRecord
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Headers written as JSON [name, value] pairs (reports and journals) read back.
    static Headers headersFromJson(const QJsonArray &pairs);

    bool ok = false;
    int status = 0; // HTTP status of the upgrade answer; 0 when none came
    QByteArray statusLine;
    QList<QPair<QByteArray, QByteArray>> headers;        // of the answer
    QList<QPair<QByteArray, QByteArray>> requestHeaders; // of the upgrade request, as sent
    QString error;                                       // plain-language cause when !ok
    QString errorKind;                                   // timeout, refused, dns, tls, http, protocol, network, proxy
    QStringList tlsWarnings;                             // errors ignored because the path asked for it
    // Through a proxy: its URL without credentials, and what it answered (the CONNECT answer's
    // status and headers, or the SOCKS5 reply code as status).
    QString proxy;
    int proxyStatus = 0;
    QByteArray proxyStatusLine;
    QList<QPair<QByteArray, QByteArray>> proxyHeaders;
    qint64 startUs = -1;
    qint64 tcpConnectedUs = -1;
    qint64 proxyDoneUs = -1; // the proxy's tunnel to the server is up
    qint64 tlsDoneUs = -1;
    qint64 upgradeSentUs = -1;
    qint64 answerUs = -1;

    double durationMs() const
    {
        const qint64 end = answerUs >= 0 ? answerUs : -1;
        return end >= 0 && startUs >= 0 ? double(end - startUs) / 1000.0 : -1.0;
    }
};

// How one connection ended, as the client saw it.
struct CloseRecord
{
    enum class Initiator { None, Client, Server };

    bool frameReceived = false;
    quint16 code = 1006; // 1005: close frame without status; 1006: no close frame
    QByteArray reason;
    QString wireProblem; // e.g. a reserved code such as 1006 sent on the wire
    Initiator initiatedBy = Initiator::None;
    // Who ended TCP: the peer (the server, or the tunnel in front of it), or this client
    // (its close timer ran out, it failed the connection, or it was told to stop).
    enum class TcpEndedBy { Unknown, Peer, Client };

    bool frameSent = false;
    quint16 sentCode = 0;
    TcpEndedBy tcpEndedBy = TcpEndedBy::Unknown;
    QString tcpEnd; // who ended TCP and how, in words
    qint64 endedUs = -1;

    // The client failed the connection (RFC 6455 §7.1.7) over a protocol violation it found:
    // the end is the client's verdict on what came, not the way the peer closed.
    bool failedByClient() const { return initiatedBy == Initiator::Client && tcpEnd.startsWith(failedByClientEnd()); }
    static QString failedByClientEnd() { return QStringLiteral("closed by the client, which failed the connection"); }
    static QString initiatorName(Initiator i);
    static QString tcpEndedByName(TcpEndedBy by);
    static TcpEndedBy tcpEndedByFromName(const QString &name);
};

struct ConnectionRecord
{
    QUrl url;
    HandshakeRecord handshake;
    CloseRecord close;
    qint64 firstFrameIndex = 0; // where this connection's frames start in the path's store
};

} // namespace tunnelscope
