#include "httprequesthead.h"

#include "httpheaders.h"
#include "recordedwords.h"
#include "wirewords.h"

namespace tunnelscope {

HttpRequestHead::Result HttpRequestHead::parse(QByteArrayView bytes, qsizetype *consumed)
{
    QList<QByteArray> lines;
    qsizetype size = 0;
    switch (HttpHeaders::split(bytes, MaxSize, &lines, &size)) {
    case HttpHeaders::Head::NeedMore:
        return Result::NeedMore;
    case HttpHeaders::Head::Unterminated:
        m_error = RecordedWords::english(WireWords::RequestHeadUnended).arg(MaxSize);
        return Result::Error;
    case HttpHeaders::Head::TooLarge:
        m_error = RecordedWords::english(WireWords::RequestHeadOverLimit).arg(MaxSize);
        return Result::Error;
    case HttpHeaders::Head::Complete:
        break;
    }
    // "GET /ws?clientId=x HTTP/1.1"
    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || parts[0].isEmpty() || !parts[1].startsWith('/')) {
        m_error = RecordedWords::english(WireWords::NotRequestLine).arg(QString::fromLatin1(lines.first().trimmed().left(80)));
        return Result::Error;
    }
    m_method = parts[0];
    m_target = parts[1];
    if (!HttpHeaders::parse(lines, &m_headers, &m_error))
        return Result::Error;
    *consumed = size;
    return Result::Complete;
}

QByteArray HttpRequestHead::path() const
{
    const qsizetype q = m_target.indexOf('?');
    return q < 0 ? m_target : m_target.left(q);
}

QByteArray HttpRequestHead::header(QByteArrayView name) const
{
    return HttpHeaders::value(m_headers, name);
}

bool HttpRequestHead::isWebSocketUpgrade() const
{
    return header("Upgrade").toLower().contains("websocket");
}

qint64 HttpRequestHead::contentLength() const
{
    const QByteArray value = header("Content-Length");
    if (value.isNull())
        return 0;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace tunnelscope
