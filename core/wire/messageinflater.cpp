#include "messageinflater.h"

#include "recordedwords.h"
#include "wirewords.h"

#include <zlib.h>

#include <algorithm>

namespace tunnelscope {

struct MessageInflater::Stream
{
    z_stream z{};
    bool ready = false;
};

MessageInflater::MessageInflater(int windowBits, bool resetEachMessage)
    : m_stream(std::make_unique<Stream>()), m_resetEachMessage(resetEachMessage)
{
    // Negative bits: a raw DEFLATE stream, no zlib header or checksum.
    m_stream->ready = inflateInit2(&m_stream->z, -std::clamp(windowBits, 8, 15)) == Z_OK;
}

MessageInflater::~MessageInflater()
{
    if (m_stream->ready)
        inflateEnd(&m_stream->z);
}

bool MessageInflater::inflate(QByteArrayView compressed, QByteArray *out, qint64 limit, QString *error)
{
    out->clear();
    if (!m_stream->ready || m_broken) {
        *error = m_broken ? RecordedWords::english(WireWords::InflaterBroken)
                          : RecordedWords::english(WireWords::InflaterNotStarted);
        return false;
    }
    static const char tail[4] = {0x00, 0x00, char(0xff), char(0xff)};
    z_stream &z = m_stream->z;
    char chunk[16384];
    // The message's bytes, then the four the sender removed: inflate to the end of both.
    // A message that ends its stream with a final block (BFINAL) needs no tail, and what
    // follows that block is not read: the next message starts a new stream.
    bool streamEnded = false;
    for (const QByteArrayView part : {compressed, QByteArrayView(tail, 4)}) {
        if (streamEnded)
            break;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(part.data()));
        z.avail_in = uInt(part.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(chunk);
            z.avail_out = sizeof chunk;
            const int rc = ::inflate(&z, Z_SYNC_FLUSH);
            if (rc != Z_OK && rc != Z_BUF_ERROR && rc != Z_STREAM_END) {
                m_broken = true;
                *error = RecordedWords::english(RecordedWords::Zlib, QString::fromLatin1(z.msg ? z.msg : "inflate failed"));
                return false;
            }
            out->append(chunk, qsizetype(sizeof chunk - z.avail_out));
            if (out->size() > limit) {
                m_broken = true;
                *error = RecordedWords::english(WireWords::InflatesOverLimit).arg(limit);
                return false;
            }
            if (rc == Z_STREAM_END) {
                inflateReset(&z);
                streamEnded = true;
                break;
            }
            if (rc == Z_BUF_ERROR && z.avail_out != 0)
                break; // all input taken, nothing more to give
        } while (z.avail_in > 0 || z.avail_out == 0);
    }
    if (m_resetEachMessage)
        inflateReset(&z);
    return true;
}

} // namespace tunnelscope
