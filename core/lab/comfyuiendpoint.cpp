#include "comfyuiendpoint.h"

#include "comfyuibinary.h"
#include "httprequesthead.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>
#include <algorithm>

namespace tunnelscope {

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

LabEndpoint::HttpAnswer jsonAnswer(int status, const QJsonObject &body)
{
    LabEndpoint::HttpAnswer a;
    a.status = status;
    a.body = compact(body);
    return a;
}

LabEndpoint::HttpAnswer promptError(const QString &type, const QString &message)
{
    // ComfyUI's shape for a refused prompt.
    return jsonAnswer(400,
                      {{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("type"), type},
                                    {QStringLiteral("message"), message},
                                    {QStringLiteral("details"), QString()},
                                    {QStringLiteral("extra_info"), QJsonObject()}}},
                       {QStringLiteral("node_errors"), QJsonObject()}});
}

// Node ids in execution order: numeric ids numerically, others after them.
QStringList nodeOrder(const QJsonObject &workflow)
{
    QStringList ids = workflow.keys();
    std::stable_sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        bool okA = false, okB = false;
        const qlonglong na = a.toLongLong(&okA), nb = b.toLongLong(&okB);
        if (okA && okB)
            return na < nb;
        return okA && !okB;
    });
    return ids;
}
} // namespace

ComfyUiEndpoint::ComfyUiEndpoint(QObject *parent) : LabEndpoint(QStringLiteral("comfyui"), parent)
{
    QFile preview(QStringLiteral(":/lab/comfyui-preview.png"));
    if (preview.open(QIODevice::ReadOnly))
        m_preview = preview.readAll();
}

ComfyUiEndpoint::~ComfyUiEndpoint() = default;

QJsonObject ComfyUiEndpoint::message(const QString &type, const QJsonObject &data)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("data"), data}};
}

QJsonObject ComfyUiEndpoint::statusMessage(const QString &sid) const
{
    QJsonObject data{
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("exec_info"), QJsonObject{{QStringLiteral("queue_remaining"), int(m_running.size())}}}}}};
    if (!sid.isEmpty())
        data.insert(QStringLiteral("sid"), sid);
    return message(QStringLiteral("status"), data);
}

void ComfyUiEndpoint::handleClient(QWebSocket *socket)
{
    QString clientId = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("clientId"));
    if (clientId.isEmpty())
        clientId = QUuid::createUuid().toString(QUuid::Id128);
    m_sockets.insert(clientId, socket);
    connect(socket, &QWebSocket::disconnected, this, [this, clientId, socket] {
        if (m_sockets.value(clientId) == socket)
            m_sockets.remove(clientId);
    });
    send(clientId, statusMessage(clientId));
    // A client that comes back while its prompt runs hears where it is, as ComfyUI does.
    for (const Prompt &p : std::as_const(m_running))
        if (p.clientId == clientId && !p.currentNode.isEmpty())
            send(clientId,
                 message(QStringLiteral("executing"),
                         {{QStringLiteral("node"), p.currentNode},
                          {QStringLiteral("display_node"), p.currentNode},
                          {QStringLiteral("prompt_id"), p.id}}));
    // The client's own messages (feature_flags) need no answer here.
}

LabEndpoint::HttpAnswer ComfyUiEndpoint::handleHttp(const HttpRequestHead &head, const QByteArray &body)
{
    const QByteArray path = head.path();
    if (path == "/prompt") {
        if (head.method() == "POST")
            return queuePrompt(body);
        if (head.method() == "GET")
            return jsonAnswer(
                200, {{QStringLiteral("exec_info"), QJsonObject{{QStringLiteral("queue_remaining"), int(m_running.size())}}}});
        return jsonAnswer(405, {{QStringLiteral("error"), QStringLiteral("method not allowed")}});
    }
    if (path == "/history" && head.method() == "GET")
        return jsonAnswer(200, m_history);
    if (path.startsWith("/history/") && head.method() == "GET") {
        const QString id = QUrl::fromPercentEncoding(path.mid(9));
        // Unknown or still running: an empty object, as ComfyUI answers.
        QJsonObject out;
        if (m_history.contains(id))
            out.insert(id, m_history.value(id));
        return jsonAnswer(200, out);
    }
    return HttpAnswer();
}

