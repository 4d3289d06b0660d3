#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace tunnelscope {

// Inflates the messages of one direction of a permessage-deflate connection (RFC 7692 §7.2.2):
// each message's payload is a raw DEFLATE stream that was flushed and lost its last four bytes
// (00 00 ff ff). With context takeover the window carries over from message to message, so
// one inflater serves a whole connection, in order.
class MessageInflater
{
public:
    // `windowBits`: the largest window the peer agreed to compress with (8..15);
    // `resetEachMessage`: the peer agreed to no context takeover.
    MessageInflater(int windowBits, bool resetEachMessage);
    ~MessageInflater();
    MessageInflater(const MessageInflater &) = delete;
    MessageInflater &operator=(const MessageInflater &) = delete;

    // False with `error` set (zlib's words) when the bytes are not a valid DEFLATE stream, or
    // when they inflate to more than `limit` bytes (a decompression bomb).
    bool inflate(QByteArrayView compressed, QByteArray *out, qint64 limit, QString *error);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    bool m_resetEachMessage;
    bool m_broken = false;
};

} // namespace tunnelscope
