#include "homeassistantadapter.h"

#include "framestore.h"
#include "recordedwords.h"
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
        m_client->recordViolation(RecordedWords::english(RecordedWords::HaBinary, frameIndex));
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
                m_client->recordViolation(RecordedWords::english(RecordedWords::HaArrayItem, frameIndex));
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
        m_client->recordViolation(RecordedWords::english(RecordedWords::NotHaMessage, frameIndex));
        return;
    }
    if (type != QLatin1String("result") && type != QLatin1String("pong"))
        return;
    const QJsonValue idValue = message.value(QStringLiteral("id"));
    if (!idValue.isDouble()) {
        m_client->recordViolation(RecordedWords::english(RecordedWords::HaNoId, frameIndex, type));
        return;
    }
    const qint64 id = qint64(idValue.toDouble());
    learnSentIds(frameIndex);
    if (!m_sentIds.contains(id))
        m_client->recordViolation(RecordedWords::english(RecordedWords::HaUnknownId, frameIndex, type, id));
    else if (m_answeredIds.contains(id))
        m_client->recordViolation(RecordedWords::english(RecordedWords::HaSecondAnswer, frameIndex, type, id));
    m_answeredIds.insert(id);
}

} // namespace tunnelscope
