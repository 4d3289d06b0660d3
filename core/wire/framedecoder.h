#pragma once

#include "wireframe.h"

#include <QByteArrayView>
#include <QString>

namespace tunnelscope {

// Parses RFC 6455 frames from bytes as they arrive; knows nothing of sockets.
// Strict mode enforces the frame rules a client must enforce (§5.1–5.5); the lab tunnel
// decodes leniently because it must pass on whatever a peer sends.
class FrameDecoder
{
public:
    enum class Masking { FromServer, FromClient, Any };
    enum class Result { Frame, NeedMore, Error };

    explicit FrameDecoder(Masking masking = Masking::FromServer, bool strict = true, qint64 maxPayload = qint64(64) << 20);

    void append(QByteArrayView bytes);
    Result next(WireFrame *frame);

    QString errorString() const { return m_error; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    // The bytes not yet consumed (after an error: from the offending frame on).
    QByteArray takeBuffered();

private:
    Result fail(const QString &why);

    Masking m_masking;
    bool m_strict;
    qint64 m_maxPayload;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace tunnelscope
