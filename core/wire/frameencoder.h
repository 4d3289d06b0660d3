#pragma once

#include "wireframe.h"

#include <QByteArrayView>
#include <optional>

namespace tunnelscope {

// Produces RFC 6455 frames as bytes. Clients must mask (§5.3); servers must not.
class FrameEncoder
{
public:
    static QByteArray encode(quint8 opcode, QByteArrayView payload, bool fin = true, std::optional<quint32> mask = std::nullopt,
                             quint8 rsv = 0);
    static QByteArray encode(const WireFrame &frame, std::optional<quint32> mask);
    // A client frame with a fresh random mask key.
    static QByteArray encodeMasked(quint8 opcode, QByteArrayView payload, bool fin = true);
    static QByteArray closePayload(quint16 code, QByteArrayView reason = {});
};

} // namespace tunnelscope
