#include "proxyhandshake.h"

#include "httpheaders.h"
#include "httpresponsehead.h"
#include "recordedwords.h"
#include "wirewords.h"

#include <QHostAddress>

namespace tunnelscope {

namespace {
constexpr char Socks5 = 0x05;
constexpr char NoAuthentication = 0x00;
constexpr char UsernamePassword = 0x02;
constexpr unsigned char NoAcceptableMethod = 0xff;
} // namespace

ProxyHandshake::ProxyHandshake(const QUrl &proxy, const QString &targetHost, quint16 targetPort)
    : m_proxy(proxy), m_targetHost(targetHost), m_targetPort(targetPort), m_socks(proxy.scheme().startsWith(QLatin1String("socks")))
{ }

QString ProxyHandshake::shownUrl() const
{
    return m_proxy.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString ProxyHandshake::phaseName() const
{
    switch (m_step) {
    case Step::ConnectAnswer:
        return RecordedWords::english(WireWords::PhaseProxyConnect).arg(m_targetHost).arg(m_targetPort);
    case Step::SocksMethod:
        return RecordedWords::english(WireWords::PhaseSocksMethod);
    case Step::SocksAuth:
        return RecordedWords::english(WireWords::PhaseSocksAuth);
    case Step::SocksReply:
        return RecordedWords::english(WireWords::PhaseSocksConnect).arg(m_targetHost).arg(m_targetPort);
    case Step::Idle:
    case Step::Done:
        break;
    }
    return RecordedWords::english(WireWords::PhaseProxy);
}

QByteArray ProxyHandshake::start()
{
    if (m_socks) {
        m_step = Step::SocksMethod;
        const bool credentials = !m_proxy.userName().isEmpty();
        return credentials ? QByteArray("\x05\x02\x00\x02", 4) : QByteArray("\x05\x01\x00", 3);
    }
    m_step = Step::ConnectAnswer;
    const QHostAddress ip(m_targetHost);
    const QByteArray authority = (ip.protocol() == QAbstractSocket::IPv6Protocol ? '[' + m_targetHost.toUtf8() + ']'
                                                                                 : QUrl::toAce(m_targetHost))
        + ':' + QByteArray::number(m_targetPort);
    QByteArray request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n";
    if (!m_proxy.userName().isEmpty()) {
        const QByteArray credentials
            = m_proxy.userName(QUrl::FullyDecoded).toUtf8() + ':' + m_proxy.password(QUrl::FullyDecoded).toUtf8();
        request += "Proxy-Authorization: Basic " + credentials.toBase64() + "\r\n";
    }
    return request + "\r\n";
}

ProxyHandshake::Result ProxyHandshake::feed(const QByteArray &bytes, QByteArray *reply, QByteArray *rest)
{
    m_buffer += bytes;
    return m_socks ? feedSocks(reply, rest) : feedConnect(rest);
}

QString ProxyHandshake::credentialsHint()
{
    // Not written as a URL with user and password: that shape is redacted in every output.
    return RecordedWords::english(WireWords::CredentialsHint);
}

ProxyHandshake::Result ProxyHandshake::fail(const QString &why)
{
    m_error = why;
    m_step = Step::Done;
    return Result::Failed;
}

ProxyHandshake::Result ProxyHandshake::feedConnect(QByteArray *rest)
{
    HttpResponseHead head;
    qsizetype consumed = 0;
    const auto result = head.parse(m_buffer, &consumed);
    if (result == HttpResponseHead::Result::NeedMore)
        return Result::NeedMore;
    if (result == HttpResponseHead::Result::Error)
        return fail(RecordedWords::english(WireWords::ProxyNotHttp).arg(shownUrl(), head.errorString()));
    m_status = head.status();
    m_statusLine = head.statusLine();
    m_headers = head.headers();
    const QString proxy = shownUrl(), line = QString::fromLatin1(m_statusLine);
    // 407 is the standard answer; some proxies (tinyproxy) answer a wrong password with 401.
    if (m_status == 407 || m_status == 401) {
        const QByteArray asks = HttpHeaders::value(m_headers, "Proxy-Authenticate");
        const QString wants
            = asks.isEmpty() ? QString() : RecordedWords::english(WireWords::ProxyAsks, QString::fromLatin1(asks));
        return fail(m_proxy.userName().isEmpty() ? RecordedWords::english(WireWords::ProxyWantsCredentials, proxy, m_targetHost,
                                                                          m_targetPort, line, wants, credentialsHint())
                                                 : RecordedWords::english(WireWords::ProxyCredentialsRefused, proxy, m_targetHost,
                                                                          m_targetPort, line, wants));
    }
    if (m_status < 200 || m_status > 299)
        return fail(RecordedWords::english(m_status == 403 ? WireWords::ProxyForbidsTunnel : WireWords::ProxyOpenedNoTunnel,
                                           proxy, m_targetHost, m_targetPort, line));
    m_step = Step::Done;
    *rest = m_buffer.mid(consumed);
    m_buffer.clear();
    return Result::Done;
}

QByteArray ProxyHandshake::socksRequest() const
{
    QByteArray request("\x05\x01\x00", 3);
    const QHostAddress ip(m_targetHost);
    if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
        request += '\x01';
        const quint32 v4 = ip.toIPv4Address();
        for (int shift = 24; shift >= 0; shift -= 8)
            request += char((v4 >> shift) & 0xff);
    } else if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
        request += '\x04';
        const Q_IPV6ADDR v6 = ip.toIPv6Address();
        request += QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        const QByteArray name = QUrl::toAce(m_targetHost);
        request += '\x03';
        request += char(name.size());
        request += name;
    }
    request += char(m_targetPort >> 8);
    request += char(m_targetPort & 0xff);
    return request;
}

