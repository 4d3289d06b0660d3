#pragma once

#include "protocol.h"

namespace tunnelscope {

// Plain frames: the script's sends are the frames, and messages are compared as they came.
class RawProtocol : public Protocol
{
public:
    QString name() const override { return QStringLiteral("raw"); }
};

} // namespace tunnelscope