LabEndpoint::HttpAnswer ComfyUiEndpoint::queuePrompt(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return promptError(QStringLiteral("invalid_prompt"), QStringLiteral("the body is not a JSON object"));
    const QJsonObject request = doc.object();
    const QJsonObject workflow = request.value(QStringLiteral("prompt")).toObject();
    if (workflow.isEmpty())
        return promptError(QStringLiteral("invalid_prompt"), QStringLiteral("\"prompt\" must be a non-empty object of nodes"));
    Prompt p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.clientId = request.value(QStringLiteral("client_id")).toString();
    p.number = m_number++;
    p.workflow = workflow;
    QString sampler;
    int steps = 4;
    for (auto it = workflow.begin(); it != workflow.end(); ++it) {
        const QJsonObject node = it.value().toObject();
        const QString cls = node.value(QStringLiteral("class_type")).toString();
        if (cls.isEmpty())
            return promptError(QStringLiteral("invalid_prompt"), QStringLiteral("node %1 has no class_type").arg(it.key()));
        if (cls == QLatin1String("SaveImage") || cls == QLatin1String("PreviewImage"))
            p.outputNode = it.key();
        if (node.value(QStringLiteral("inputs")).toObject().contains(QStringLiteral("steps"))) {
            sampler = it.key();
            steps = std::clamp(node.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("steps")).toInt(4), 1, 50);
        }
    }
    if (p.outputNode.isEmpty())
        return promptError(QStringLiteral("prompt_no_outputs"), QStringLiteral("Prompt has no outputs"));

    scriptExecution(&p, sampler, steps);

    p.timer = new QTimer(this);
    p.timer->setInterval(StepMs);
    const QString promptId = p.id;
    connect(p.timer, &QTimer::timeout, this, [this, promptId] { runStep(promptId); });
    p.timer->start();
    const int number = p.number;
    m_running.insert(promptId, std::move(p));
    return jsonAnswer(200,
                      {{QStringLiteral("prompt_id"), promptId},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("node_errors"), QJsonObject()}});
}

void ComfyUiEndpoint::scriptExecution(Prompt *p, const QString &sampler, int steps)
{
    const QJsonValue id(p->id);
    p->events.push_back(statusMessage(QString()));
    p->events.push_back(
        message(QStringLiteral("execution_start"), {{QStringLiteral("prompt_id"), id}, {QStringLiteral("timestamp"), nowMs()}}));
    p->events.push_back(message(
        QStringLiteral("execution_cached"),
        {{QStringLiteral("nodes"), QJsonArray()}, {QStringLiteral("prompt_id"), id}, {QStringLiteral("timestamp"), nowMs()}}));
    for (const QString &node : nodeOrder(p->workflow)) {
        p->events.push_back(
            message(QStringLiteral("executing"),
                    {{QStringLiteral("node"), node}, {QStringLiteral("display_node"), node}, {QStringLiteral("prompt_id"), id}}));
        if (node == sampler) {
            for (int i = 1; i <= steps; ++i) {
                p->events.push_back(message(QStringLiteral("progress"),
                                            {{QStringLiteral("value"), i},
                                             {QStringLiteral("max"), steps},
                                             {QStringLiteral("prompt_id"), id},
                                             {QStringLiteral("node"), node}}));
                p->events.push_back(ComfyUiBinary::previewImage(2, m_preview));
            }
        }
        if (node == p->outputNode) {
            const QJsonArray images{QJsonObject{
                {QStringLiteral("filename"), QStringLiteral("ComfyUI_%1_.png").arg(++m_images, 5, 10, QLatin1Char('0'))},
                {QStringLiteral("subfolder"), QString()},
                {QStringLiteral("type"), QStringLiteral("output")}}};
            p->events.push_back(message(QStringLiteral("executed"),
                                        {{QStringLiteral("node"), node},
                                         {QStringLiteral("display_node"), node},
                                         {QStringLiteral("output"), QJsonObject{{QStringLiteral("images"), images}}},
                                         {QStringLiteral("prompt_id"), id}}));
        }
    }
    p->events.push_back(message(QStringLiteral("executing"),
                                {{QStringLiteral("node"), QJsonValue::Null},
                                 {QStringLiteral("display_node"), QJsonValue::Null},
                                 {QStringLiteral("prompt_id"), id}}));
    p->events.push_back(message(QStringLiteral("execution_success"),
                                {{QStringLiteral("prompt_id"), id}, {QStringLiteral("timestamp"), nowMs()}}));
}

