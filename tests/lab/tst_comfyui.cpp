#include "comfyuibinary.h"
#include "comfyuiendpoint.h"
#include "comparisonreport.h"
#include "faulttunnel.h"

#include "../support/profileplayer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace tunnelscope;

static QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

// ComfyUI end to end: the lab endpoint as a client sees it (Qt's own WebSocket and HTTP
// clients), the tunnel passing its HTTP, and the adapter's prompt tracking, /history check,
// reconnect behaviour and protocol checks through real paired runs.
class tst_ComfyUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpointRunsAPrompt();
    void endpointRefusesBadPrompts();
    void tunnelPassesHttpButStallsUpgrades();
    void cleanSessionTracksThePrompt();
    void lostExecutedIsRevealedByHistory();
    void reconnectFollowsTheSamePrompt();
    void jsonInBinaryFrameIsAViolation();
    void malformedFramesAreRecordedAsViolations();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };
    static Answer http(const QString &method, const QUrl &url, const QByteArray &body = QByteArray());
    static QByteArray workflow(int steps);
};

tst_ComfyUi::Answer tst_ComfyUi::http(const QString &method, const QUrl &url, const QByteArray &body)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = method == QLatin1String("POST") ? manager.post(request, body) : manager.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(6000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return a;
}

QByteArray tst_ComfyUi::workflow(int steps)
{
    return QByteArray(R"({"3":{"class_type":"KSampler","inputs":{"seed":1,"steps":)") + QByteArray::number(steps)
        + R"(}},"9":{"class_type":"SaveImage","inputs":{"images":["3",0]}}})";
}

