#include "jsonreportwriter.h"

#include "framefilterscope.h"

#include "comparisonreport.h"
#include "framepresenter.h"
#include "jsonstreamwriter.h"
#include "language.h"
#include "recordedwords.h"
#include "runclock.h"
#include "utf8.h"
#include "websocketextensions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace tunnelscope {

namespace {

QJsonValue phase(qint64 us, qint64 start)
{
    return us >= 0 && start >= 0 ? QJsonValue(RunClock::toMs(us - start)) : QJsonValue(QJsonValue::Null);
}

QJsonObject handshakeJson(const HandshakeRecord &h, const SecretRedactor &r)
{
    QJsonObject o{{QStringLiteral("ok"), h.ok},
                  {QStringLiteral("status"), h.status ? QJsonValue(h.status) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("error"), h.ok ? QJsonValue(QJsonValue::Null) : QJsonValue(r.redact(h.error))}};
    if (h.durationMs() >= 0)
        o.insert(QStringLiteral("duration_ms"), h.durationMs());
    if (!h.ok && !h.errorKind.isEmpty())
        o.insert(QStringLiteral("cause"), h.errorKind);
    if (!h.statusLine.isEmpty())
        o.insert(QStringLiteral("status_line"), r.redact(QString::fromLatin1(h.statusLine)));
    QJsonArray headers;
    for (const auto &hdr : h.headers)
        headers.append(QJsonArray{QString::fromLatin1(hdr.first), QString::fromLatin1(r.redactHeader(hdr.first, hdr.second))});
    if (!headers.isEmpty())
        o.insert(QStringLiteral("headers"), headers);
    QJsonArray requestHeaders;
    for (const auto &hdr : h.requestHeaders)
        requestHeaders.append(
            QJsonArray{QString::fromLatin1(hdr.first), QString::fromLatin1(r.redactHeader(hdr.first, hdr.second))});
    if (!requestHeaders.isEmpty())
        o.insert(QStringLiteral("request_headers"), requestHeaders);
    // What the upgrade agreed to, at a glance (the answer's Sec-WebSocket-Extensions).
    if (const QByteArray agreed = WebSocketExtensions::joined(h.headers); !agreed.isEmpty())
        o.insert(QStringLiteral("extensions"), QString::fromLatin1(agreed));
    o.insert(QStringLiteral("started_ms"), h.startUs >= 0 ? QJsonValue(RunClock::toMs(h.startUs)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("phases_ms"),
             QJsonObject{{QStringLiteral("tcp_connected"), phase(h.tcpConnectedUs, h.startUs)},
                         {QStringLiteral("proxy_done"), phase(h.proxyDoneUs, h.startUs)},
                         {QStringLiteral("tls_done"), phase(h.tlsDoneUs, h.startUs)},
                         {QStringLiteral("upgrade_sent"), phase(h.upgradeSentUs, h.startUs)},
                         {QStringLiteral("answer"), phase(h.answerUs, h.startUs)}});
    if (!h.tlsWarnings.isEmpty())
        o.insert(QStringLiteral("tls_errors_ignored"), QJsonArray::fromStringList(h.tlsWarnings));
    if (!h.proxy.isEmpty()) {
        // The proxy's own phase: what it answered before the upgrade was sent.
        QJsonArray proxyHeaders;
        for (const auto &hdr : h.proxyHeaders)
            proxyHeaders.append(
                QJsonArray{QString::fromLatin1(hdr.first), QString::fromLatin1(r.redactHeader(hdr.first, hdr.second))});
        QJsonObject proxy{{QStringLiteral("url"), r.redact(h.proxy)},
                          {QStringLiteral("status"), h.proxyStatusLine.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.proxyStatus)},
                          {QStringLiteral("status_line"), r.redact(QString::fromUtf8(h.proxyStatusLine))},
                          {QStringLiteral("headers"), proxyHeaders}};
        o.insert(QStringLiteral("proxy"), proxy);
    }
    return o;
}

QJsonObject closeJson(const CloseRecord &c, const SecretRedactor &r)
{
    QJsonObject o{{QStringLiteral("code"), c.code},
                  {QStringLiteral("frame_received"), c.frameReceived},
                  {QStringLiteral("initiated_by"), CloseRecord::initiatorName(c.initiatedBy)},
                  {QStringLiteral("tcp_end"), r.redact(c.tcpEnd)},
                  {QStringLiteral("tcp_ended_by"), CloseRecord::tcpEndedByName(c.tcpEndedBy)}};
    if (c.frameReceived)
        o.insert(QStringLiteral("reason"), r.redact(decodeUtf8(c.reason)));
    if (!c.wireProblem.isEmpty())
        o.insert(QStringLiteral("wire_problem"), c.wireProblem);
    if (c.frameSent)
        o.insert(QStringLiteral("sent_code"), c.sentCode);
    if (c.endedUs >= 0)
        o.insert(QStringLiteral("t_ms"), RunClock::toMs(c.endedUs));
    return o;
}

void writeFrame(JsonStreamWriter &w, qsizetype seq, const Frame &f, const SecretRedactor &r)
{
    w.beginObject();
    w.key(QStringLiteral("seq"));
    w.value(qint64(seq));
    w.key(QStringLiteral("t_ms"));
    w.value(RunClock::toMs(f.tUs), 3);
    w.key(QStringLiteral("dir"));
    w.value(directionName(f.dir));
    w.key(QStringLiteral("type"));
    w.value(frameTypeName(f.type));
    w.key(QStringLiteral("size"));
    w.value(qint64(f.payload.size()));
    const FramePresenter::Data data = FramePresenter::data(f, r);
    if (f.type != FrameType::Close || !data.text.isEmpty()) {
        w.key(f.type == FrameType::Close ? QStringLiteral("close_reason") : QStringLiteral("data"));
        w.value(data.text);
        if (data.base64 && f.type != FrameType::Binary) {
            w.key(QStringLiteral("encoding"));
            w.value(QStringLiteral("base64"));
        }
        if (data.maskedBytes > 0) {
            w.key(QStringLiteral("masked_bytes"));
            w.value(qint64(data.maskedBytes));
        }
    }
    if (f.hasCloseCode()) {
        w.key(QStringLiteral("close_code"));
        w.value(int(f.closeCode));
    }
    if (f.fragments > 1) {
        w.key(QStringLiteral("fragments"));
        w.value(qint64(f.fragments));
    }
    if (f.compressedSize >= 0) {
        w.key(QStringLiteral("compressed_size"));
        w.value(f.compressedSize);
    }
    w.endObject();
}

// The language people read besides English, or empty when it is English: then the report has
// English only, as it always had.
QString localizedLanguage()
{
    return Language::current() == QLatin1String("en") ? QString() : Language::current();
}

// `key` in English (what scripts match), and `key`_localized in the language chosen, both redacted.
void insertSentence(QJsonObject *o, const QString &key, const Sentence &s, const SecretRedactor &r)
{
    o->insert(key, r.redact(s.english()));
    if (!localizedLanguage().isEmpty())
        o->insert(key + QStringLiteral("_localized"), r.redact(s.localized()));
}

QJsonObject findingJson(const Finding &f, const SecretRedactor &r)
{
    QJsonObject o{{QStringLiteral("kind"), f.kind},
                  {QStringLiteral("severity"), Finding::severityName(f.severity)},
                  {QStringLiteral("direct_seq"), f.directSeq >= 0 ? QJsonValue(f.directSeq) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("tunnel_seq"), f.tunnelSeq >= 0 ? QJsonValue(f.tunnelSeq) : QJsonValue(QJsonValue::Null)}};
    insertSentence(&o, QStringLiteral("summary"), f.summary, r);
    if (!f.path.isEmpty())
        o.insert(QStringLiteral("path"), f.path);
    if (f.tMs >= 0)
        o.insert(QStringLiteral("t_ms"), std::round(f.tMs * 1000.0) / 1000.0);
    if (!f.detail.isEmpty())
        o.insert(QStringLiteral("detail"), r.redact(f.detail));
    return o;
}

QJsonArray pingsJson(const PathRecord &p)
{
    QJsonArray pings;
    for (const PingSample &s : p.pings)
        pings.append(
            QJsonObject{{QStringLiteral("t_ms"), RunClock::toMs(s.tUs)}, {QStringLiteral("rtt_ms"), RunClock::toMs(s.rttUs)}});
    return pings;
}

QJsonArray stepsJson(const PathRecord &p, const SecretRedactor &r)
{
    QJsonArray steps;
    for (const StepOutcome &s : p.steps) {
        QJsonObject step{{QStringLiteral("step"), s.step},
                         {QStringLiteral("repetition"), s.repetition},
                         {QStringLiteral("ok"), s.ok},
                         {QStringLiteral("t_ms"), RunClock::toMs(s.tUs)}};
        // Read back only when another language is written: a long session has a step result
        // per step per run, and in English the recorded text is the sentence.
        if (localizedLanguage().isEmpty())
            step.insert(QStringLiteral("detail"), r.redact(s.detail));
        else
            insertSentence(&step, QStringLiteral("detail"), RecordedWords::read(s.detail), r);
        steps.append(step);
    }
    return steps;
}

// What a protocol adapter asked over plain HTTP on the path (ComfyUI /prompt, /history).
QJsonArray httpJson(const PathRecord &p, const SecretRedactor &r)
{
    QJsonArray http;
    for (const HttpExchange &x : p.http) {
        QJsonObject o{{QStringLiteral("method"), x.method},
                      {QStringLiteral("target"), r.redact(x.target)},
                      {QStringLiteral("t_ms"), RunClock::toMs(x.startUs)},
                      {QStringLiteral("status"), x.status ? QJsonValue(x.status) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("body"), r.redact(decodeUtf8(x.body))}};
        if (x.endUs >= 0)
            o.insert(QStringLiteral("duration_ms"), RunClock::toMs(x.endUs - x.startUs));
        if (!x.error.isEmpty())
            o.insert(QStringLiteral("error"), r.redact(x.error));
        http.append(o);
    }
    return http;
}

QJsonArray promptsJson(const PathRecord &p, const SecretRedactor &r)
{
    QJsonArray prompts;
    for (const PromptRecord &x : p.prompts) {
        QJsonObject o{{QStringLiteral("prompt_id"), x.id},
                      {QStringLiteral("last_event"), x.lastEvent},
                      {QStringLiteral("outcome"), x.outcome.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(x.outcome)}};
        if (x.queuedUs >= 0)
            o.insert(QStringLiteral("queued_ms"), RunClock::toMs(x.queuedUs));
        if (x.outcomeUs >= 0)
            o.insert(QStringLiteral("outcome_ms"), RunClock::toMs(x.outcomeUs));
        if (!x.history.isEmpty()) {
            o.insert(QStringLiteral("history"), x.history);
            o.insert(QStringLiteral("history_detail"), r.redact(x.historyDetail));
        }
        prompts.append(o);
    }
    return prompts;
}

void writePath(JsonStreamWriter &w, const FrameFilterScope &scope, const SecretRedactor &r)
{
    const PathRecord &p = scope.path();
    w.beginObject();
    w.key(QStringLiteral("url"));
    w.value(r.redact(p.url.toString()));
    w.key(QStringLiteral("handshake"));
    w.json(handshakeJson(p.firstHandshake(), r));
    w.key(QStringLiteral("close"));
    w.json(closeJson(p.lastClose(), r));
    w.key(QStringLiteral("reconnects"));
    w.value(p.reconnects());
    w.key(QStringLiteral("reconnects_ms"));
    QJsonArray reconnects;
    for (qint64 t : p.reconnectsUs)
        reconnects.append(RunClock::toMs(t));
    w.json(reconnects);
    w.key(QStringLiteral("connections"));
    w.beginArray();
    for (const ConnectionRecord &c : p.connections) {
        w.json(QJsonObject{{QStringLiteral("first_seq"), c.firstFrameIndex},
                           {QStringLiteral("handshake"), handshakeJson(c.handshake, r)},
                           {QStringLiteral("close"), closeJson(c.close, r)}});
    }
    w.endArray();
    w.key(QStringLiteral("pings"));
    w.json(pingsJson(p));
    w.key(QStringLiteral("steps"));
    w.json(stepsJson(p, r));
    if (!p.http.isEmpty()) {
        w.key(QStringLiteral("http"));
        w.json(httpJson(p, r));
    }
    if (!p.prompts.isEmpty()) {
        w.key(QStringLiteral("prompts"));
        w.json(promptsJson(p, r));
    }
    w.key(QStringLiteral("heartbeat_timeouts"));
    w.value(p.heartbeatTimeouts);
    w.key(QStringLiteral("script_completed"));
    w.value(p.scriptCompleted);
    w.key(QStringLiteral("frames"));
    w.beginArray();
    qsizetype left = 0;
    for (qsizetype i = 0; i < p.frames.count(); ++i) {
        if (!scope.keeps(i)) {
            ++left;
            continue;
        }
        w.newline();
        writeFrame(w, i, p.frames.at(i), r);
    }
    w.endArray();
    if (left > 0) {
        w.key(QStringLiteral("frames_filtered_out"));
        w.value(left);
    }
    w.endObject();
}

QJsonArray groupsJson(const ComparisonReport &report)
{
    const SecretRedactor &r = report.redactor();
    QJsonArray out;
    for (const FindingGroup &g : report.groups()) {
        QJsonArray occurrences;
        for (const auto &[run, index] : g.members)
            occurrences.append(QJsonObject{{QStringLiteral("run"), qint64(report.runs()[std::size_t(run)]->index)},
                                           {QStringLiteral("finding"), qint64(index)}});
        QJsonObject o{
            {QStringLiteral("kind"), g.kind},
            {QStringLiteral("severity"), Finding::severityName(g.severity)},
            {QStringLiteral("message"), g.message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.redact(g.message))},
            {QStringLiteral("count"), g.count},
            {QStringLiteral("runs_affected"), g.runsAffected},
            {QStringLiteral("runs_total"), g.runsTotal},
            {QStringLiteral("pattern"), g.consistent() ? QStringLiteral("consistent") : QStringLiteral("intermittent")},
            {QStringLiteral("occurrences"), occurrences}};
        insertSentence(&o, QStringLiteral("summary"), g.summary, r);
        if (!g.path.isEmpty())
            o.insert(QStringLiteral("path"), g.path);
        if (!g.identity.isEmpty())
            o.insert(QStringLiteral("identity"), g.identity);
        if (!g.tunnel.isEmpty())
            o.insert(QStringLiteral("tunnel"), g.tunnel);
        out.append(o);
    }
    return out;
}