void ComfyUiEndpoint::runStep(const QString &promptId)
{
    auto it = m_running.find(promptId);
    if (it == m_running.end())
        return;
    Prompt &p = *it;
    const Event &event = p.events[p.next++];
    if (const QJsonObject *o = std::get_if<QJsonObject>(&event)) {
        if (o->value(QStringLiteral("type")).toString() == QLatin1String("executing"))
            p.currentNode = o->value(QStringLiteral("data")).toObject().value(QStringLiteral("node")).toString();
        if (o->value(QStringLiteral("type")).toString() == QLatin1String("execution_success"))
            finishPrompt(p); // in the history by the time the client hears of it
    }
    send(p.clientId, event);
    if (p.next < p.events.size())
        return;
    p.timer->deleteLater();
    const QString clientId = p.clientId;
    m_running.erase(it);
    send(clientId, statusMessage(QString()));
}

void ComfyUiEndpoint::finishPrompt(Prompt &p)
{
    QJsonArray messages;
    for (const Event &e : p.events)
        if (const QJsonObject *o = std::get_if<QJsonObject>(&e)) {
            const QString type = o->value(QStringLiteral("type")).toString();
            if (type == QLatin1String("execution_start") || type == QLatin1String("execution_cached")
                || type == QLatin1String("execution_success"))
                messages.append(QJsonArray{type, o->value(QStringLiteral("data"))});
        }
    QJsonObject outputs;
    for (const Event &e : p.events)
        if (const QJsonObject *o = std::get_if<QJsonObject>(&e);
            o && o->value(QStringLiteral("type")).toString() == QLatin1String("executed")) {
            const QJsonObject data = o->value(QStringLiteral("data")).toObject();
            outputs.insert(data.value(QStringLiteral("node")).toString(), data.value(QStringLiteral("output")));
        }
    m_history.insert(p.id,
                     QJsonObject{{QStringLiteral("prompt"),
                                  QJsonArray{p.number, p.id, p.workflow, QJsonObject{{QStringLiteral("client_id"), p.clientId}},
                                             QJsonArray{p.outputNode}}},
                                 {QStringLiteral("outputs"), outputs},
                                 {QStringLiteral("status"),
                                  QJsonObject{{QStringLiteral("status_str"), QStringLiteral("success")},
                                              {QStringLiteral("completed"), true},
                                              {QStringLiteral("messages"), messages}}},
                                 {QStringLiteral("meta"), QJsonObject()}});
}

void ComfyUiEndpoint::send(const QString &clientId, const Event &event)
{
    QWebSocket *socket = m_sockets.value(clientId);
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // ComfyUI logs a failed send and goes on: the message is gone
    if (const QJsonObject *o = std::get_if<QJsonObject>(&event))
        socket->sendTextMessage(QString::fromUtf8(compact(*o)));
    else
        socket->sendBinaryMessage(std::get<QByteArray>(event));
}

} // namespace tunnelscope
