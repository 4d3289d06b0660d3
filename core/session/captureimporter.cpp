#include "captureimporter.h"

#include "capturejournal.h"
#include "profileloader.h"
#include "recordedwords.h"
#include "secretredactor.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <algorithm>

namespace tunnelscope {

namespace {

constexpr qint64 MaxFileBytes = qint64(2) << 30;

qint64 toUs(double ms)
{
    return qint64(std::llround(ms * 1000.0));
}

std::optional<FrameType> frameType(const QString &name)
{
    for (FrameType t : {FrameType::Open, FrameType::Text, FrameType::Binary, FrameType::Ping, FrameType::Pong, FrameType::Close,
                        FrameType::Error})
        if (frameTypeName(t) == name)
            return t;
    return std::nullopt;
}

HandshakeRecord handshakeFrom(const QJsonObject &o)
{
    HandshakeRecord h;
    h.ok = o.value(QStringLiteral("ok")).toBool();
    h.status = o.value(QStringLiteral("status")).toInt();
    h.statusLine = o.value(QStringLiteral("status_line")).toString().toUtf8();
    h.error = o.value(QStringLiteral("error")).toString();
    h.errorKind = o.value(QStringLiteral("cause")).toString();
    h.headers = HandshakeRecord::headersFromJson(o.value(QStringLiteral("headers")).toArray());
    h.requestHeaders = HandshakeRecord::headersFromJson(o.value(QStringLiteral("request_headers")).toArray());
    const double started = o.value(QStringLiteral("started_ms")).toDouble(-1);
    if (started >= 0) {
        h.startUs = toUs(started);
        const QJsonObject phases = o.value(QStringLiteral("phases_ms")).toObject();
        auto phase = [&](const char *name) {
            const QJsonValue v = phases.value(QLatin1String(name));
            return v.isDouble() ? h.startUs + toUs(v.toDouble()) : qint64(-1);
        };
        h.tcpConnectedUs = phase("tcp_connected");
        h.proxyDoneUs = phase("proxy_done");
        h.tlsDoneUs = phase("tls_done");
        h.upgradeSentUs = phase("upgrade_sent");
        h.answerUs = phase("answer");
    }
    return h;
}

CloseRecord closeFrom(const QJsonObject &o)
{
    CloseRecord c;
    c.code = quint16(o.value(QStringLiteral("code")).toInt(1006));
    c.frameReceived = o.value(QStringLiteral("frame_received")).toBool();
    c.reason = o.value(QStringLiteral("reason")).toString().toUtf8();
    c.wireProblem = o.value(QStringLiteral("wire_problem")).toString();
    const QString by = o.value(QStringLiteral("initiated_by")).toString();
    c.initiatedBy = by == QLatin1String("client") ? CloseRecord::Initiator::Client
        : by == QLatin1String("server")           ? CloseRecord::Initiator::Server
                                                  : CloseRecord::Initiator::None;
    c.tcpEnd = o.value(QStringLiteral("tcp_end")).toString();
    c.tcpEndedBy = CloseRecord::tcpEndedByFromName(o.value(QStringLiteral("tcp_ended_by")).toString());
    c.frameSent = o.contains(QStringLiteral("sent_code"));
    c.sentCode = quint16(o.value(QStringLiteral("sent_code")).toInt());
    if (o.contains(QStringLiteral("t_ms")))
        c.endedUs = toUs(o.value(QStringLiteral("t_ms")).toDouble());
    return c;
}

// A report's frame back into the store: data is text, or base64 for binary payloads.
bool appendFrame(const QJsonObject &f, PathRecord *p, QString *error)
{
    const auto type = frameType(f.value(QStringLiteral("type")).toString());
    if (!type) {
        *error = CaptureImporter::tr("unknown frame type \"%1\"").arg(f.value(QStringLiteral("type")).toString());
        return false;
    }
    const Direction dir = f.value(QStringLiteral("dir")).toString() == QLatin1String("out") ? Direction::Out : Direction::In;
    const QString data = f.value(QStringLiteral("data")).toString();
    QByteArray payload;
    if (*type == FrameType::Binary)
        payload = QByteArray::fromBase64(data.toLatin1());
    else if (*type == FrameType::Close) {
        if (f.contains(QStringLiteral("close_code"))) {
            payload.resize(2);
            qToBigEndian(quint16(f.value(QStringLiteral("close_code")).toInt()), payload.data());
            payload += f.value(QStringLiteral("close_reason")).toString().toUtf8();
        }
    } else
        payload = data.toUtf8();
    p->frames.append(toUs(f.value(QStringLiteral("t_ms")).toDouble()), *type, dir, payload,
                     quint32(std::max(1, f.value(QStringLiteral("fragments")).toInt(1))));
    if (f.contains(QStringLiteral("compressed_size")))
        p->frames.setCompressedSize(p->frames.count() - 1, f.value(QStringLiteral("compressed_size")).toInteger());
    return true;
}

} // namespace

QString CaptureImporter::Capture::describe() const
{
    const QString name = QFileInfo(file).fileName();
    switch (kind) {
    case Kind::Har:
        return ownHar ? RecordedWords::english(RecordedWords::CaptureOwnHar, name, pathName)
                      : RecordedWords::english(RecordedWords::CaptureBrowserHar, name);
    case Kind::Report:
        return RecordedWords::english(RecordedWords::CaptureReport, name, pathName);
    case Kind::Journal:
        return RecordedWords::english(RecordedWords::CaptureFromJournal, name, pathName);
    }
    return name;
}

bool CaptureImporter::read(const QString &file, const QString &pathName, Capture *out, QString *error)
{
    out->file = file;
    out->pathName = pathName;
    if (file.endsWith(CaptureJournal::fileSuffix())) {
        out->kind = Kind::Journal;
        return readJournal(out, error);
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(file, f.errorString());
        return false;
    }
    if (f.size() > MaxFileBytes) {
        *error = tr("%1: %2 bytes is more than the 2 GiB a capture may have").arg(file).arg(f.size());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1: not JSON (%2 at byte %3): compare takes a HAR file, a Tunnelscope JSON report (--json) or a "
                    "journal (.tsjournal)")
                     .arg(file, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("log")).isObject()) {
        out->kind = Kind::Har;
        return readHar(o.value(QStringLiteral("log")).toObject(), out, error);
    }
    if (o.value(QStringLiteral("format")).toString() == QLatin1String("tunnelscope-report/1")) {
        out->kind = Kind::Report;
        return readReport(o, out, error);
    }
    *error
        = tr("%1: neither a HAR file (no \"log\") nor a Tunnelscope report (no \"format\": \"tunnelscope-report/1\")").arg(file);
    return false;
}

