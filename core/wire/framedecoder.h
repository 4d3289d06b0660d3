#pragma once

#include "wireframe.h"

#include <QByteArrayView>
#include <QIODevice>
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

    // Owned payloads are copies a caller may keep. Borrowed payloads point into the decoder's
    // buffer and are valid only until the next append() or readFrom(): the capture path uses
    // them to store each payload with one copy instead of two.
    enum class Payloads { Owned, Borrowed };

    explicit FrameDecoder(Masking masking = Masking::FromServer, bool strict = true, qint64 maxPayload = qint64(64) << 20,
                          Payloads payloads = Payloads::Owned);

    void append(QByteArrayView bytes);
    // Reads what the device has straight into the buffer (no temporary); returns the bytes read.
    qint64 readFrom(QIODevice *device);
    Result next(WireFrame *frame);
    // Reserved bits an extension negotiated for this connection may set (RSV1 = 0x4 for
    // permessage-deflate, on the first frame of a data message only, RFC 7692 §6).
    void allowReservedBits(quint8 rsv) { m_allowedRsv = rsv; }

    QString errorString() const { return m_error; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    // The bytes not yet consumed (after an error: from the offending frame on).
    QByteArray takeBuffered();

private:
    Result fail(const QString &why);
    void dropConsumed();

    Masking m_masking;
    bool m_strict;
    qint64 m_maxPayload;
    Payloads m_payloads;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    quint8 m_allowedRsv = 0;
    QString m_error;
};

} // namespace tunnelscope
