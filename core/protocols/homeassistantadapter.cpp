#include "homeassistantadapter.h"

#include "framestore.h"
#include "wireclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tunnelscope {

HomeAssistantAdapter::HomeAssistantAdapter(WireClient *client, const FrameStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    connect(client, &WireClient::messageReceived, this, &HomeAssistantAdapter::onMessage);
}

void HomeAssistantAdapter::learnSentIds(qsizetype upTo)
{
    if (m_scanned < 0)
        m_scanned = m_client->record().firstFrameIndex;
    for (; m_scanned < upTo; ++m_scanned) {
        const Frame f = m_store->at(m_scanned);
        if (f.dir != Direction::Out || f.type != FrameType::Text || !f.payload.contains(QByteArrayView("\"id\"")))
            continue;
        const QJsonValue id = QJsonDocument::fromJson(f.payload.toByteArray()).object().value(QStringLiteral("id"));
        if (id.isDouble())
            m_sentIds.insert(qint64(id.toDouble()));
    }
}

void HomeAssistantAdapter::onMessage(qsizetype frameIndex)
{
    if (!m_client)
        return;
    const Frame f = m_store->at(frameIndex);
    if (f.type == FrameType::Binary) {
        m_client->recordViolation(QStringLiteral("frame %1 is binary: Home Assistant sends JSON text only, and its frontend "
                                                 "cannot read this message")
                                      .arg(frameIndex));
        return;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.payload.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError)
        return;
    if (doc.isArray()) {
        const QJsonArray items = doc.array();
        for (const QJsonValue &item : items) {
            if (!item.isObject()) {
                m_client->recordViolation(
                    QStringLiteral("frame %1 is a JSON array with an item that is not a message object").arg(frameIndex));
                return;
            }
        }
        for (const QJsonValue &item : items)
            check(frameIndex, item.toObject());
        return;
    }
    check(frameIndex, doc.object());
}

void HomeAssistantAdapter::check(qsizetype frameIndex, const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type.isEmpty()) {
        m_client->recordViolation(QStringLiteral("frame %1 is not a Home Assistant message: no string \"type\"").arg(frameIndex));
        return;
    }
    if (type != QLatin1String("result") && type != QLatin1String("pong"))
        return;
    const QJsonValue idValue = message.value(QStringLiteral("id"));
    if (!idValue.isDouble()) {
        m_client->recordViolation(QStringLiteral("frame %1: a %2 without a numeric id").arg(frameIndex).arg(type));
        return;
    }
    const qint64 id = qint64(idValue.toDouble());
    learnSentIds(frameIndex);
    if (!m_sentIds.contains(id))
        m_client->recordViolation(
            QStringLiteral("frame %1: a %2 for id %3, which this client never sent").arg(frameIndex).arg(type).arg(id));
    else if (m_answeredIds.contains(id))
        m_client->recordViolation(QStringLiteral("frame %1: a second %2 for id %3; the frontend would resolve the command twice")
                                      .arg(frameIndex)
                                      .arg(type)
                                      .arg(id));
    m_answeredIds.insert(id);
}

} // namespace tunnelscope
