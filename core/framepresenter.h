#pragma once

#include "frame.h"

namespace tunnelscope {

class SecretRedactor;

// How a recorded frame's payload is written out: text as text, anything that is not valid
// UTF-8 as base64; always through the redactor.
class FramePresenter
{
public:
    struct Data
    {
        QString text;
        bool base64 = false;
    };

    static Data data(const Frame &frame, const SecretRedactor &redactor);
};

} // namespace tunnelscope
