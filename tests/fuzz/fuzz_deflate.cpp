// permessage-deflate from what a server (or a tunnel in front of it) could send: its
// Sec-WebSocket-Extensions answer read against an offer, and compressed messages inflated one
// after another with the window carried over. Anything but a clean error is a bug, and no
// input may inflate past the limit.
#include "deflateagreement.h"
#include "deflateoffer.h"
#include "messageinflater.h"
#include "websocketextensions.h"

#include <cstdint>
#include <cstdlib>

using namespace tunnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (mode & 0x80) {
        // A header: read as an answer to two offers, and as a client's request.
        QList<WebSocketExtensions::Extension> extensions;
        QString error;
        (void)WebSocketExtensions::parse(bytes, &extensions, &error);
        DeflateOffer browser;
        browser.clientMaxWindowBits = 0;
        DeflateOffer strict{true, true, 10, 11};
        for (const DeflateOffer &offer : {browser, strict})
            if (const auto agreed = DeflateAgreement::fromAnswer(bytes, offer, &error))
                if (agreed->serverMaxWindowBits < 8 || agreed->serverMaxWindowBits > 15 || agreed->clientMaxWindowBits < 8
                    || agreed->clientMaxWindowBits > 15)
                    std::abort();
        if (const auto offer = DeflateOffer::fromRequest(bytes))
            (void)offer->accepted().header();
        return 0;
    }
    // Messages separated by 0xFE 0xFE (a byte pair DEFLATE output may contain too: any cut will do).
    constexpr qint64 Limit = 1 << 20;
    MessageInflater inflater(8 + mode % 8, mode & 0x40);
    qsizetype from = 0;
    while (from <= bytes.size()) {
        qsizetype end = QByteArrayView(bytes).indexOf(QByteArrayView("\xfe\xfe", 2), from);
        if (end < 0)
            end = bytes.size();
        QByteArray out;
        QString error;
        const bool ok = inflater.inflate(bytes.sliced(from, end - from), &out, Limit, &error);
        if (out.size() > Limit + 16384 || (!ok && error.isEmpty()))
            std::abort();
        if (!ok)
            break;
        from = end + 2;
    }
    return 0;
}
