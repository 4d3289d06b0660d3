#pragma once

#include "frame.h"

namespace tunnelscope {

class SecretRedactor;

// The text a detail pane shows for one frame: pretty-printed JSON, text as text, a hex and
// ASCII dump for binary (or text that is not UTF-8), the close code and reason.
class FrameDetail
{
public:
    static QString describe(const Frame &frame, const SecretRedactor &redactor);
    static QString hexDump(QByteArrayView bytes, qsizetype maxBytes = 64 * 1024);
};

} // namespace tunnelscope
