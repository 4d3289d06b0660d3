#pragma once

#include <QByteArray>

namespace tunnelscope {

// RFC 6455 §5.2 opcodes.
namespace Opcode {
constexpr quint8 Continuation = 0x0;
constexpr quint8 Text = 0x1;
constexpr quint8 Binary = 0x2;
constexpr quint8 Close = 0x8;
constexpr quint8 Ping = 0x9;
constexpr quint8 Pong = 0xA;
inline bool isControl(quint8 op)
{
    return op >= 0x8;
}
} // namespace Opcode

// One frame as it crossed the wire, payload already unmasked.
struct WireFrame
{
    bool fin = true;
    quint8 rsv = 0; // RSV1..3 as the low three bits (RSV1 = 0x4)
    quint8 opcode = Opcode::Text;
    bool masked = false;
    QByteArray payload;
};

} // namespace tunnelscope
