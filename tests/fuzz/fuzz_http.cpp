// The upgrade answer a server (or a proxy) sends, and the requests the lab reads.
#include "httprequesthead.h"
#include "httpresponsehead.h"
#include "upgraderequest.h"

#include <QUrl>
#include <cstdint>

using namespace tunnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpResponseHead answer;
    qsizetype consumed = 0;
    if (answer.parse(bytes, &consumed) == HttpResponseHead::Result::Complete) {
        static const UpgradeRequest request(QUrl(QStringLiteral("ws://127.0.0.1:1/ws")), {}, {QStringLiteral("chat")},
                                            QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ=="));
        (void)request.checkAnswer(answer);
        (void)answer.header("Sec-WebSocket-Accept");
    }
    HttpRequestHead head;
    if (head.parse(bytes, &consumed) == HttpRequestHead::Result::Complete) {
        (void)head.isWebSocketUpgrade();
        (void)head.contentLength();
        (void)head.path();
    }
    return 0;
}
