#include "runclock.h"

#include <QDateTime>

namespace tunnelscope {

qint64 RunClock::originEpochMs() const
{
    return QDateTime::currentMSecsSinceEpoch() - nowUs() / 1000;
}

} // namespace tunnelscope
