#include "homeassistantprotocol.h"
#include "runclock.h"

#include "homeassistantadapter.h"
#include "pathrecord.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tunnelscope {

std::unique_ptr<ProtocolClient> HomeAssistantProtocol::client(const ClientContext &context) const
{
    const FrameStore *frames = &context.record->frames;
    return std::make_unique<ProtocolClient>([frames](WireClient *client) { new HomeAssistantAdapter(client, frames, client); });
}

bool HomeAssistantProtocol::keyMessage(const ReceivedMessage &message, const MessageKeys &keys, KeyedMessage *out) const
{
    // Coalesced messages (a JSON array of them) are compared one by one.
    if (message.binary || !message.jsonLike || !message.body.trimmed().startsWith('['))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(message.body.toByteArray());
    const QJsonArray items = doc.array();
    bool allObjects = doc.isArray() && !items.isEmpty();
    for (const QJsonValue &item : items)
        allObjects = allObjects && item.isObject();
    if (!allObjects)
        return false;
    out->coalesced = true;
    for (const QJsonValue &item : items)
        out->keys.push_back(keys.hash(keys.canonicalJson(item), MessageKeys::Kind::Json));
    return true;
}

// Home Assistant closes a connection that has not authenticated 10 s after it opened. When
// a path's connection ended in the auth phase that long after auth_required, say so.
Sentence HomeAssistantProtocol::explainServerClose(const PathRecord &p) const
{
    if (p.connections.isEmpty())
        return Sentence();
    const ConnectionRecord &c = p.connections.last();
    qint64 requiredUs = -1, authUs = -1;
    for (qsizetype i = c.firstFrameIndex; i < p.frames.count(); ++i) {
        const Frame f = p.frames.at(i);
        if (f.type != FrameType::Text)
            continue;
        const QByteArrayView b = f.payload;
        if (f.dir == Direction::In
            && (b.contains(QByteArrayView("\"auth_ok\"")) || b.contains(QByteArrayView("\"auth_invalid\""))))
            return Sentence(); // past the auth phase
        if (f.dir == Direction::In && requiredUs < 0 && b.contains(QByteArrayView("\"auth_required\"")))
            requiredUs = f.tUs;
        if (f.dir == Direction::Out && authUs < 0 && b.contains(QByteArrayView("\"auth\"")))
            authUs = f.tUs;
    }
    const qint64 endUs = c.close.endedUs;
    const qint64 openUs = c.handshake.answerUs;
    if (requiredUs < 0 || endUs < 0 || openUs < 0 || endUs - openUs < 9'500'000)
        return Sentence();
    return authUs < 0
        ? Sentence::translate("HomeAssistantProtocol",
                              "Home Assistant closes a connection that has not authenticated "
                              "within 10 s; auth_required came %1 s after the upgrade and the "
                              "client never sent auth")
              .arg(Sentence::number(RunClock::toSeconds(requiredUs - openUs), 1))
        : Sentence::translate("HomeAssistantProtocol",
                              "Home Assistant closes a connection that has not authenticated within 10 s; through this "
                              "path auth_required came %1 s after the upgrade and the client's auth went out %2 s after "
                              "it: the tunnel delays the auth exchange past HA's auth timeout")
              .arg(Sentence::number(RunClock::toSeconds(requiredUs - openUs), 1),
                   Sentence::number(RunClock::toSeconds(authUs - requiredUs), 1));
}

} // namespace tunnelscope
