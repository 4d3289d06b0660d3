#include "framepresenter.h"

#include "secretredactor.h"
#include "utf8.h"

namespace tunnelscope {

FramePresenter::Data FramePresenter::data(const Frame &frame, const SecretRedactor &redactor)
{
    const QByteArrayView bytes = frame.type == FrameType::Close ? frame.closeReason() : frame.payload;
    if (frame.type == FrameType::Binary || !isValidUtf8(bytes)) {
        const SecretRedactor::Masked masked = redactor.mask(bytes);
        return Data{QString::fromLatin1(masked.bytes.toBase64()), true, masked.maskedBytes};
    }
    return Data{decodeUtf8(redactor.redact(bytes.toByteArray())), false, 0};
}

} // namespace tunnelscope
