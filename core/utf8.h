#pragma once

#include <QByteArrayView>
#include <QString>

namespace tunnelscope {

// UTF-8 as it was on the wire. QString::fromUtf8 drops a leading byte order mark, which is
// exactly what a diagnostic tool must show, so payloads are decoded with this instead.
QString decodeUtf8(QByteArrayView bytes);
bool isValidUtf8(QByteArrayView bytes);

} // namespace tunnelscope