void tst_ComfyUi::endpointRunsAPrompt()
{
    ComfyUiEndpoint comfy;
    QString error;
    QVERIFY2(comfy.listen(&error), qPrintable(error));
    QWebSocket ws;
    QSignalSpy texts(&ws, &QWebSocket::textMessageReceived);
    QSignalSpy binaries(&ws, &QWebSocket::binaryMessageReceived);
    ws.open(comfy.url(QStringLiteral("/ws?clientId=c1")));
    QTRY_COMPARE_WITH_TIMEOUT(texts.count(), 1, 3000);
    const QJsonObject status = QJsonDocument::fromJson(texts.at(0).at(0).toString().toUtf8()).object();
    QCOMPARE(status.value(QStringLiteral("type")).toString(), QStringLiteral("status"));
    QCOMPARE(status.value(QStringLiteral("data")).toObject().value(QStringLiteral("sid")).toString(), QStringLiteral("c1"));

    QUrl base = comfy.url();
    base.setScheme(QStringLiteral("http"));
    base.setPath(QStringLiteral("/prompt"));
    const Answer queued = http(QStringLiteral("POST"), base, R"({"client_id":"c1","prompt":)" + workflow(3) + '}');
    QCOMPARE(queued.status, 200);
    const QString id = queued.body.value(QStringLiteral("prompt_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(queued.body.value(QStringLiteral("number")).toInt(), 0);

    auto types = [&] {
        QStringList out;
        for (const auto &args : std::as_const(texts))
            out << QJsonDocument::fromJson(args.at(0).toString().toUtf8()).object().value(QStringLiteral("type")).toString();
        return out;
    };
    QTRY_VERIFY_WITH_TIMEOUT(types().contains(QStringLiteral("execution_success")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(types().last(), QStringLiteral("status"), 2000);
    QCOMPARE(types(),
             (strings({"status", "status", "execution_start", "execution_cached", "executing", "progress", "progress", "progress",
                       "executing", "executed", "executing", "execution_success", "status"})));
    // One PNG preview per sampler step.
    QCOMPARE(binaries.count(), 3);
    const ComfyUiBinary preview = ComfyUiBinary::parse(binaries.at(0).at(0).toByteArray());
    QVERIFY2(preview.isValid(), qPrintable(preview.error));
    QCOMPARE(preview.imageFormat, QStringLiteral("png"));
    for (const auto &args : std::as_const(texts)) {
        const QJsonObject data
            = QJsonDocument::fromJson(args.at(0).toString().toUtf8()).object().value(QStringLiteral("data")).toObject();
        if (data.contains(QStringLiteral("prompt_id")))
            QCOMPARE(data.value(QStringLiteral("prompt_id")).toString(), id);
    }

    QUrl history = base;
    history.setPath(QStringLiteral("/history/") + id);
    const Answer h = http(QStringLiteral("GET"), history);
    QCOMPARE(h.status, 200);
    const QJsonObject entry = h.body.value(id).toObject();
    QCOMPARE(entry.value(QStringLiteral("status")).toObject().value(QStringLiteral("status_str")).toString(),
             QStringLiteral("success"));
    QVERIFY(entry.value(QStringLiteral("status")).toObject().value(QStringLiteral("completed")).toBool());
    QCOMPARE(entry.value(QStringLiteral("outputs"))
                 .toObject()
                 .value(QStringLiteral("9"))
                 .toObject()
                 .value(QStringLiteral("images"))
                 .toArray()
                 .size(),
             1);
    history.setPath(QStringLiteral("/history/unknown-id"));
    const Answer none = http(QStringLiteral("GET"), history);
    QCOMPARE(none.status, 200);
    QVERIFY(none.body.isEmpty());
}

void tst_ComfyUi::endpointRefusesBadPrompts()
{
    ComfyUiEndpoint comfy;
    QString error;
    QVERIFY2(comfy.listen(&error), qPrintable(error));
    QUrl url = comfy.url();
    url.setScheme(QStringLiteral("http"));
    url.setPath(QStringLiteral("/prompt"));
    const Answer notJson = http(QStringLiteral("POST"), url, "{nope");
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("invalid_prompt"));
    const Answer noOutput = http(QStringLiteral("POST"), url, R"({"prompt":{"3":{"class_type":"KSampler","inputs":{}}}})");
    QCOMPARE(noOutput.status, 400);
    QCOMPARE(noOutput.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("prompt_no_outputs"));
    url.setPath(QStringLiteral("/nowhere"));
    QCOMPARE(http(QStringLiteral("GET"), url).status, 404);
}

void tst_ComfyUi::tunnelPassesHttpButStallsUpgrades()
{
    ComfyUiEndpoint comfy;
    QString error;
    QVERIFY2(comfy.listen(&error), qPrintable(error));
    FaultSpec stall;
    stall.kind = FaultSpec::Kind::StallHandshake;
    FaultTunnel tunnel(comfy.url(), {stall});
    QVERIFY2(tunnel.listen(&error), qPrintable(error));
    QUrl url = tunnel.url();
    url.setScheme(QStringLiteral("http"));
    url.setPath(QStringLiteral("/prompt"));
    // A plain request is not an upgrade: the handshake fault leaves it alone, body included.
    const Answer queued = http(QStringLiteral("POST"), url, R"({"client_id":"t","prompt":)" + workflow(1) + '}');
    QCOMPARE(queued.status, 200);
    QVERIFY(!queued.body.value(QStringLiteral("prompt_id")).toString().isEmpty());
    QWebSocket ws;
    QSignalSpy connected(&ws, &QWebSocket::connected);
    ws.open(tunnel.url());
    QVERIFY(!connected.wait(500));
}

void tst_ComfyUi::cleanSessionTracksThePrompt()
{
    const auto runner = playProfile(R"({"name":"c","protocol":"comfyui","lab":{"endpoint":"comfyui"},"steps":[
        {"expect":{"type":"status"},"timeout_ms":3000},
        {"send":{"queue_prompt":)" + workflow(4)
                                    + R"(},"timeout_ms":5000},
        {"expect":{"type":"execution_success"},"timeout_ms":5000}]})");
    QVERIFY(runner);
    const RunRecord &run = *runner->runs().front();
    for (const PathRecord *p : {&run.direct, &run.tunnel}) {
        QCOMPARE(p->prompts.size(), 1);
        QCOMPARE(p->prompts.first().outcome, QStringLiteral("execution_success"));
        QVERIFY(p->prompts.first().queuedUs > 0);
        QVERIFY(p->prompts.first().history.isEmpty()); // finished in view: nothing to ask
        QCOMPARE(p->http.size(), 1);
        QCOMPARE(p->http.first().method, QStringLiteral("POST"));
        QCOMPARE(p->http.first().target, QStringLiteral("/prompt"));
        QCOMPARE(p->http.first().status, 200);
        QVERIFY(p->url.query().contains(QStringLiteral("clientId=tunnelscope-")));
    }
    // Each path has its own client id (one would otherwise take the other's messages).
    QVERIFY(run.direct.url.query() != run.tunnel.url.query());
    QVERIFY(run.direct.prompts.first().id != run.tunnel.prompts.first().id);
    const ComparisonReport report(runner->profile(), runner->runs(), runner->startedEpochMs(), runner->secrets());
    QStringList findings;
    // Info findings are timings within the limits (a loaded machine adds some): not faults.
    for (const Finding &f : report.findings(0))
        if (f.severity != Finding::Severity::Info)
            findings << f.kind + QStringLiteral(": ") + f.summary.english();
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Clean);
}

void tst_ComfyUi::lostExecutedIsRevealedByHistory()
{
    const auto played = playBuiltin(QStringLiteral("comfyui-lost-executed"));
    QVERIFY(played);
    const ScenarioRunner &runner = *played;
    const RunRecord &run = *runner.runs().front();
    QCOMPARE(run.direct.prompts.first().outcome, QStringLiteral("execution_success"));
    const PromptRecord &lost = run.tunnel.prompts.first();
    QVERIFY(lost.outcome.isEmpty());
    QCOMPARE(lost.lastEvent, QStringLiteral("executing"));
    QCOMPARE(lost.history, QStringLiteral("success"));
    QVERIFY2(lost.historyDetail.contains(QStringLiteral("outputs from node 9: 1 image(s)")), qPrintable(lost.historyDetail));
    // The question went through the tunnel, like the socket.
    QCOMPARE(run.tunnel.http.size(), 2);
    QCOMPARE(run.tunnel.http.last().target, QStringLiteral("/history/") + lost.id);
    QCOMPARE(run.tunnel.http.last().status, 200);

    const ComparisonReport report(runner.profile(), runner.runs(), runner.startedEpochMs(), runner.secrets());
    QStringList kinds;
    const Finding *success = nullptr;
    for (const Finding &f : report.findings(0)) {
        kinds << f.kind + QLatin1Char(':') + f.detail.value(QStringLiteral("message")).toString();
        if (f.detail.value(QStringLiteral("message")).toString() == QLatin1String("execution_success"))
            success = &f;
    }
    QCOMPARE(kinds, strings({"message_missing:executed", "message_missing:execution_success"}));
    QVERIFY(success);
    QCOMPARE(success->severity, Finding::Severity::Critical);
    QCOMPARE(success->detail.value(QStringLiteral("history")).toString(), QStringLiteral("success"));
    QCOMPARE(success->detail.value(QStringLiteral("prompt_id")).toString(), lost.id);
    QVERIFY2(success->summary.english().contains(
                 QStringLiteral("the prompt finished on the server, the tunnel lost the notification")),
             qPrintable(success->summary.english()));
    QCOMPARE(report.exitCode(), 1);
}

void tst_ComfyUi::reconnectFollowsTheSamePrompt()
{
    const auto played = playBuiltin(QStringLiteral("comfyui-reconnect-storm"));
    QVERIFY(played);
    const ScenarioRunner &runner = *played;
    const RunRecord &run = *runner.runs().front();
    QVERIFY(run.tunnel.reconnects() >= 1);
    QCOMPARE(run.direct.reconnects(), 0);
    // One prompt, queued once, followed across every reconnect.
    int posts = 0;
    for (const HttpExchange &x : run.tunnel.http)
        posts += x.method == QLatin1String("POST");
    QCOMPARE(posts, 1);
    QCOMPARE(run.tunnel.prompts.size(), 1);
    QVERIFY(run.tunnel.connections.size() == run.tunnel.reconnects() + 1);
    const ComparisonReport report(runner.profile(), runner.runs(), runner.startedEpochMs(), runner.secrets());
    bool downHint = false;
    for (const Finding &f : report.findings(0)) {
        downHint = downHint || f.summary.english().contains(QStringLiteral("the tunnel path was down when the server sent it"));
        // The server's replay of `executing` to a returning client is not the tunnel's copy.
        if (f.kind == QLatin1String("message_duplicated"))
            QCOMPARE(f.severity, Finding::Severity::Info);
    }
    QVERIFY(downHint);
}

void tst_ComfyUi::jsonInBinaryFrameIsAViolation()
{
    const auto runner = playProfile(R"({"name":"c","protocol":"comfyui","lab":{"endpoint":"comfyui",
        "faults":[{"kind":"text_to_binary","match":{"type":"executed"}}]},"steps":[
        {"expect":{"type":"status"},"timeout_ms":3000},
        {"send":{"queue_prompt":)" + workflow(2)
                                    + R"(},"timeout_ms":5000},
        {"expect":{"type":"execution_success"},"timeout_ms":5000}]})");
    QVERIFY(runner);
    const ComparisonReport report(runner->profile(), runner->runs(), runner->startedEpochMs(), runner->secrets());
    QStringList kinds;
    QString violation;
    for (const Finding &f : report.findings(0)) {
        kinds << f.kind;
        if (f.kind == QLatin1String("protocol_violation"))
            violation = f.summary.english();
    }
    QVERIFY2(kinds.contains(QStringLiteral("message_altered")), qPrintable(kinds.join(QLatin1Char(' '))));
    QVERIFY2(violation.contains(QStringLiteral(
                 "is a ComfyUI JSON message in a binary frame: a ComfyUI front end reads binary frames as previews")),
             qPrintable(violation));
}

