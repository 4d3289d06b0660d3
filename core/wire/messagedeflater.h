#pragma once

#include <QByteArray>
#include <memory>

namespace tunnelscope {

// Compresses the messages one end sends on a permessage-deflate connection (RFC 7692 §7.2.1):
// a raw DEFLATE stream flushed at each message's end, its trailing 00 00 ff ff removed. With
// context takeover the window carries over, so the same text sent twice costs a few bytes.
class MessageDeflater
{
public:
    // `windowBits`: the agreed window (zlib cannot compress with 8: a 9-bit window is used,
    // which is why a client never offers client_max_window_bits=8 of its own accord).
    MessageDeflater(int windowBits, bool resetEachMessage);
    ~MessageDeflater();
    MessageDeflater(const MessageDeflater &) = delete;
    MessageDeflater &operator=(const MessageDeflater &) = delete;

    QByteArray deflate(QByteArrayView message);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    bool m_resetEachMessage;
};

} // namespace tunnelscope
