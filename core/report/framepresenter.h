#pragma once

#include "frame.h"

namespace tunnelscope {

class SecretRedactor;

// How a recorded frame's payload is written out: text as text (each secret replaced by
// «redacted:NAME»), anything that is not valid UTF-8 as base64 of the bytes with each
// secret byte masked in place, so sizes and offsets stay those of the wire.
class FramePresenter
{
public:
    struct Data
    {
        QString text;
        bool base64 = false;
        qsizetype maskedBytes = 0; // base64 only: bytes replaced by SecretRedactor::MaskByte
    };

    static Data data(const Frame &frame, const SecretRedactor &redactor);
};

} // namespace tunnelscope
