#include "messagedeflater.h"

#include <zlib.h>

#include <algorithm>

namespace tunnelscope {

struct MessageDeflater::Stream
{
    z_stream z{};
    bool ready = false;
};

MessageDeflater::MessageDeflater(int windowBits, bool resetEachMessage)
    : m_stream(std::make_unique<Stream>()), m_resetEachMessage(resetEachMessage)
{
    m_stream->ready
        = deflateInit2(&m_stream->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -std::clamp(windowBits, 9, 15), 8, Z_DEFAULT_STRATEGY)
        == Z_OK;
}

MessageDeflater::~MessageDeflater()
{
    if (m_stream->ready)
        deflateEnd(&m_stream->z);
}

QByteArray MessageDeflater::deflate(QByteArrayView message)
{
    QByteArray out;
    if (!m_stream->ready)
        return out;
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(message.data()));
    z.avail_in = uInt(message.size());
    char chunk[16384];
    do {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        ::deflate(&z, Z_SYNC_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
    } while (z.avail_out == 0);
    // A sync flush ends with an empty stored block, 00 00 ff ff, which the receiver adds back.
    if (out.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)))
        out.chop(4);
    if (m_resetEachMessage)
        deflateReset(&z);
    return out;
}

} // namespace tunnelscope
