#pragma once

#include <QByteArrayView>
#include <QString>

namespace tunnelscope {

// UTF-8 as it was on the wire. QString::fromUtf8 drops a leading byte order mark, which is
// exactly what a diagnostic tool must show, so payloads are decoded with this instead.
QString decodeUtf8(QByteArrayView bytes);
bool isValidUtf8(QByteArrayView bytes);
// At most maxChars characters, ending with "…" where it was cut: a reader (and the secret
// redactor, which hides a secret's start before a cut) can tell a preview from the whole.
QString clipped(const QString &text, qsizetype maxChars);

} // namespace tunnelscope
