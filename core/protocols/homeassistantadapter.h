#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

namespace tunnelscope {

class FrameStore;
class WireClient;

// Checks what a Home Assistant websocket API connection receives, as the frontend's parser
// would need it: JSON text only, every message an object with a string "type" (or a JSON
// array of them, when coalescing), and every `result` / `pong` answering an id the client
// sent, once. What breaks that is recorded as a protocol violation. Text that is not JSON at
// all is left to the comparison, which names what was put before or into it.
class HomeAssistantAdapter : public QObject
{
    Q_OBJECT
public:
    HomeAssistantAdapter(WireClient *client, const FrameStore *store, QObject *parent = nullptr);

private:
    void onMessage(qsizetype frameIndex);
    void learnSentIds(qsizetype upTo);
    void check(qsizetype frameIndex, const QJsonObject &message);

    QPointer<WireClient> m_client;
    const FrameStore *m_store;
    qsizetype m_scanned = -1; // frames before this one were read for sent ids
    QSet<qint64> m_sentIds;
    QSet<qint64> m_answeredIds;
};

} // namespace tunnelscope