void tst_ComfyUi::malformedFramesAreRecordedAsViolations()
{
    // A server of our own that breaks the protocol: a binary frame of an unknown event type,
    // a truncated preview, a JSON message without "type", and a prompt it never finishes
    // (and no HTTP API to ask about it).
    QWebSocketServer server(QStringLiteral("bad comfy"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
        QWebSocket *ws = server.nextPendingConnection();
        ws->setParent(&server);
        QByteArray unknown(8, '\0');
        unknown[3] = 9;
        ws->sendBinaryMessage(unknown);
        ws->sendBinaryMessage(QByteArray("\0\0\0\1\0\0", 6));
        ws->sendTextMessage(QStringLiteral(R"({"data":{}})"));
        ws->sendTextMessage(QStringLiteral(R"({"type":"execution_start","data":{"prompt_id":"p-1"}})"));
        ws->sendTextMessage(QStringLiteral(R"({"type":"done","data":{}})"));
    });
    const QString url = QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.serverPort());
    const auto runner
        = playProfile(QStringLiteral(R"({"name":"bad","protocol":"comfyui","direct":{"url":"%1"},"tunnel":{"url":"%1"},
        "steps":[{"expect":{"type":"done"},"timeout_ms":3000}]})")
                          .arg(url)
                          .toUtf8());
    QVERIFY(runner);
    const RunRecord &run = *runner->runs().front();
    QStringList errors;
    for (qsizetype i = 0; i < run.direct.frames.count(); ++i)
        if (run.direct.frames.at(i).type == FrameType::Error)
            errors << QString::fromUtf8(run.direct.frames.at(i).payload.toByteArray());
    QCOMPARE(errors,
             (strings({"protocol violation: frame 1: unknown ComfyUI binary event type 9 (known: 1 preview image, 3 text, 4 "
                       "preview with metadata)",
                       "protocol violation: frame 3: ComfyUI preview image frame ends before its 4-byte image format",
                       "protocol violation: frame 5 is not a ComfyUI {\"type\": string, \"data\": object} message"})));
    // The unfinished prompt was asked about; the server had no answer for it.
    QCOMPARE(run.direct.prompts.size(), 1);
    QCOMPARE(run.direct.prompts.first().history, QStringLiteral("unreachable"));
    // Both paths saw the same breakage: named as the server's, not the tunnel's.
    const ComparisonReport report(runner->profile(), runner->runs(), runner->startedEpochMs(), runner->secrets());
    const QStringList violations = findingSummaries(*runner, QStringLiteral("protocol_violation"));
    QCOMPARE(violations.size(), 3);
    for (const QString &v : violations)
        QVERIFY2(v.startsWith(QStringLiteral("the server broke the protocol (on both paths): ")), qPrintable(v));
    QStringList notes;
    for (const Sentence &n : report.notes())
        notes << n.english();
    QVERIFY2(notes.join(QLatin1Char('\n')).contains(QStringLiteral("prompt p-1 never reported how it ended")),
             qPrintable(notes.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_ComfyUi)
#include "tst_comfyui.moc"
