#include "harreportwriter.h"

#include "comparisonreport.h"
#include "framepresenter.h"
#include "jsonstreamwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

namespace tunnelscope {

namespace {
// HAR 1.2 timings from an upgrade's phases, in ms: connect (TCP and TLS, ssl its TLS part),
// send (writing the request), wait (until the answer), -1 where a phase did not apply or was
// not reached; blocked and dns are not measured apart (connect includes the lookup, and a
// proxy's CONNECT, as browsers count it).
QJsonObject harTimings(const HandshakeRecord &h)
{
    auto span = [](qint64 from, qint64 to) { return from >= 0 && to >= from ? double(to - from) / 1000.0 : -1.0; };
    const qint64 secured = h.tlsDoneUs >= 0 ? h.tlsDoneUs : h.tcpConnectedUs;
    const double connect = span(h.startUs, secured), send = span(secured, h.upgradeSentUs);
    const double wait = span(h.upgradeSentUs, h.answerUs);
    return QJsonObject{{QStringLiteral("blocked"), -1},
                       {QStringLiteral("dns"), -1},
                       {QStringLiteral("connect"), connect},
                       {QStringLiteral("ssl"), span(h.proxyDoneUs >= 0 ? h.proxyDoneUs : h.tcpConnectedUs, h.tlsDoneUs)},
                       {QStringLiteral("send"), std::max(0.0, send)},
                       {QStringLiteral("wait"), std::max(0.0, wait)},
                       {QStringLiteral("receive"), 0}};
}

QJsonArray harHeaders(const QList<QPair<QByteArray, QByteArray>> &list, const SecretRedactor &r)
{
    QJsonArray out;
    for (const auto &hdr : list)
        out.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(hdr.first)},
                               {QStringLiteral("value"), QString::fromLatin1(r.redactHeader(hdr.first, hdr.second))}});
    return out;
}

QJsonObject harRequest(const QUrl &url, const HandshakeRecord &h, const SecretRedactor &r)
{
    QJsonArray queryString;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        queryString.append(QJsonObject{{QStringLiteral("name"), item.first}, {QStringLiteral("value"), item.second}});
    return QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                       {QStringLiteral("url"), url.toString()},
                       {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                       {QStringLiteral("cookies"), QJsonArray()},
                       {QStringLiteral("headers"), harHeaders(h.requestHeaders, r)},
                       {QStringLiteral("queryString"), queryString},
                       {QStringLiteral("headersSize"), -1},
                       {QStringLiteral("bodySize"), 0}};
}

