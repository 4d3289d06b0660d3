#include "framedecoder.h"

#include "framemask.h"
#include "recordedwords.h"
#include "wirewords.h"

#include <QtEndian>
#include <cstring>

namespace tunnelscope {

FrameDecoder::FrameDecoder(Masking masking, bool strict, qint64 maxPayload, Payloads payloads)
    : m_masking(masking), m_strict(strict), m_maxPayload(maxPayload), m_payloads(payloads)
{ }

void FrameDecoder::dropConsumed()
{
    // Only the unconsumed tail moves (at most the frame still arriving), and the buffer keeps
    // its capacity: a connection reuses the same memory for every read instead of faulting in
    // fresh pages.
    if (m_pos == 0)
        return;
    const qsizetype rest = m_buffer.size() - m_pos;
    if (rest > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, std::size_t(rest));
    m_buffer.resize(rest);
    m_pos = 0;
}

void FrameDecoder::append(QByteArrayView bytes)
{
    dropConsumed();
    m_buffer.append(bytes.data(), bytes.size());
}

qint64 FrameDecoder::readFrom(QIODevice *device)
{
    dropConsumed();
    const qint64 available = device->bytesAvailable();
    if (available <= 0)
        return 0;
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + qsizetype(available));
    const qint64 read = device->read(m_buffer.data() + before, available);
    m_buffer.resize(before + qsizetype(std::max<qint64>(read, 0)));
    return std::max<qint64>(read, 0);
}

QByteArray FrameDecoder::takeBuffered()
{
    QByteArray rest = m_buffer.mid(m_pos);
    m_buffer.clear();
    m_pos = 0;
    return rest;
}

FrameDecoder::Result FrameDecoder::fail(const QString &why)
{
    m_error = why;
    return Result::Error;
}

FrameDecoder::Result FrameDecoder::next(WireFrame *frame)
{
    if (!m_error.isEmpty())
        return Result::Error;
    const qsizetype avail = m_buffer.size() - m_pos;
    if (avail < 2)
        return Result::NeedMore;
    const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + m_pos);
    const bool fin = p[0] & 0x80;
    const quint8 rsv = (p[0] >> 4) & 0x7;
    const quint8 opcode = p[0] & 0x0F;
    const bool masked = p[1] & 0x80;
    quint64 len = p[1] & 0x7F;
    qsizetype header = 2;

    if (m_strict) {
        if (rsv & ~m_allowedRsv)
            return fail(RecordedWords::english(WireWords::ReservedBitsSet).arg(rsv, 0, 16));
        if (rsv && (Opcode::isControl(opcode) || opcode == Opcode::Continuation))
            return fail(RecordedWords::english(WireWords::Rsv1OnControlOrContinuation)
                            .arg(Opcode::isControl(opcode) ? QStringLiteral("control") : QStringLiteral("continuation")));
        if ((opcode >= 0x3 && opcode <= 0x7) || opcode >= 0xB)
            return fail(RecordedWords::english(WireWords::ReservedOpcode).arg(opcode, 0, 16));
        if (Opcode::isControl(opcode) && !fin)
            return fail(RecordedWords::english(WireWords::FragmentedControlFrame).arg(opcode, 0, 16));
        if (Opcode::isControl(opcode) && len > 125)
            return fail(RecordedWords::english(WireWords::ControlFrameTooLong).arg(len));
        if (m_masking == Masking::FromServer && masked)
            return fail(RecordedWords::english(WireWords::MaskedFromServer));
        if (m_masking == Masking::FromClient && !masked)
            return fail(RecordedWords::english(WireWords::UnmaskedFromClient));
    }

    if (len == 126) {
        if (avail < 4)
            return Result::NeedMore;
        len = qFromBigEndian<quint16>(p + 2);
        header = 4;
    } else if (len == 127) {
        if (avail < 10)
            return Result::NeedMore;
        len = qFromBigEndian<quint64>(p + 2);
        header = 10;
        if (len >> 63)
            return fail(RecordedWords::english(WireWords::LengthTopBitSet));
    }
    if (len > quint64(m_maxPayload))
        return fail(RecordedWords::english(WireWords::FrameOverLimit).arg(len).arg(m_maxPayload));
    const qsizetype maskAt = header;
    if (masked)
        header += 4;
    if (quint64(avail) < quint64(header) + len)
        return Result::NeedMore;

    frame->fin = fin;
    frame->rsv = rsv;
    frame->opcode = opcode;
    frame->masked = masked;
    if (m_payloads == Payloads::Borrowed) {
        // Unmasked in place: these bytes are consumed by this call and read by no one else.
        char *start = m_buffer.data() + m_pos + header;
        if (masked)
            FrameMask::apply(start, qsizetype(len), m_buffer.constData() + m_pos + maskAt);
        frame->payload = QByteArray::fromRawData(start, qsizetype(len));
    } else {
        frame->payload = m_buffer.mid(m_pos + header, qsizetype(len));
        if (masked)
            FrameMask::apply(frame->payload.data(), qsizetype(len), reinterpret_cast<const char *>(p + maskAt));
    }
    m_pos += header + qsizetype(len);
    return Result::Frame;
}

} // namespace tunnelscope
