#include "framepresenter.h"

#include "closepayload.h"
#include "secretredactor.h"
#include "utf8.h"

namespace tunnelscope {

FramePresenter::Data FramePresenter::data(const Frame &frame, const SecretRedactor &redactor)
{
    const QByteArray bytes = frame.type == FrameType::Close ? frame.closeReason().toByteArray()
                                                            : frame.payload.toByteArray();
    if (frame.type == FrameType::Binary || !isValidUtf8(bytes))
        return Data{QString::fromLatin1(bytes.toBase64()), true};
    return Data{redactor.redact(decodeUtf8(bytes)), false};
}

} // namespace tunnelscope
