// The frame codec from bytes a server could send: frames parsed in the pieces TCP might cut
// them into, messages assembled, close payloads read. Anything but a clean error is a bug.
#include "closepayload.h"
#include "framedecoder.h"
#include "messageassembler.h"

#include <cstdint>

using namespace tunnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses how the stream is cut and how strict the decoder is.
    const qsizetype piece = 1 + data[0] % 64;
    const bool strict = data[0] & 0x80;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    FrameDecoder decoder(strict ? FrameDecoder::Masking::FromServer : FrameDecoder::Masking::Any, strict, 1 << 20);
    MessageAssembler assembler(1 << 20);
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        decoder.append(bytes.sliced(at, std::min(piece, bytes.size() - at)));
        WireFrame frame;
        for (;;) {
            const auto result = decoder.next(&frame);
            if (result != FrameDecoder::Result::Frame)
                break;
            if (frame.opcode == Opcode::Close)
                (void)ClosePayload::parse(frame.payload);
            WireMessage message;
            if (assembler.push(std::move(frame), &message) == MessageAssembler::Result::Error)
                return 0;
        }
        if (!decoder.errorString().isEmpty())
            break;
    }
    return 0;
}
