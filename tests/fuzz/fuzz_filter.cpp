// Frame filters as users type them, broken in every way, applied to frames of every kind:
// the parser answers with a column and a hint, never a crash or a hang, and a filter that
// parsed judges any frame.
#include "framefilter.h"
#include "secretredactor.h"

#include <cstdint>

using namespace tunnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first line is the filter; what follows, a frame's payload.
    const qsizetype newline = bytes.indexOf('\n');
    const QString expression = QString::fromUtf8(newline < 0 ? bytes : bytes.left(newline));
    const QByteArray payload
        = newline < 0 ? QByteArray(R"({"type":"auth_invalid","n":[1,2,{"x":true}]})") : bytes.mid(newline + 1);
    QString error;
    const FrameFilter filter = FrameFilter::parse(expression, &error);
    if (!error.isEmpty() && !filter.isEmpty())
        __builtin_trap(); // a mistake never leaves a half-parsed filter behind
    static const SecretRedactor redactor = [] {
        SecretRedactor r;
        r.addSecret(QStringLiteral("token"), QStringLiteral("fuzz-secret-token"));
        return r;
    }();
    for (const FrameType type : {FrameType::Text, FrameType::Binary, FrameType::Close, FrameType::Ping}) {
        FrameFilter::Subject s;
        s.frame.type = type;
        s.frame.payload = payload;
        s.frame.closeCode = 1000;
        s.frame.tUs = qint64(size) * 1000;
        s.flagged = size % 2;
        (void)filter.matches(s, redactor);
    }
    return 0;
}
