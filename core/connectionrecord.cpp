#include "connectionrecord.h"

namespace tunnelscope {

QString CloseRecord::initiatorName(Initiator i)
{
    switch (i) {
    case Initiator::Client: return QStringLiteral("client");
    case Initiator::Server: return QStringLiteral("server");
    case Initiator::None: break;
    }
    return QStringLiteral("none");
}

} // namespace tunnelscope
