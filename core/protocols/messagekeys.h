#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <vector>

namespace tunnelscope {

// The comparison's canonical forms, lent to a protocol that keys its own messages: JSON
// compact with the ignored fields removed at any depth, and the hash messages are matched by.
class MessageKeys
{
public:
    enum class Kind : quint8 { Text = 1, Binary = 2, Json = 3 };

    virtual ~MessageKeys() = default;
    // Compact JSON of an object or array minus the ignored fields; empty for anything else.
    virtual QByteArray canonicalJson(const QJsonValue &value) const = 0;
    virtual quint64 hash(QByteArrayView bytes, Kind kind) const = 0;
};

// One received data message, as the comparison sees it.
struct ReceivedMessage
{
    QByteArrayView payload;
    QByteArrayView body; // the payload without a trailing record separator (0x1E)
    bool binary = false;
    bool jsonLike = false; // the body starts, after blanks, with '{' or '['
};

// What a protocol makes of one received data message for the comparison.
struct KeyedMessage
{
    bool skip = false;             // not compared at all (a heartbeat packet, a queue status)
    bool restartsReaction = false; // what follows reacts to this message, not to the client's last send
    bool coalesced = false;        // several messages in one frame: a key per item
    std::vector<quint64> keys;
};

} // namespace tunnelscope
