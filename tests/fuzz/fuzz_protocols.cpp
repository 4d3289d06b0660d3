// The protocol decoders from bytes: Socket.IO / Engine.IO packets, ComfyUI binary events, and
// the detail pane's reading of any frame (JSON, Home Assistant types, Socket.IO, ComfyUI,
// close payloads, hex), plus message patterns matched against it.
#include "comfyuibinary.h"
#include "framedetail.h"
#include "framestore.h"
#include "messagematcher.h"
#include "secretredactor.h"
#include "socketiopacket.h"

#include <QJsonObject>
#include <cstdint>

using namespace tunnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SocketIoPacket packet = SocketIoPacket::parse(bytes);
    (void)packet.eventName();
    const ComfyUiBinary binary = ComfyUiBinary::parse(bytes);
    (void)binary.describe();

    static const SecretRedactor redactor;
    FrameStore store;
    for (const FrameType type : {FrameType::Text, FrameType::Binary, FrameType::Close})
        store.append(1000, type, Direction::In, bytes, 1, 0);
    for (qsizetype i = 0; i < store.count(); ++i) {
        (void)FrameDetail::describe(store.at(i), redactor);
        (void)FrameDetail::previewImage(store.at(i));
    }
    QString error;
    static const auto matcher = MessageMatcher::compile(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth_ok")}}, &error);
    static const auto event = MessageMatcher::compile(QJsonObject{{QStringLiteral("event"), QStringLiteral("chat")}}, &error);
    (void)matcher->matches(bytes);
    (void)event->matches(bytes);
    return 0;
}
