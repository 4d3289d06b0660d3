#include "comfyuiadapter.h"

#include "comfyuibinary.h"
#include "pathrecord.h"
#include "pathtrust.h"
#include "recordedwords.h"
#include "runclock.h"
#include "utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace tunnelscope {

namespace {
constexpr qsizetype MaxRecordedBody = 64 * 1024;

QString shortId(const QString &id)
{
    return id.size() > 8 ? id.left(8) + QStringLiteral("…") : id;
}
} // namespace

ComfyUiAdapter::ComfyUiAdapter(const WireClient::Options &options, const RunClock *clock, PathRecord *record, QObject *parent)
    : ProtocolClient({}, parent), m_options(options), m_clock(clock), m_record(record), m_http(new QNetworkAccessManager(this))
{
    m_clientId = QUrlQuery(options.url).queryItemValue(QStringLiteral("clientId"));
    // The socket's route, never the system's proxy settings.
    QNetworkProxy proxy(QNetworkProxy::NoProxy);
    if (options.proxy.isValid() && !options.proxy.isEmpty()) {
        proxy = QNetworkProxy(
            options.proxy.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
            options.proxy.host(), quint16(options.proxy.port(options.proxy.scheme() == QLatin1String("socks5") ? 1080 : 8080)),
            options.proxy.userName(), options.proxy.password());
    }
    m_http->setProxy(proxy);
    m_http->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ComfyUiAdapter::~ComfyUiAdapter()
{
    abortRequests();
}

bool ComfyUiAdapter::isFinalEvent(const QString &type)
{
    return type == QLatin1String("execution_success") || type == QLatin1String("execution_error")
        || type == QLatin1String("execution_interrupted");
}

QUrl ComfyUiAdapter::httpUrl(const QString &path) const
{
    QUrl url = m_options.url;
    url.setScheme(url.scheme() == QLatin1String("wss") ? QStringLiteral("https") : QStringLiteral("http"));
    // ComfyUI behind a path prefix (https://host/comfy/ws): its HTTP API sits beside /ws.
    QString base = url.path();
    if (base.endsWith(QLatin1String("/ws")))
        base.chop(3);
    else if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ComfyUiAdapter::attach(WireClient *client)
{
    connect(client, &WireClient::messageReceived, this, [this, client](qsizetype index) { onMessage(client, index); });
}

qsizetype ComfyUiAdapter::promptIndex(const QString &id)
{
    for (qsizetype i = 0; i < m_record->prompts.size(); ++i)
        if (m_record->prompts[i].id == id)
            return i;
    PromptRecord p;
    p.id = id;
    m_record->prompts.append(p);
    return m_record->prompts.size() - 1;
}

void ComfyUiAdapter::onMessage(WireClient *client, qsizetype frameIndex)
{
    const Frame f = m_record->frames.at(frameIndex);
    if (f.type == FrameType::Binary) {
        if (f.payload.startsWith('{')) {
            client->recordViolation(RecordedWords::english(RecordedWords::ComfyUiJsonInBinary, frameIndex));
            return;
        }
        const ComfyUiBinary b = ComfyUiBinary::parse(f.payload);
        if (!b.isValid())
            client->recordViolation(RecordedWords::english(RecordedWords::FrameProblem, frameIndex, b.error));
        return;
    }
    if (f.type != FrameType::Text)
        return;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.payload.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError)
        return; // not JSON at all: the diff names what was put before or into it
    const QJsonObject o = doc.object();
    const QString type = o.value(QStringLiteral("type")).toString();
    if (!doc.isObject() || type.isEmpty() || !o.value(QStringLiteral("data")).isObject()) {
        client->recordViolation(RecordedWords::english(RecordedWords::NotComfyUiMessage, frameIndex));
        return;
    }
    const QString id = o.value(QStringLiteral("data")).toObject().value(QStringLiteral("prompt_id")).toString();
    if (id.isEmpty())
        return;
    PromptRecord &p = m_record->prompts[promptIndex(id)];
    if (p.firstEventUs < 0)
        p.firstEventUs = f.tUs;
    p.lastEvent = type;
    if (isFinalEvent(type) && p.outcome.isEmpty()) {
        p.outcome = type;
        p.outcomeUs = f.tUs;
    }
}

QNetworkReply *ComfyUiAdapter::request(const QString &method, const QString &path, const QByteArray &body, int timeoutMs)
{
    QNetworkRequest req(httpUrl(path));
    for (const auto &[name, value] : m_options.headers)
        req.setRawHeader(name, value);
    req.setTransferTimeout(timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (req.url().scheme() == QLatin1String("https")) {
        // An unreadable CA file has already failed the WebSocket's upgrade; without it the
        // reply fails verification and says so.
        QSslConfiguration tls;
        QString unused;
        PathTrust::configuration(m_options.caFile, m_options.caCertificates, &tls, &unused);
        req.setSslConfiguration(tls);
    }
    HttpExchange x;
    x.method = method;
    x.target = req.url().path();
    x.startUs = m_clock->nowUs();
    m_record->http.append(x);
    const qsizetype index = m_record->http.size() - 1;
    QNetworkReply *reply;
    if (method == QLatin1String("POST")) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_http->post(req, body);
    } else {
        reply = m_http->get(req);
    }
    if (m_options.ignoreTlsErrors)
        reply->ignoreSslErrors();
    reply->setProperty("exchange", index);
    m_replies.append(reply);
    return reply;
}

qsizetype ComfyUiAdapter::exchangeDone(QNetworkReply *reply, qsizetype index)
{
    m_replies.removeOne(reply);
    reply->deleteLater();
    HttpExchange &x = m_record->http[index];
    x.endUs = m_clock->nowUs();
    x.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    x.body = reply->read(MaxRecordedBody);
    if (reply->error() != QNetworkReply::NoError && x.status == 0)
        x.error = reply->error() == QNetworkReply::OperationCanceledError ? RecordedWords::english(RecordedWords::NoAnswerInTime)
                                                                          : reply->errorString();
    return index;
}

bool ComfyUiAdapter::startSend(const QJsonObject &send, int timeoutMs)
{
    if (send.size() != 1 || !send.value(QStringLiteral("queue_prompt")).isObject())
        return false;
    queuePrompt(send.value(QStringLiteral("queue_prompt")).toObject(), timeoutMs);
    return true;
}

void ComfyUiAdapter::queuePrompt(const QJsonObject &workflow, int timeoutMs)
{
    const QByteArray body
        = QJsonDocument(QJsonObject{{QStringLiteral("prompt"), workflow}, {QStringLiteral("client_id"), m_clientId}})
              .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = request(QStringLiteral("POST"), QStringLiteral("/prompt"), body, timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const HttpExchange &x = m_record->http[exchangeDone(reply, reply->property("exchange").toLongLong())];
        if (x.status == 0) {
            Q_EMIT sendFinished(false, RecordedWords::english(RecordedWords::PromptNotQueued, x.target, x.error));
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(x.body).object();
        const QString id = answer.value(QStringLiteral("prompt_id")).toString();
        if (x.status != 200 || id.isEmpty()) {
            QString why = answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            if (why.isEmpty())
                why = answer.value(QStringLiteral("error")).toString();
            Q_EMIT sendFinished(false,
                                why.isEmpty() ? RecordedWords::english(RecordedWords::PromptRefused, x.target, x.status)
                                              : RecordedWords::english(RecordedWords::PromptRefusedSaying, x.target, x.status,
                                                                       clipped(why, 200)));
            return;
        }
        PromptRecord &p = m_record->prompts[promptIndex(id)];
        p.queuedUs = x.startUs;
        Q_EMIT sendFinished(true,
                            RecordedWords::english(RecordedWords::PromptQueued, id, x.target,
                                                   QString::number(RunClock::toMs(x.endUs - x.startUs), 'f', 1)));
    });
}

bool ComfyUiAdapter::checkUnfinished(int timeoutMs)
{
    bool asked = false;
    for (qsizetype i = 0; i < m_record->prompts.size(); ++i) {
        const PromptRecord &p = m_record->prompts[i];
        if (!p.outcome.isEmpty() || p.history == QLatin1String("success") || p.history == QLatin1String("error"))
            continue;
        const QString id = p.id;
        QNetworkReply *reply
            = request(QStringLiteral("GET"), QStringLiteral("/history/") + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                      QByteArray(), timeoutMs);
        asked = true;
        connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
            const HttpExchange &x = m_record->http[exchangeDone(reply, reply->property("exchange").toLongLong())];
            PromptRecord &p = m_record->prompts[promptIndex(id)];
            p.historyUs = x.endUs;
            const QJsonObject answer = QJsonDocument::fromJson(x.body).object();
            if (x.status != 200) {
                p.history = QStringLiteral("unreachable");
                p.historyDetail = x.status
                    ? RecordedWords::english(RecordedWords::HistoryAnswered, x.target, QString::number(x.status))
                    : RecordedWords::english(RecordedWords::HistoryFailed, x.target, x.error);
            } else if (!answer.contains(id)) {
                p.history = QStringLiteral("not_found");
                p.historyDetail = RecordedWords::english(RecordedWords::HistoryUnknown, shortId(id));
            } else {
                const QJsonObject entry = answer.value(id).toObject();
                const QJsonObject status = entry.value(QStringLiteral("status")).toObject();
                const QString str = status.value(QStringLiteral("status_str")).toString();
                p.history = str == QLatin1String("error") ? QStringLiteral("error") : QStringLiteral("success");
                QStringList outputs;
                const QJsonObject o = entry.value(QStringLiteral("outputs")).toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    const int images = it.value().toObject().value(QStringLiteral("images")).toArray().size();
                    outputs << (images > 0 ? QStringLiteral("node %1: %2 image(s)").arg(it.key()).arg(images)
                                           : QStringLiteral("node %1").arg(it.key()));
                }
                const QString said = str.isEmpty() ? QStringLiteral("completed") : str;
                p.historyDetail = outputs.isEmpty() ? RecordedWords::english(RecordedWords::HistoryEnded, shortId(id), said)
                                                    : RecordedWords::english(RecordedWords::HistoryEndedWithOutputs, shortId(id),
                                                                             said, outputs.join(QStringLiteral(", ")));
            }
            if (m_replies.isEmpty())
                Q_EMIT checked();
        });
    }
    return asked;
}

void ComfyUiAdapter::abortRequests()
{
    // Nothing answered after this may touch the record: it may be someone else's by then.
    const QList<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *r : replies) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

} // namespace tunnelscope
