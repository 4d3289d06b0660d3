#include "messageassembler.h"

#include "recordedwords.h"
#include "wirewords.h"
namespace tunnelscope {

MessageAssembler::Result MessageAssembler::push(WireFrame frame, WireMessage *out)
{
    if (Opcode::isControl(frame.opcode)) {
        *out = WireMessage{frame.opcode, std::move(frame.payload), 1, false};
        return Result::Message;
    }
    if (frame.opcode == Opcode::Continuation) {
        if (m_fragments == 0) {
            m_error = RecordedWords::english(WireWords::ContinuationWithoutMessage);
            return Result::Error;
        }
    } else {
        if (m_fragments > 0) {
            m_error = RecordedWords::english(WireWords::DataFrameInsideFragments).arg(frame.opcode, 0, 16);
            return Result::Error;
        }
        m_opcode = frame.opcode;
        m_compressed = frame.rsv & 0x4;
        m_payload.clear();
    }
    if (m_payload.size() + frame.payload.size() > m_maxMessage) {
        m_error = RecordedWords::english(WireWords::MessageOverLimit).arg(m_maxMessage);
        return Result::Error;
    }
    ++m_fragments;
    if (m_fragments == 1 && frame.fin) {
        // The common case: one frame, no copy.
        *out = WireMessage{m_opcode, std::move(frame.payload), 1, m_compressed};
        m_fragments = 0;
        return Result::Message;
    }
    // A deep copy: the frame's payload may borrow the decoder's buffer.
    m_payload.append(frame.payload.constData(), frame.payload.size());
    if (!frame.fin)
        return Result::Pending;
    *out = WireMessage{m_opcode, std::move(m_payload), m_fragments, m_compressed};
    m_payload = QByteArray();
    m_fragments = 0;
    return Result::Message;
}

} // namespace tunnelscope