bool CaptureImporter::readHar(const QJsonObject &log, Capture *out, QString *error)
{
    struct Entry
    {
        qint64 startedMs = 0;
        QJsonObject json;
    };
    QList<Entry> sockets;
    QStringList others; // WebSocket URLs left out by urlContains
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        if (!e.contains(QStringLiteral("_webSocketMessages"))
            && e.value(QStringLiteral("_resourceType")) != QLatin1String("websocket"))
            continue;
        // A page may hold other sockets (a dev server's hot reload, analytics): picked by URL.
        const QString url = e.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString();
        if (!out->urlContains.isEmpty() && !url.contains(out->urlContains)) {
            if (!others.contains(url))
                others << url;
            continue;
        }
        const QDateTime started = QDateTime::fromString(e.value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs);
        sockets.append({started.isValid() ? started.toMSecsSinceEpoch() : 0, e});
    }
    if (sockets.isEmpty() && !others.isEmpty()) {
        *error = tr("%1: no WebSocket URL contains \"%2\" (it has %3)")
                     .arg(out->file, out->urlContains, SecretRedactor().redact(others.join(QStringLiteral(", "))));
        return false;
    }
    if (sockets.isEmpty()) {
        *error = tr("%1: the HAR holds no WebSocket (%2 entries, none with _webSocketMessages): export it from the "
                    "browser's Network panel with the WebSocket connection in the list")
                     .arg(out->file)
                     .arg(entries.size());
        return false;
    }
    std::stable_sort(sockets.begin(), sockets.end(), [](const Entry &a, const Entry &b) { return a.startedMs < b.startedMs; });
    // Tunnelscope's own HAR has an entry per path and run ("run 3, tunnel path"): each entry of
    // the path asked for is a run of its own.
    if (log.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString()
        == QLatin1String("Tunnelscope")) {
        out->ownHar = true;
        const QString suffix = QStringLiteral(", %1 path").arg(out->pathName);
        for (const Entry &entry : std::as_const(sockets))
            if (entry.json.value(QStringLiteral("comment")).toString().section(QLatin1Char(';'), 0, 0).endsWith(suffix))
                readHarEntries({entry.json}, entry.startedMs, out);
        if (out->runs.empty()) {
            *error = tr("%1: this Tunnelscope HAR has no %2 path").arg(out->file, out->pathName);
            return false;
        }
        return true;
    }
    QList<QJsonObject> all;
    for (const Entry &entry : std::as_const(sockets))
        all << entry.json;
    readHarEntries(all, sockets.first().startedMs, out);
    return true;
}