QJsonArray deliveryJson(const ComparisonReport &report)
{
    QJsonArray out;
    for (const Delivery &d : report.delivery()) {
        QJsonObject paths;
        for (auto it = d.paths.begin(); it != d.paths.end(); ++it)
            paths.insert(it.key(), it.value());
        QJsonObject o{{QStringLiteral("message"), report.redactor().redact(d.message)},
                      {QStringLiteral("runs"), d.runs},
                      {QStringLiteral("paths"), paths}};
        if (!d.identity.isEmpty())
            o.insert(QStringLiteral("identity"), d.identity);
        out.append(o);
    }
    return out;
}

QJsonObject shareJson(const QString &key, const QString &name, int affected, int runs)
{
    return {{key, name}, {QStringLiteral("affected"), affected}, {QStringLiteral("runs"), runs}};
}

// An identity's or a tunnel's contrast: its sentence, what it is about, and `rest`.
template<typename Contrast> QJsonObject contrastJson(const SecretRedactor &r, const Contrast &c, QJsonObject rest)
{
    insertSentence(&rest, QStringLiteral("summary"), c.sentence(), r);
    if (!c.message.isEmpty())
        rest.insert(QStringLiteral("message"), r.redact(c.message));
    if (!c.kind.isEmpty())
        rest.insert(QStringLiteral("kind"), c.kind);
    return rest;
}

