#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace tunnelscope {

// The conversation with a proxy before the WebSocket's own bytes: an HTTP CONNECT (RFC 9110
// §9.3.6, Basic credentials from the proxy URL) or SOCKS5 (RFC 1928, username and password by
// RFC 1929). Bytes in, bytes out, no socket: WireClient writes what it returns and feeds what
// the proxy answers. What the proxy said is kept as evidence: a 407 with its
// Proxy-Authenticate, a SOCKS5 reply code.
class ProxyHandshake
{
public:
    enum class Result { NeedMore, Done, Failed };

    // `proxy`: http://[user:password@]host:port or socks5://[user:password@]host:port (socks5h
    // too). SOCKS5 is asked for the target by name, so the proxy resolves it.
    ProxyHandshake(const QUrl &proxy, const QString &targetHost, quint16 targetPort);

    // The first bytes to send to the proxy once TCP is up.
    QByteArray start();
    // The proxy's bytes; `reply` gets what to send next (SOCKS5 talks in turns). On Done,
    // `rest` holds bytes that came after the proxy's answer (the server's, if any).
    Result feed(const QByteArray &bytes, QByteArray *reply, QByteArray *rest);

    bool isSocks() const { return m_socks; }
    // The proxy's URL without its credentials, to show.
    QString shownUrl() const;
    // What the proxy answered: the HTTP status of the CONNECT answer, or the SOCKS5 reply code.
    int status() const { return m_status; }
    QByteArray statusLine() const { return m_statusLine; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    // On Failed: what went wrong, said for a person (who refused, why, what to do).
    QString error() const { return m_error; }
    // What is being waited for, for a timeout's message.
    QString phaseName() const;

private:
    enum class Step { Idle, ConnectAnswer, SocksMethod, SocksAuth, SocksReply, Done };

    Result feedConnect(QByteArray *rest);
    Result feedSocks(QByteArray *reply, QByteArray *rest);
    Result fail(const QString &why);
    QByteArray socksRequest() const;
    static QString socksReplyText(int code);
    static QString credentialsHint();

    QUrl m_proxy;
    QString m_targetHost;
    quint16 m_targetPort;
    bool m_socks;
    Step m_step = Step::Idle;
    QByteArray m_buffer;
    int m_status = 0;
    QByteArray m_statusLine;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QString m_error;
};

} // namespace tunnelscope
