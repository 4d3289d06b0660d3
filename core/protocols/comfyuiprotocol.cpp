#include "comfyuiprotocol.h"

#include "comfyuiadapter.h"
#include "comfyuibinary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace tunnelscope {

QUrl ComfyUiProtocol::connectionUrl(const QUrl &given, const QString &pathName) const
{
    if (given.isEmpty())
        return given;
    // ComfyUI sends a client's messages to its newest socket only: the two paths need client
    // ids of their own, or one would silence the other.
    QUrl url = given;
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/ws"));
    QUrlQuery query(url);
    const QString id = query.queryItemValue(QStringLiteral("clientId"));
    query.removeAllQueryItems(QStringLiteral("clientId"));
    query.addQueryItem(QStringLiteral("clientId"),
                       id.isEmpty() ? QStringLiteral("tunnelscope-%1-%2")
                                          .arg(pathName)
                                          .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                                    : id + QLatin1Char('-') + pathName);
    url.setQuery(query);
    return url;
}

QString ComfyUiProtocol::checkSend(const QJsonObject &send) const
{
    if (send.size() != 1 || !send.value(QStringLiteral("queue_prompt")).isObject()
        || send.value(QStringLiteral("queue_prompt")).toObject().isEmpty())
        return QCoreApplication::translate("ComfyUiProtocol",
                                           "queue_prompt: expected {\"queue_prompt\": {workflow nodes in API "
                                           "format}} and nothing beside it");
    return QString();
}

std::unique_ptr<ProtocolClient> ComfyUiProtocol::client(const ClientContext &context) const
{
    return std::make_unique<ComfyUiAdapter>(context.options, context.clock, context.record);
}

QStringList ComfyUiProtocol::ignoredFields() const
{
    // Each path queues its own prompt: these differ by design.
    return {QStringLiteral("prompt_id"), QStringLiteral("sid"), QStringLiteral("timestamp"), QStringLiteral("filename")};
}

QList<QJsonObject> ComfyUiProtocol::criticalMessages() const
{
    // A ComfyUI front end learns from these alone that its prompt is done.
    return {QJsonObject{{QStringLiteral("type"),
                         QJsonArray{QStringLiteral("executed"), QStringLiteral("execution_success"),
                                    QStringLiteral("execution_error"), QStringLiteral("execution_interrupted")}}}};
}

bool ComfyUiProtocol::keyMessage(const ReceivedMessage &message, const MessageKeys &keys, KeyedMessage *out) const
{
    const QByteArrayView payload = message.payload;
    if (message.binary) {
        // Each prompt renders its own previews: compared by event type and image format.
        const ComfyUiBinary b = ComfyUiBinary::parse(payload);
        if (!b.isValid()) {
            out->keys.push_back(keys.hash(payload, MessageKeys::Kind::Binary));
            return true;
        }
        QByteArray key = "comfyui:" + QByteArray::number(b.type) + ':' + b.imageFormat.toLatin1();
        if (b.type == ComfyUiBinary::Text)
            key += ':' + b.nodeId.toUtf8() + ':' + b.text.toUtf8();
        out->keys.push_back(keys.hash(key, MessageKeys::Kind::Binary));
        return true;
    }
    if (!message.jsonLike)
        return false;
    // Parsed once: the type decides what counts, the rest is compared canonically.
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(message.body.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QString type = doc.object().value(QStringLiteral("type")).toString();
    // The shared queue's length: it differs by design between two paths' prompts.
    out->skip = type == QLatin1String("status");
    // A prompt's messages react to its start, not to the queue it waited in: a real ComfyUI
    // runs the second path's prompt after the first.
    out->restartsReaction = type == QLatin1String("execution_start");
    out->keys.push_back(keys.hash(keys.canonicalJson(doc.object()), MessageKeys::Kind::Json));
    return true;
}

} // namespace tunnelscope
