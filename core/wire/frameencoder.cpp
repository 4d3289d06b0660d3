#include "frameencoder.h"

#include "framemask.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace tunnelscope {

QByteArray FrameEncoder::encode(quint8 opcode, QByteArrayView payload, bool fin, std::optional<quint32> mask, quint8 rsv)
{
    const quint64 len = quint64(payload.size());
    QByteArray out;
    out.reserve(qsizetype(len) + 14);
    out.append(char((fin ? 0x80 : 0) | ((rsv & 0x7) << 4) | (opcode & 0x0F)));
    const char maskBit = mask ? char(0x80) : char(0);
    if (len < 126) {
        out.append(char(maskBit | char(len)));
    } else if (len <= 0xFFFF) {
        out.append(char(maskBit | 126));
        char ext[2];
        qToBigEndian(quint16(len), ext);
        out.append(ext, 2);
    } else {
        out.append(char(maskBit | 127));
        char ext[8];
        qToBigEndian(len, ext);
        out.append(ext, 8);
    }
    if (!mask) {
        out.append(payload.data(), payload.size());
        return out;
    }
    char key[4];
    qToBigEndian(*mask, key);
    out.append(key, 4);
    const qsizetype start = out.size();
    out.append(payload.data(), payload.size());
    FrameMask::apply(out.data() + start, qsizetype(len), key);
    return out;
}

QByteArray FrameEncoder::encode(const WireFrame &frame, std::optional<quint32> mask)
{
    return encode(frame.opcode, frame.payload, frame.fin, mask, frame.rsv);
}

QByteArray FrameEncoder::encodeMasked(quint8 opcode, QByteArrayView payload, bool fin)
{
    return encode(opcode, payload, fin, QRandomGenerator::global()->generate());
}

QByteArray FrameEncoder::closePayload(quint16 code, QByteArrayView reason)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian(code, out.data());
    out.append(reason.data(), reason.size());
    return out;
}

} // namespace tunnelscope