// Where the tunnel treated the swept identities differently.
QJsonArray contrastsJson(const ComparisonReport &report)
{
    const SecretRedactor &r = report.redactor();
    QJsonArray out;
    for (const IdentityContrast &c : report.identityContrasts()) {
        QJsonArray shares;
        for (const IdentityContrast::Share &s : c.shares)
            shares.append(shareJson(QStringLiteral("identity"), s.identity, s.affected, s.runs));
        out.append(contrastJson(r, c, {{QStringLiteral("path"), c.path}, {QStringLiteral("identities"), shares}}));
    }
    return out;
}

// With several tunnels: what some did and the others did not, naming the one at fault.
QJsonArray tunnelContrastsJson(const ComparisonReport &report)
{
    const SecretRedactor &r = report.redactor();
    QJsonArray out;
    for (const TunnelContrast &c : report.tunnelContrasts()) {
        QJsonArray shares;
        for (const TunnelContrast::Share &s : c.shares)
            shares.append(shareJson(QStringLiteral("tunnel"), s.tunnel, s.affected, s.runs));
        out.append(contrastJson(
            r, c, {{QStringLiteral("at_fault"), QJsonArray::fromStringList(c.atFault())}, {QStringLiteral("tunnels"), shares}}));
    }
    return out;
}

