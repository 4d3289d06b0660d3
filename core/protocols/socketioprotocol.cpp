#include "socketioprotocol.h"

#include "pathrecord.h"
#include "socketioadapter.h"
#include "socketiopacket.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace tunnelscope {

std::optional<QByteArray> SocketIoProtocol::encodeSend(const QJsonObject &send) const
{
    if (!send.contains(QStringLiteral("emit")))
        return std::nullopt;
    return SocketIoPacket::event(send.value(QStringLiteral("emit")).toArray());
}

QUrl SocketIoProtocol::connectionUrl(const QUrl &given, const QString &pathName) const
{
    Q_UNUSED(pathName);
    if (given.query().contains(QLatin1String("EIO=")))
        return given;
    // A server URL as users write it (ws://host:port) gets the Engine.IO endpoint.
    QUrl url = given;
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/socket.io/"));
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("EIO"), QStringLiteral("4"));
    query.addQueryItem(QStringLiteral("transport"), QStringLiteral("websocket"));
    url.setQuery(query);
    return url;
}

std::unique_ptr<ProtocolClient> SocketIoProtocol::client(const ClientContext &context) const
{
    // The script may connect the namespace itself (to send auth): then the adapter does not.
    const bool scriptConnects
        = context.firstStepSend.toObject().value(QStringLiteral("text")).toString().startsWith(QLatin1String("40"));
    const int version = QUrlQuery(context.options.url).queryItemValue(QStringLiteral("EIO")) == QLatin1String("3") ? 3 : 4;
    const FrameStore *frames = &context.record->frames;
    const RunClock *clock = context.clock;
    return std::make_unique<ProtocolClient>([frames, clock, version, scriptConnects](WireClient *client) {
        new SocketIoAdapter(client, frames, clock, version, !scriptConnects, client);
    });
}

bool SocketIoProtocol::keyMessage(const ReceivedMessage &message, const MessageKeys &keys, KeyedMessage *out) const
{
    if (message.binary)
        return false;
    // Packets compared decoded; Engine.IO's heartbeats are left out, like control frames.
    const QByteArrayView payload = message.payload;
    const SocketIoPacket p = SocketIoPacket::parse(payload);
    out->skip = p.isValid()
        && (p.engineType == SocketIoPacket::Ping || p.engineType == SocketIoPacket::Pong || p.engineType == SocketIoPacket::Noop);
    if (!p.isValid()) {
        out->keys.push_back(keys.hash(payload, MessageKeys::Kind::Text));
        return true;
    }
    const QByteArray canonical = QByteArray::number(p.engineType) + ':' + QByteArray::number(p.socketType) + ':'
        + p.nameSpace.toUtf8() + ':' + QByteArray::number(p.ackId) + ':' + keys.canonicalJson(p.data);
    out->keys.push_back(keys.hash(canonical, MessageKeys::Kind::Json));
    return true;
}

} // namespace tunnelscope
