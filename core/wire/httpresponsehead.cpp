#include "httpresponsehead.h"

#include "httpheaders.h"
#include "recordedwords.h"
#include "wirewords.h"

namespace tunnelscope {

HttpResponseHead::Result HttpResponseHead::parse(const QByteArray &bytes, qsizetype *consumed, qsizetype maxSize)
{
    QList<QByteArray> lines;
    qsizetype size = 0;
    switch (HttpHeaders::split(bytes, maxSize, &lines, &size)) {
    case HttpHeaders::Head::NeedMore:
        return Result::NeedMore;
    case HttpHeaders::Head::Unterminated:
        m_error = RecordedWords::english(WireWords::AnswerHeadUnended).arg(maxSize);
        return Result::Error;
    case HttpHeaders::Head::TooLarge:
        m_error = RecordedWords::english(WireWords::AnswerHeadOverLimit).arg(maxSize);
        return Result::Error;
    case HttpHeaders::Head::Complete:
        break;
    }
    m_statusLine = lines.first().trimmed();
    // "HTTP/1.1 101 Switching Protocols"
    const QList<QByteArray> parts = m_statusLine.split(' ');
    bool ok = false;
    if (parts.size() >= 2 && parts[0].startsWith("HTTP/"))
        m_status = parts[1].toInt(&ok);
    if (!ok || m_status < 100 || m_status > 999) {
        m_error = RecordedWords::english(WireWords::NotHttpAnswer).arg(QString::fromLatin1(m_statusLine.left(80)));
        return Result::Error;
    }
    m_reason = m_statusLine.mid(parts[0].size() + parts[1].size() + 2).trimmed();
    if (!HttpHeaders::parse(lines, &m_headers, &m_error))
        return Result::Error;
    *consumed = size;
    return Result::Complete;
}

QByteArray HttpResponseHead::header(QByteArrayView name) const
{
    return HttpHeaders::value(m_headers, name);
}

} // namespace tunnelscope
