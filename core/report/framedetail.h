#pragma once

#include "frame.h"
#include <QCoreApplication>

namespace tunnelscope {

class SecretRedactor;

// The text a detail pane shows for one frame: pretty-printed JSON, text as text, a hex and
// ASCII dump for binary (or text that is not UTF-8), the close code and reason; Socket.IO
// packets and ComfyUI binary events decoded.
class FrameDetail
{
    Q_DECLARE_TR_FUNCTIONS(FrameDetail)

public:
    static QString describe(const Frame &frame, const SecretRedactor &redactor);
    static QString hexDump(QByteArrayView bytes, qsizetype maxBytes = 64 * 1024);
    // The encoded image a frame carries (a ComfyUI preview), for a pane to show; empty when none.
    static QByteArray previewImage(const Frame &frame, QString *format = nullptr);
};

} // namespace tunnelscope
