#include "frame.h"

namespace tunnelscope {

QString frameTypeName(FrameType type)
{
    switch (type) {
    case FrameType::Open:
        return QStringLiteral("open");
    case FrameType::Text:
        return QStringLiteral("text");
    case FrameType::Binary:
        return QStringLiteral("binary");
    case FrameType::Ping:
        return QStringLiteral("ping");
    case FrameType::Pong:
        return QStringLiteral("pong");
    case FrameType::Close:
        return QStringLiteral("close");
    case FrameType::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString directionName(Direction dir)
{
    return dir == Direction::In ? QStringLiteral("in") : QStringLiteral("out");
}

} // namespace tunnelscope