QJsonObject harResponse(const HandshakeRecord &h, const SecretRedactor &r)
{
    return QJsonObject{{QStringLiteral("status"), h.status},
                       {QStringLiteral("statusText"), h.ok ? QStringLiteral("Switching Protocols") : r.redact(h.error)},
                       {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                       {QStringLiteral("cookies"), QJsonArray()},
                       {QStringLiteral("headers"), harHeaders(h.headers, r)},
                       {QStringLiteral("content"),
                        QJsonObject{{QStringLiteral("size"), 0}, {QStringLiteral("mimeType"), QStringLiteral("x-unknown")}}},
                       {QStringLiteral("redirectURL"), QString()},
                       {QStringLiteral("headersSize"), -1},
                       {QStringLiteral("bodySize"), -1}};
}

// Chrome's `_webSocketMessages`: the data messages, each at its time in seconds since the epoch.
void writeMessages(JsonStreamWriter &w, const RunRecord &run, const PathRecord &p, const SecretRedactor &r)
{
    w.beginArray();
    for (qsizetype i = 0; i < p.frames.count(); ++i) {
        const Frame f = p.frames.at(i);
        if (!f.isData())
            continue;
        const FramePresenter::Data data = FramePresenter::data(f, r);
        w.beginObject();
        w.key(QStringLiteral("type"));
        w.value(f.dir == Direction::Out ? QStringLiteral("send") : QStringLiteral("receive"));
        w.key(QStringLiteral("time"));
        w.value((double(run.startedEpochMs) * 1000.0 + double(f.tUs)) / 1e6, 6);
        w.key(QStringLiteral("opcode"));
        w.value(f.type == FrameType::Binary ? 2 : 1);
        w.key(QStringLiteral("data"));
        w.value(data.text);
        w.endObject();
    }
    w.endArray();
}

// One entry per path and run: the upgrade as an HTTP exchange, and its messages.
void writeEntry(JsonStreamWriter &w, const RunRecord &run, const PathRecord &p, const SecretRedactor &r)
{
    const HandshakeRecord h = p.firstHandshake();
    const double started = double(run.startedEpochMs) + (h.startUs >= 0 ? double(h.startUs) / 1000.0 : 0);
    const QJsonObject timings = harTimings(h);
    // HAR: the entry's time is the sum of its timings that apply (ssl is within connect).
    double duration = 0;
    for (const char *phase : {"blocked", "dns", "connect", "send", "wait", "receive"})
        duration += std::max(0.0, timings.value(QLatin1String(phase)).toDouble());
    w.newline();
    w.beginObject();
    w.key(QStringLiteral("startedDateTime"));
    w.value(QDateTime::fromMSecsSinceEpoch(qint64(started)).toUTC().toString(Qt::ISODateWithMs));
    w.key(QStringLiteral("time"));
    w.value(duration, 3);
    w.key(QStringLiteral("request"));
    w.json(harRequest(QUrl(r.redact(p.url.toString())), h, r));
    w.key(QStringLiteral("response"));
    w.json(harResponse(h, r));
    w.key(QStringLiteral("cache"));
    w.json(QJsonObject());
    w.key(QStringLiteral("timings"));
    w.json(timings);
    w.key(QStringLiteral("comment"));
    w.value(QStringLiteral("run %1%3, %2 path")
                .arg(run.index + 1)
                .arg(p.name,
                     (run.tunnelName.isEmpty() ? QString() : QStringLiteral(" via ") + run.tunnelName)
                         + (run.identity.isEmpty() ? QString() : QStringLiteral(" as ") + run.identity))
            + (h.tlsWarnings.isEmpty()
                   ? QString()
                   : QStringLiteral("; TLS errors ignored: ") + r.redact(h.tlsWarnings.join(QStringLiteral("; ")))));
    w.key(QStringLiteral("_resourceType"));
    w.value(QStringLiteral("websocket"));
    w.key(QStringLiteral("_webSocketMessages"));
    writeMessages(w, run, p, r);
    w.endObject();
}

} // namespace

void HarReportWriter::write(const ComparisonReport &report, QIODevice *device)
{
    const SecretRedactor &r = report.redactor();
    JsonStreamWriter w(device);
    w.beginObject();
    w.key(QStringLiteral("log"));
    w.beginObject();
    w.key(QStringLiteral("version"));
    w.value(QStringLiteral("1.2"));
    w.key(QStringLiteral("creator"));
    w.json(QJsonObject{{QStringLiteral("name"), QStringLiteral("Tunnelscope")},
                       {QStringLiteral("version"), QStringLiteral(TUNNELSCOPE_VERSION)}});
    if (!report.tlsWarnings().isEmpty()) {
        // HAR 1.2 gives every object a free "comment"; the log's is where viewers look first.
        QStringList lines;
        for (const Sentence &t : report.tlsWarnings())
            lines << QStringLiteral("warning: ") + r.redact(t.english());
        w.key(QStringLiteral("comment"));
        w.value(lines.join(QLatin1Char('\n')));
    }
    w.key(QStringLiteral("pages"));
    w.json(QJsonArray());
    w.key(QStringLiteral("entries"));
    w.beginArray();
    for (const auto &run : report.runs())
        for (const PathRecord *p : {&run->direct, &run->tunnel})
            // With several tunnels the direct path is written once per run.
            if (p == &run->tunnel || run->tunnelName == report.runs().front()->tunnelName)
                writeEntry(w, *run, *p, r);
    w.endArray();
    w.endObject();
    w.endObject();
    w.newline();
}

} // namespace tunnelscope
