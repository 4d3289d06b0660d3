#include "httpresponsehead.h"

namespace tunnelscope {

HttpResponseHead::Result HttpResponseHead::parse(const QByteArray &bytes, qsizetype *consumed,
                                                 qsizetype maxSize)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        if (bytes.size() > maxSize) {
            m_error = QStringLiteral("HTTP answer headers exceed %1 bytes without ending").arg(maxSize);
            return Result::Error;
        }
        return Result::NeedMore;
    }
    if (end + 4 > maxSize) {
        m_error = QStringLiteral("HTTP answer headers of %1 bytes exceed the limit of %2")
                      .arg(end + 4).arg(maxSize);
        return Result::Error;
    }
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    m_statusLine = lines.first().trimmed();
    // "HTTP/1.1 101 Switching Protocols"
    const QList<QByteArray> parts = m_statusLine.split(' ');
    bool ok = false;
    if (parts.size() >= 2 && parts[0].startsWith("HTTP/"))
        m_status = parts[1].toInt(&ok);
    if (!ok || m_status < 100 || m_status > 999) {
        m_error = QStringLiteral("not an HTTP answer: the first line is \"%1\"")
                      .arg(QString::fromLatin1(m_statusLine.left(80)));
        return Result::Error;
    }
    m_reason = m_statusLine.mid(parts[0].size() + parts[1].size() + 2).trimmed();
    m_headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = QStringLiteral("malformed HTTP header line \"%1\"")
                          .arg(QString::fromLatin1(line.left(80)));
            return Result::Error;
        }
        m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    *consumed = end + 4;
    return Result::Complete;
}

QByteArray HttpResponseHead::header(QByteArrayView name) const
{
    for (const auto &h : m_headers)
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

} // namespace tunnelscope
