#pragma once

#include "protocolclient.h"
#include "wireclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace tunnelscope {

struct PathRecord;
class RunClock;

// What a ComfyUI front end does beside its /ws socket, for one path and across its
// reconnects: queues prompts with HTTP POST /prompt (client_id = the socket's clientId),
// follows every prompt_id through the stream, checks each message's shape (binary frames
// by their uint32 event header), and asks GET /history/{prompt_id} about a prompt that went
// silent, to tell "finished, but the notification was lost" from "never finished". Its HTTP
// takes the socket's own route: the same host and port, proxy and TLS settings, so on the
// tunnelled path it goes through the tunnel.
class ComfyUiAdapter : public ProtocolClient
{
    Q_OBJECT
public:
    ComfyUiAdapter(const WireClient::Options &options, const RunClock *clock, PathRecord *record, QObject *parent = nullptr);
    ~ComfyUiAdapter() override;

    // Follows a new connection of the path.
    void attach(WireClient *client) override;
    // {"queue_prompt": workflow}: POST /prompt; sendFinished() tells how it went.
    bool startSend(const QJsonObject &send, int timeoutMs) override;
    bool checkBeforeDone(int timeoutMs) override { return checkUnfinished(timeoutMs); }
    void abort() override { abortRequests(); }
    // POST /prompt; sendFinished() tells how it went.
    void queuePrompt(const QJsonObject &workflow, int timeoutMs);
    // GET /history for each prompt without a final message; false when there is none.
    // checked() follows once every answer is in (or timed out).
    bool checkUnfinished(int timeoutMs);
    void abortRequests();

    QUrl httpUrl(const QString &path) const;
    static bool isFinalEvent(const QString &type);

private:
    void onMessage(WireClient *client, qsizetype frameIndex);
    QNetworkReply *request(const QString &method, const QString &path, const QByteArray &body, int timeoutMs);
    qsizetype exchangeDone(QNetworkReply *reply, qsizetype index);
    qsizetype promptIndex(const QString &id);

    WireClient::Options m_options;
    const RunClock *m_clock;
    PathRecord *m_record;
    QNetworkAccessManager *m_http;
    QString m_clientId;
    QList<QNetworkReply *> m_replies; // asked and not answered yet
};

} // namespace tunnelscope
