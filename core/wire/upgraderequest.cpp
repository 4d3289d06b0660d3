#include "upgraderequest.h"

#include "recordedwords.h"
#include "websocketextensions.h"
#include "wirewords.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace tunnelscope {

UpgradeRequest::UpgradeRequest(const QUrl &url, const Headers &extraHeaders, const QStringList &subprotocols, QByteArray key)
    : m_url(url), m_headers(extraHeaders), m_subprotocols(subprotocols), m_key(key.isEmpty() ? newKey() : std::move(key))
{ }

QByteArray UpgradeRequest::newKey()
{
    quint32 raw[4];
    QRandomGenerator::global()->fillRange(raw);
    return QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toBase64();
}

QByteArray UpgradeRequest::acceptFor(const QByteArray &key)
{
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
}

QByteArray UpgradeRequest::bytes() const
{
    QByteArray target = m_url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toUtf8();

    const bool secure = m_url.scheme() == QLatin1String("wss");
    const int defaultPort = secure ? 443 : 80;
    QByteArray host = m_url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(m_url.port());

    auto userHas = [this](QByteArrayView name) { return !userHeader(name).isNull(); };

    QByteArray out = "GET " + target + " HTTP/1.1\r\n";
    if (!userHas("Host"))
        out += "Host: " + host + "\r\n";
    out += "Upgrade: websocket\r\nConnection: Upgrade\r\n";
    out += "Sec-WebSocket-Key: " + m_key + "\r\nSec-WebSocket-Version: 13\r\n";
    if (!m_subprotocols.isEmpty())
        out += "Sec-WebSocket-Protocol: " + m_subprotocols.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    if (m_deflate && !userHas("Sec-WebSocket-Extensions"))
        out += "Sec-WebSocket-Extensions: " + m_deflate->header() + "\r\n";
    if (!userHas("User-Agent"))
        out += "User-Agent: Tunnelscope/" TUNNELSCOPE_VERSION "\r\n";
    for (const auto &h : m_headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    return out;
}

QString UpgradeRequest::checkAnswer(const HttpResponseHead &answer) const
{
    if (answer.status() != 101) {
        QString s = QStringLiteral("HTTP %1").arg(answer.status());
        if (!answer.reasonPhrase().isEmpty())
            s += QLatin1Char(' ') + QString::fromLatin1(answer.reasonPhrase().left(100));
        return s;
    }
    if (answer.header("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
        return RecordedWords::english(WireWords::NoUpgradeHeader);
    if (!answer.header("Connection").toLower().contains("upgrade"))
        return RecordedWords::english(WireWords::NoConnectionUpgrade);
    if (answer.header("Sec-WebSocket-Accept") != acceptFor(m_key))
        return RecordedWords::english(WireWords::BadAccept)
            .arg(QString::fromLatin1(acceptFor(m_key)), QString::fromLatin1(answer.header("Sec-WebSocket-Accept").left(64)));
    const QByteArray chosen = answer.header("Sec-WebSocket-Protocol");
    if (!chosen.isEmpty() && !m_subprotocols.contains(QString::fromLatin1(chosen)))
        return RecordedWords::english(WireWords::SubprotocolNotOffered).arg(QString::fromLatin1(chosen.left(64)));
    // RFC 6455 §4.1: an extension the client did not ask for fails the connection.
    const QByteArray extensions = WebSocketExtensions::joined(answer.headers());
    if (!extensions.trimmed().isEmpty()) {
        const std::optional<DeflateOffer> offer = offerMade();
        if (!offer)
            return RecordedWords::english(WireWords::ExtensionWithoutOffer).arg(QString::fromLatin1(extensions.left(100)));
        QString error;
        DeflateAgreement::fromAnswer(extensions, *offer, &error);
        if (!error.isEmpty())
            return error;
    }
    return QString();
}

std::optional<DeflateAgreement> UpgradeRequest::deflateAgreement(const HttpResponseHead &answer) const
{
    const std::optional<DeflateOffer> offer = offerMade();
    if (!offer)
        return std::nullopt;
    QString error;
    return DeflateAgreement::fromAnswer(WebSocketExtensions::joined(answer.headers()), *offer, &error);
}

std::optional<DeflateOffer> UpgradeRequest::offerMade() const
{
    const QByteArray own = userHeader("Sec-WebSocket-Extensions");
    if (!own.isNull())
        return DeflateOffer::fromRequest(own);
    return m_deflate;
}

QByteArray UpgradeRequest::userHeader(QByteArrayView name) const
{
    for (const auto &h : m_headers)
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second.isNull() ? QByteArray("") : h.second;
    return QByteArray();
}

} // namespace tunnelscope