// With several tunnels: each one's result over its runs.
QJsonArray tunnelResultsJson(const ComparisonReport &report)
{
    QJsonArray out;
    for (const ComparisonReport::TunnelResult &t : report.tunnelResults())
        out.append(QJsonObject{{QStringLiteral("name"), t.name},
                               {QStringLiteral("url"), report.redactor().redact(t.url.toString())},
                               {QStringLiteral("verdict"), ComparisonReport::verdictName(t.verdict)},
                               {QStringLiteral("runs"), t.runs},
                               {QStringLiteral("findings"),
                                QJsonObject{{QStringLiteral("critical"), t.critical},
                                            {QStringLiteral("warning"), t.warning},
                                            {QStringLiteral("info"), t.info}}}});
    return out;
}

QJsonObject toObject(const QMap<QString, int> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

void JsonReportWriter::write(const ComparisonReport &report, QIODevice *device, const FrameFilter &frames)
{
    const SecretRedactor &r = report.redactor();
    JsonStreamWriter w(device);
    w.beginObject();
    w.key(QStringLiteral("format"));
    w.value(QStringLiteral("tunnelscope-report/1"));
    w.key(QStringLiteral("tool"));
    w.json(QJsonObject{{QStringLiteral("name"), QStringLiteral("tunnelscope")},
                       {QStringLiteral("version"), QStringLiteral(TUNNELSCOPE_VERSION)}});
    w.key(QStringLiteral("profile"));
    w.json(r.redact(report.profile().asPlayed()));
    w.key(QStringLiteral("started_at"));
    w.value(QDateTime::fromMSecsSinceEpoch(report.startedEpochMs())
                .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                .toString(Qt::ISODateWithMs));
    w.newline();
    if (const QString language = localizedLanguage(); !language.isEmpty()) {
        w.key(QStringLiteral("language")); // of every *_localized field
        w.value(language);
    }
    if (!frames.isEmpty()) {
        w.key(QStringLiteral("frames_filter"));
        w.value(frames.expression());
    }
    // Report-level lines, each redacted; a key only when there is something to say.
    for (const auto &[key, lines] :
         {std::pair{QStringLiteral("warnings"), report.tlsWarnings()}, std::pair{QStringLiteral("notes"), report.notes()}}) {
        if (lines.isEmpty())
            continue;
        QJsonArray redacted, localized;
        for (const Sentence &line : lines) {
            redacted.append(r.redact(line.english()));
            localized.append(r.redact(line.localized()));
        }
        w.key(key);
        w.json(redacted);
        if (!localizedLanguage().isEmpty()) {
            w.key(key + QStringLiteral("_localized"));
            w.json(localized);
        }
    }
    w.key(QStringLiteral("summary"));
    QJsonObject latency{{QStringLiteral("direct"), report.pingLatency(false).toJson()},
                        {QStringLiteral("tunnel"), report.pingLatency(true).toJson()},
                        {QStringLiteral("delta"), report.deltaLatency().toJson()}};
    QJsonObject summary{
        {QStringLiteral("verdict"), ComparisonReport::verdictName(report.verdict())},
        {QStringLiteral("findings"), toObject(report.findingCounts())},
        {QStringLiteral("close_codes"),
         QJsonObject{{QStringLiteral("direct"), toObject(report.closeCodes(false))},
                     {QStringLiteral("tunnel"), toObject(report.closeCodes(true))}}},
        {QStringLiteral("reconnects"),
         QJsonObject{{QStringLiteral("direct"), report.reconnects(false)}, {QStringLiteral("tunnel"), report.reconnects(true)}}},
        {QStringLiteral("latency_ms"), latency},
        {QStringLiteral("runs"), qint64(report.runs().size())},
        {QStringLiteral("groups"), groupsJson(report)},
        {QStringLiteral("delivery"), deliveryJson(report)},
        {QStringLiteral("identity_contrasts"), contrastsJson(report)}};
    if (!report.tunnelResults().isEmpty()) {
        summary.insert(QStringLiteral("tunnels"), tunnelResultsJson(report));
        summary.insert(QStringLiteral("tunnel_contrasts"), tunnelContrastsJson(report));
    }
    w.json(summary);
    w.newline();
    w.key(QStringLiteral("runs"));
    w.beginArray();
    for (std::size_t i = 0; i < report.runs().size(); ++i) {
        const RunRecord &run = *report.runs()[i];
        w.newline();
        w.beginObject();
        w.key(QStringLiteral("index"));
        w.value(run.index);
        w.key(QStringLiteral("interrupted"));
        w.value(run.interrupted);
        if (!run.identity.isEmpty()) {
            w.key(QStringLiteral("identity"));
            w.value(run.identity);
        }
        if (!run.tunnelName.isEmpty()) {
            w.key(QStringLiteral("tunnel_name"));
            w.value(run.tunnelName);
        }
        w.key(QStringLiteral("started_at"));
        w.value(QDateTime::fromMSecsSinceEpoch(run.startedEpochMs)
                    .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                    .toString(Qt::ISODateWithMs));
        w.key(QStringLiteral("findings"));
        QJsonArray findings;
        for (const Finding &f : report.findings(qsizetype(i)))
            findings.append(findingJson(f, r));
        w.json(findings);
        w.newline();
        w.key(QStringLiteral("direct"));
        writePath(w, FrameFilterScope(frames, report, qsizetype(i), false), r);
        w.newline();
        w.key(QStringLiteral("tunnel"));
        writePath(w, FrameFilterScope(frames, report, qsizetype(i), true), r);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.newline();
}

} // namespace tunnelscope
