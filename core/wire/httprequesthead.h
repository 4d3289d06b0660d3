#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tunnelscope {

// The request line and headers of an HTTP/1.1 request, parsed from bytes as they arrive.
// The lab endpoints and the fault tunnel use it to tell a WebSocket upgrade from a plain
// HTTP request (ComfyUI serves both on one port).
class HttpRequestHead
{
public:
    enum class Result { Complete, NeedMore, Error };

    static constexpr qsizetype MaxSize = 64 * 1024;

    // On Complete, `consumed` is the size of the head including the blank line.
    Result parse(QByteArrayView bytes, qsizetype *consumed);

    QByteArray method() const { return m_method; }
    QByteArray target() const { return m_target; } // path and query, as sent
    QByteArray path() const;                       // target without the query
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const; // first match, case-insensitive
    bool isWebSocketUpgrade() const;
    qint64 contentLength() const; // 0 when absent, -1 when invalid
    QString errorString() const { return m_error; }

private:
    QByteArray m_method;
    QByteArray m_target;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QString m_error;
};

} // namespace tunnelscope