void CaptureImporter::readHarEntries(const QList<QJsonObject> &entries, qint64 startMs, Capture *out)
{
    // What a browser sends can hold the session's credentials: they are redacted as they are
    // read, the same way a report redacts them, so the two sides compare alike.
    SecretRedactor redactor;
    PathRecord path;
    path.name = out->pathName;
    path.controlFramesRecorded = false;
    QStringList urls;
    for (const QJsonObject &entry : entries) {
        const QDateTime started
            = QDateTime::fromString(entry.value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs);
        const qint64 startedMs = started.isValid() ? started.toMSecsSinceEpoch() : startMs;
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
        ConnectionRecord c;
        c.url = QUrl(redactor.redact(request.value(QStringLiteral("url")).toString()));
        c.firstFrameIndex = path.frames.count();
        HandshakeRecord &h = c.handshake;
        h.status = response.value(QStringLiteral("status")).toInt();
        h.ok = h.status == 101;
        h.statusLine = QStringLiteral("%1 %2 %3")
                           .arg(response.value(QStringLiteral("httpVersion")).toString(QStringLiteral("HTTP/1.1")))
                           .arg(h.status)
                           .arg(response.value(QStringLiteral("statusText")).toString())
                           .trimmed()
                           .toUtf8();
        h.startUs = (startedMs - startMs) * 1000;
        if (!h.ok)
            h.error = RecordedWords::english(RecordedWords::BrowserUpgradeStatus, h.status);
        for (const QJsonValue &hv : response.value(QStringLiteral("headers")).toArray()) {
            const QJsonObject header = hv.toObject();
            h.headers.append({header.value(QStringLiteral("name")).toString().toLatin1(),
                              redactor.redact(header.value(QStringLiteral("value")).toString()).toUtf8()});
        }
        if (!urls.contains(c.url.toString()))
            urls << c.url.toString();
        if (h.ok)
            path.frames.append(h.startUs, FrameType::Open, Direction::In, h.statusLine);
        // Browsers keep only data messages; a close is not in the HAR (and so not compared).
        c.close.code = 1005;
        c.close.tcpEnd = RecordedWords::english(RecordedWords::NotInHar);
        for (const QJsonValue &mv : entry.value(QStringLiteral("_webSocketMessages")).toArray()) {
            const QJsonObject m = mv.toObject();
            const int opcode = m.value(QStringLiteral("opcode")).toInt(1);
            if (opcode != 1 && opcode != 2)
                continue;
            const qint64 tUs = qint64(std::llround(m.value(QStringLiteral("time")).toDouble() * 1e6)) - startMs * 1000;
            const Direction dir
                = m.value(QStringLiteral("type")).toString() == QLatin1String("send") ? Direction::Out : Direction::In;
            const QString data = m.value(QStringLiteral("data")).toString();
            if (opcode == 2)
                path.frames.append(tUs, FrameType::Binary, dir, redactor.mask(QByteArray::fromBase64(data.toLatin1())).bytes);
            else
                path.frames.append(tUs, FrameType::Text, dir, redactor.redact(data.toUtf8()));
        }
        if (!path.connections.isEmpty())
            path.reconnectsUs.append(h.startUs);
        path.connections.append(c);
    }
    path.url = path.connections.first().url;
    if (urls.size() > 1)
        out->notes << RecordedWords::english(
            out->urlContains.isEmpty() ? RecordedWords::HarSocketsAsOnePathUnfiltered : RecordedWords::HarSocketsAsOnePath,
            QFileInfo(out->file).fileName(), entries.size(), urls.size(), urls.join(QStringLiteral(", ")));
    out->runs.push_back(std::move(path));
    out->startedEpochMs.push_back(startMs);
    out->identities << QString();
}

