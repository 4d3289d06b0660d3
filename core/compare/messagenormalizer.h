#pragma once

#include "profile.h"

#include <QByteArray>
#include <vector>

namespace tunnelscope {

struct PathRecord;

// A received message as the diff sees it: one data frame, or one item of a frame that
// carries a JSON array of messages (Home Assistant's coalesced frames).
struct NormalizedMessage
{
    qsizetype frame = 0;   // index in the path's FrameStore
    int item = -1;         // index in the coalesced array; -1 for the whole frame
    quint64 key = 0;       // what alignment compares: content hash, ignore_fields removed
    qint64 tUs = 0;        // arrival
    qint64 reactionUs = 0; // arrival minus the path's reference before it: the last data frame
                           // the client sent, or the upgrade
    int connection = 0;    // which of the path's connections it came on (0: the first)
    int reference = 0;     // which reference on that connection (0: the upgrade, 1: the first send…)

    // Whether two messages' reaction times measure the same thing: the same connection of each
    // path and the same reference on it. After one path reconnected, its script started over
    // and its reactions are timed from another event: comparing them would make up latency.
    bool reactsLike(const NormalizedMessage &other) const
    {
        return connection == other.connection && reference == other.reference;
    }
};

// Turns a path's received frames into comparable messages: JSON compared canonically minus
// `compare.ignore_fields` at any depth, text as text, binary by content; control frames left
// out (and so are Socket.IO's ping/pong packets). A trailing record separator (0x1E, as SignalR and Engine.IO polling use) is
// framing, not content.
class MessageNormalizer
{
public:
    // The protocol keys its own messages where it knows better (Protocol::keyMessage: Socket.IO
    // packets decoded, Home Assistant's coalesced arrays item by item, ComfyUI's previews by
    // type) and adds the fields that differ by design to those ignored.
    MessageNormalizer(const CompareSpec &compare, const Protocol &protocol);

    std::vector<NormalizedMessage> normalize(const PathRecord &path) const;

    // The bytes a message is compared by. Sets `isJson` when they are canonical JSON.
    QByteArray canonical(QByteArrayView payload, bool *isJson = nullptr) const;
    static quint64 hash(QByteArrayView bytes, quint8 kind);
    // Whether fields are left out of the comparison (the profile's, or the protocol's own).
    bool ignoresFields() const { return !m_ignore.isEmpty(); }
    static QByteArrayView withoutRecordSeparator(QByteArrayView payload);

private:
    QJsonValue stripped(const QJsonValue &v) const;

    class Keys; // the canonical forms lent to the protocol

    QStringList m_ignore;
    const Protocol &m_protocol;
    bool m_byContent; // JSON compared canonically even when no field is ignored
};

} // namespace tunnelscope
