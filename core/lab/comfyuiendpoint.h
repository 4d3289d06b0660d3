#pragma once

#include "labendpoint.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <variant>
#include <vector>

class QTimer;

namespace tunnelscope {

// A ComfyUI server as comfyanonymous/ComfyUI's server.py behaves on the wire: /ws?clientId=
// gets a `status` first; POST /prompt queues a workflow for that client and answers its
// prompt_id; the prompt then runs (execution_start, execution_cached, executing per node,
// progress with a binary PNG preview per sampler step, executed for the output node,
// executing null, execution_success) and lands in GET /history/{prompt_id}. Messages go to
// the client's newest socket; with none connected they vanish, as ComfyUI only logs that.
// Unlike ComfyUI, prompts run side by side, so a paired run's two prompts do not queue.
class ComfyUiEndpoint : public LabEndpoint
{
    Q_OBJECT
public:
    explicit ComfyUiEndpoint(QObject *parent = nullptr);
    ~ComfyUiEndpoint() override;
    QString defaultPath() const override { return QStringLiteral("/ws"); }

    static constexpr int StepMs = 10; // between two events of a running prompt

protected:
    void handleClient(QWebSocket *socket) override;
    HttpAnswer handleHttp(const HttpRequestHead &head, const QByteArray &body) override;

private:
    using Event = std::variant<QJsonObject, QByteArray>; // a JSON message or a binary frame
    struct Prompt
    {
        QString id;
        QString clientId;
        int number = 0;
        QJsonObject workflow;
        QString outputNode;
        std::vector<Event> events;
        std::size_t next = 0;
        QString currentNode;
        QTimer *timer = nullptr;
    };

    HttpAnswer queuePrompt(const QByteArray &body);
    // The messages a prompt's execution sends, in order: start, each node (the sampler's
    // progress and previews), its output, success.
    void scriptExecution(Prompt *p, const QString &sampler, int steps);
    void runStep(const QString &promptId);
    void finishPrompt(Prompt &prompt);
    void send(const QString &clientId, const Event &event);
    QJsonObject statusMessage(const QString &sid) const;
    static QJsonObject message(const QString &type, const QJsonObject &data);

    QHash<QString, QPointer<QWebSocket>> m_sockets; // client id -> its newest socket
    QHash<QString, Prompt> m_running;
    QJsonObject m_history;
    int m_number = 0;
    int m_images = 0;
    QByteArray m_preview;
};

} // namespace tunnelscope