bool CaptureImporter::readReport(const QJsonObject &report, Capture *out, QString *error)
{
    const QJsonObject played = report.value(QStringLiteral("profile")).toObject();
    ProfileLoader::Result loaded
        = ProfileLoader::parse(QJsonDocument(played).toJson(), out->file + QStringLiteral(" (its profile)"));
    if (loaded.profile)
        out->profile = std::make_unique<Profile>(*loaded.profile);
    const QJsonArray runs = report.value(QStringLiteral("runs")).toArray();
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const QJsonObject run = runs.at(r).toObject();
        if (run.value(QStringLiteral("interrupted")).toBool()) {
            out->notes << RecordedWords::english(RecordedWords::RunInterruptedLeftOut, QFileInfo(out->file).fileName(), r + 1);
            continue;
        }
        const QJsonObject p = run.value(out->pathName).toObject();
        PathRecord path;
        path.name = out->pathName;
        path.url = QUrl(p.value(QStringLiteral("url")).toString());
        for (const QJsonValue &f : p.value(QStringLiteral("frames")).toArray())
            if (QString why; !appendFrame(f.toObject(), &path, &why)) {
                *error = QStringLiteral("%1: $.runs[%2].%3.frames: %4").arg(out->file).arg(r).arg(out->pathName, why);
                return false;
            }
        for (const QJsonValue &cv : p.value(QStringLiteral("connections")).toArray()) {
            const QJsonObject c = cv.toObject();
            ConnectionRecord record;
            record.url = path.url;
            record.firstFrameIndex = c.value(QStringLiteral("first_seq")).toInteger();
            record.handshake = handshakeFrom(c.value(QStringLiteral("handshake")).toObject());
            record.close = closeFrom(c.value(QStringLiteral("close")).toObject());
            path.connections.append(record);
        }
        for (const QJsonValue &t : p.value(QStringLiteral("reconnects_ms")).toArray())
            path.reconnectsUs.append(toUs(t.toDouble()));
        path.heartbeatTimeouts = p.value(QStringLiteral("heartbeat_timeouts")).toInt();
        const QDateTime started = QDateTime::fromString(run.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
        out->startedEpochMs.push_back(started.isValid() ? started.toMSecsSinceEpoch() : 0);
        out->identities << run.value(QStringLiteral("identity")).toString();
        out->tunnelNames << run.value(QStringLiteral("tunnel_name")).toString();
        out->runs.push_back(std::move(path));
    }
    if (out->runs.empty()) {
        *error = tr("%1: the report holds no run that ended on its own").arg(out->file);
        return false;
    }
    return true;
}

bool CaptureImporter::readJournal(Capture *out, QString *error)
{
    CaptureJournal::Recovered recovered;
    if (!CaptureJournal::read(out->file, &recovered, error))
        return false;
    out->profile = std::move(recovered.profile);
    out->notes << recovered.notes;
    for (auto &run : recovered.runs) {
        if (run->interrupted) {
            out->notes << RecordedWords::english(RecordedWords::RunInterruptedLeftOut, QFileInfo(out->file).fileName(),
                                                 run->index + 1);
            continue;
        }
        out->startedEpochMs.push_back(run->startedEpochMs);
        out->identities << run->identity;
        out->tunnelNames << run->tunnelName;
        out->runs.push_back(std::move(out->pathName == QLatin1String("tunnel") ? run->tunnel : run->direct));
    }
    if (out->runs.empty()) {
        *error = tr("%1: the journal holds no run that ended on its own").arg(out->file);
        return false;
    }
    return true;
}

} // namespace tunnelscope
