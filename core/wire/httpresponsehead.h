#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tunnelscope {

// The status line and headers of an HTTP/1.1 answer, parsed from bytes as they arrive.
class HttpResponseHead
{
public:
    enum class Result { Complete, NeedMore, Error };

    static constexpr qsizetype DefaultMaxSize = 64 * 1024;

    // Parses from the start of `bytes`. On Complete, `consumed` is the size of the head
    // including the blank line; bytes after it already belong to the WebSocket stream.
    Result parse(const QByteArray &bytes, qsizetype *consumed, qsizetype maxSize = DefaultMaxSize);

    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    QByteArray statusLine() const { return m_statusLine; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    // The value of the first header with this name (case-insensitive), or a null array.
    QByteArray header(QByteArrayView name) const;
    QString errorString() const { return m_error; }

private:
    int m_status = 0;
    QByteArray m_reason;
    QByteArray m_statusLine;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QString m_error;
};

} // namespace tunnelscope