QString ProxyHandshake::socksReplyText(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("succeeded");
    case 1:
        return RecordedWords::english(WireWords::SocksFailure);
    case 2:
        return RecordedWords::english(WireWords::SocksNotAllowed);
    case 3:
        return RecordedWords::english(WireWords::SocksNetworkUnreachable);
    case 4:
        return RecordedWords::english(WireWords::SocksHostUnreachable);
    case 5:
        return RecordedWords::english(WireWords::SocksTargetRefused);
    case 6:
        return RecordedWords::english(WireWords::SocksTtlExpired);
    case 7:
        return RecordedWords::english(WireWords::SocksCommandUnsupported);
    case 8:
        return RecordedWords::english(WireWords::SocksAddressUnsupported);
    default:
        return RecordedWords::english(WireWords::SocksUnknownReply);
    }
}

ProxyHandshake::Result ProxyHandshake::feedSocks(QByteArray *reply, QByteArray *rest)
{
    for (;;) {
        switch (m_step) {
        case Step::SocksMethod: {
            if (m_buffer.size() < 2)
                return Result::NeedMore;
            if (m_buffer[0] != Socks5)
                return fail(RecordedWords::english(WireWords::NotSocks5)
                                .arg(shownUrl())
                                .arg(quint8(m_buffer[0]), 2, 16, QLatin1Char('0')));
            const unsigned char method = quint8(m_buffer[1]);
            m_buffer.remove(0, 2);
            if (method == NoAcceptableMethod)
                return fail(m_proxy.userName().isEmpty()
                                ? RecordedWords::english(WireWords::SocksWantsCredentials).arg(shownUrl(), credentialsHint())
                                : RecordedWords::english(WireWords::SocksNoMethod).arg(shownUrl()));
            if (method == UsernamePassword && !m_proxy.userName().isEmpty()) {
                const QByteArray user = m_proxy.userName(QUrl::FullyDecoded).toUtf8().left(255);
                const QByteArray password = m_proxy.password(QUrl::FullyDecoded).toUtf8().left(255);
                *reply += '\x01' + QByteArray(1, char(user.size())) + user + QByteArray(1, char(password.size())) + password;
                m_step = Step::SocksAuth;
                return Result::NeedMore;
            }
            if (method != NoAuthentication)
                return fail(RecordedWords::english(WireWords::SocksMethodNotOffered)
                                .arg(shownUrl())
                                .arg(method, 2, 16, QLatin1Char('0')));
            *reply += socksRequest();
            m_step = Step::SocksReply;
            continue;
        }
        case Step::SocksAuth:
            if (m_buffer.size() < 2)
                return Result::NeedMore;
            if (m_buffer[1] != 0)
                return fail(RecordedWords::english(WireWords::SocksCredentialsRefused).arg(shownUrl()));
            m_buffer.remove(0, 2);
            *reply += socksRequest();
            m_step = Step::SocksReply;
            continue;
        case Step::SocksReply: {
            if (m_buffer.size() < 5)
                return Result::NeedMore;
            const int type = quint8(m_buffer[3]);
            const qsizetype length = 4 + (type == 1 ? 4 : type == 4 ? 16 : 1 + quint8(m_buffer[4])) + 2;
            if (type != 1 && type != 3 && type != 4)
                return fail(RecordedWords::english(WireWords::SocksUnknownAddressType).arg(shownUrl()).arg(type));
            if (m_buffer.size() < length)
                return Result::NeedMore;
            m_status = quint8(m_buffer[1]);
            m_statusLine = QStringLiteral("SOCKS5 reply %1: %2").arg(m_status).arg(socksReplyText(m_status)).toUtf8();
            if (m_status != 0)
                return fail(RecordedWords::english(WireWords::SocksRefusedConnect)
                                .arg(shownUrl(), m_targetHost)
                                .arg(m_targetPort)
                                .arg(socksReplyText(m_status))
                                .arg(m_status));
            m_step = Step::Done;
            *rest = m_buffer.mid(length);
            m_buffer.clear();
            return Result::Done;
        }
        case Step::Idle:
        case Step::ConnectAnswer:
        case Step::Done:
            return Result::NeedMore;
        }
    }
}

} // namespace tunnelscope
