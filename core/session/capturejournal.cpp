#include "capturejournal.h"

#include "pairedrun.h"

#include "profileloader.h"
#include "recordedwords.h"
#include "scenariorunner.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace tunnelscope {

namespace {
const QString Format = QStringLiteral("tunnelscope-journal/1");
const QString Suffix = QStringLiteral(".tsjournal");

QJsonObject handshakeJson(const HandshakeRecord &h, const SecretRedactor &r)
{
    QJsonArray headers;
    for (const auto &[name, value] : h.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(r.redactHeader(name, value))});
    QJsonArray proxyHeaders;
    for (const auto &[name, value] : h.proxyHeaders)
        proxyHeaders.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(r.redactHeader(name, value))});
    QJsonArray requestHeaders;
    for (const auto &[name, value] : h.requestHeaders)
        requestHeaders.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(r.redactHeader(name, value))});
    return {{QStringLiteral("ok"), h.ok},
            {QStringLiteral("request"), requestHeaders},
            {QStringLiteral("proxy"), r.redact(h.proxy)},
            {QStringLiteral("pstatus"), h.proxyStatus},
            {QStringLiteral("pline"), r.redact(decodeUtf8(h.proxyStatusLine))},
            {QStringLiteral("pheaders"), proxyHeaders},
            {QStringLiteral("pdone"), h.proxyDoneUs},
            {QStringLiteral("status"), h.status},
            {QStringLiteral("line"), r.redact(decodeUtf8(h.statusLine))},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("error"), r.redact(h.error)},
            {QStringLiteral("kind"), h.errorKind},
            {QStringLiteral("tls"), QJsonArray::fromStringList(h.tlsWarnings)},
            {QStringLiteral("start"), h.startUs},
            {QStringLiteral("tcp"), h.tcpConnectedUs},
            {QStringLiteral("tlsdone"), h.tlsDoneUs},
            {QStringLiteral("sent"), h.upgradeSentUs},
            {QStringLiteral("answer"), h.answerUs}};
}

HandshakeRecord handshakeFrom(const QJsonObject &o)
{
    HandshakeRecord h;
    h.ok = o.value(QStringLiteral("ok")).toBool();
    h.status = o.value(QStringLiteral("status")).toInt();
    h.statusLine = o.value(QStringLiteral("line")).toString().toUtf8();
    h.proxy = o.value(QStringLiteral("proxy")).toString();
    h.proxyStatus = o.value(QStringLiteral("pstatus")).toInt();
    h.proxyStatusLine = o.value(QStringLiteral("pline")).toString().toUtf8();
    h.proxyHeaders = HandshakeRecord::headersFromJson(o.value(QStringLiteral("pheaders")).toArray());
    h.proxyDoneUs = o.value(QStringLiteral("pdone")).toInteger(-1);
    h.headers = HandshakeRecord::headersFromJson(o.value(QStringLiteral("headers")).toArray());
    h.requestHeaders = HandshakeRecord::headersFromJson(o.value(QStringLiteral("request")).toArray());
    h.error = o.value(QStringLiteral("error")).toString();
    h.errorKind = o.value(QStringLiteral("kind")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("tls")).toArray())
        h.tlsWarnings << v.toString();
    h.startUs = o.value(QStringLiteral("start")).toInteger(-1);
    h.tcpConnectedUs = o.value(QStringLiteral("tcp")).toInteger(-1);
    h.tlsDoneUs = o.value(QStringLiteral("tlsdone")).toInteger(-1);
    h.upgradeSentUs = o.value(QStringLiteral("sent")).toInteger(-1);
    h.answerUs = o.value(QStringLiteral("answer")).toInteger(-1);
    return h;
}

QJsonObject closeJson(const CloseRecord &c, const SecretRedactor &r)
{
    return {{QStringLiteral("frame"), c.frameReceived},
            {QStringLiteral("code"), c.code},
            {QStringLiteral("reason"), r.redact(decodeUtf8(c.reason))},
            {QStringLiteral("wire"), c.wireProblem},
            {QStringLiteral("by"), int(c.initiatedBy)},
            {QStringLiteral("sent"), c.frameSent},
            {QStringLiteral("sentcode"), c.sentCode},
            {QStringLiteral("tcp"), r.redact(c.tcpEnd)},
            {QStringLiteral("tby"), CloseRecord::tcpEndedByName(c.tcpEndedBy)},
            {QStringLiteral("ended"), c.endedUs}};
}

QJsonObject httpJson(const HttpExchange &x, const SecretRedactor &r)
{
    return {{QStringLiteral("m"), x.method},
            {QStringLiteral("target"), r.redact(x.target)},
            {QStringLiteral("start"), x.startUs},
            {QStringLiteral("end"), x.endUs},
            {QStringLiteral("status"), x.status},
            {QStringLiteral("body"), r.redact(decodeUtf8(x.body))},
            {QStringLiteral("error"), r.redact(x.error)}};
}

HttpExchange httpFrom(const QJsonObject &o)
{
    HttpExchange x;
    x.method = o.value(QStringLiteral("m")).toString();
    x.target = o.value(QStringLiteral("target")).toString();
    x.startUs = o.value(QStringLiteral("start")).toInteger(-1);
    x.endUs = o.value(QStringLiteral("end")).toInteger(-1);
    x.status = o.value(QStringLiteral("status")).toInt();
    x.body = o.value(QStringLiteral("body")).toString().toUtf8();
    x.error = o.value(QStringLiteral("error")).toString();
    return x;
}

QJsonObject promptJson(const PromptRecord &p, const SecretRedactor &r)
{
    return {{QStringLiteral("id"), r.redact(p.id)},           {QStringLiteral("queued"), p.queuedUs},
            {QStringLiteral("first"), p.firstEventUs},        {QStringLiteral("last"), r.redact(p.lastEvent)},
            {QStringLiteral("outcome"), r.redact(p.outcome)}, {QStringLiteral("outcome_t"), p.outcomeUs},
            {QStringLiteral("history"), p.history},           {QStringLiteral("history_detail"), r.redact(p.historyDetail)},
            {QStringLiteral("history_t"), p.historyUs}};
}

PromptRecord promptFrom(const QJsonObject &o)
{
    PromptRecord p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.queuedUs = o.value(QStringLiteral("queued")).toInteger(-1);
    p.firstEventUs = o.value(QStringLiteral("first")).toInteger(-1);
    p.lastEvent = o.value(QStringLiteral("last")).toString();
    p.outcome = o.value(QStringLiteral("outcome")).toString();
    p.outcomeUs = o.value(QStringLiteral("outcome_t")).toInteger(-1);
    p.history = o.value(QStringLiteral("history")).toString();
    p.historyDetail = o.value(QStringLiteral("history_detail")).toString();
    p.historyUs = o.value(QStringLiteral("history_t")).toInteger(-1);
    return p;
}

CloseRecord closeFrom(const QJsonObject &o)
{
    CloseRecord c;
    c.frameReceived = o.value(QStringLiteral("frame")).toBool();
    c.code = quint16(o.value(QStringLiteral("code")).toInt(1006));
    c.reason = o.value(QStringLiteral("reason")).toString().toUtf8();
    c.wireProblem = o.value(QStringLiteral("wire")).toString();
    c.initiatedBy = CloseRecord::Initiator(std::clamp(o.value(QStringLiteral("by")).toInt(), 0, 2));
    c.frameSent = o.value(QStringLiteral("sent")).toBool();
    c.sentCode = quint16(o.value(QStringLiteral("sentcode")).toInt());
    c.tcpEnd = o.value(QStringLiteral("tcp")).toString();
    c.tcpEndedBy = CloseRecord::tcpEndedByFromName(o.value(QStringLiteral("tby")).toString());
    c.endedUs = o.value(QStringLiteral("ended")).toInteger(-1);
    return c;
}
} // namespace

CaptureJournal::CaptureJournal(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(FlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CaptureJournal::tick);
}

CaptureJournal::~CaptureJournal()
{
    if (m_file.isOpen())
        m_file.close(); // not finished: kept, to be recovered
}

QString CaptureJournal::directory()
{
    const QString overridden = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TUNNELSCOPE_JOURNAL_DIR"));
    if (!overridden.isEmpty())
        return overridden;
    // One place for the command line and the desktop app (their application names differ).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tunnelscope/journal");
}

QStringList CaptureJournal::unfinished()
{
    QDir dir(directory());
    QStringList out;
    for (const QFileInfo &f : dir.entryInfoList({QLatin1Char('*') + Suffix}, QDir::Files, QDir::Time))
        out << f.absoluteFilePath();
    return out;
}

bool CaptureJournal::setAside(const QString &path, bool discard)
{
    return discard ? QFile::remove(path) : QFile::rename(path, path + QStringLiteral(".recovered"));
}

QString CaptureJournal::fileSuffix()
{
    return Suffix;
}

bool CaptureJournal::follow(const ScenarioRunner *runner, QString *error)
{
    const QString dir = directory();
    if (!QDir().mkpath(dir)) {
        *error = tr("%1: cannot create the journal directory").arg(dir);
        return false;
    }
    QString name = runner->profile().name;
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_'); // a profile's name is not trusted as a path
    return followInto(
        runner,
        QStringLiteral("%1/%2-%3-%4%5")
            .arg(dir, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), name.left(40))
            .arg(QCoreApplication::applicationPid())
            .arg(Suffix),
        error);
}

bool CaptureJournal::followInto(const ScenarioRunner *runner, const QString &filePath, QString *error)
{
    m_runner = runner;
    m_redactor = SecretRedactor::forSession(runner->profile().asPlayed(), runner->secrets());
    m_file.setFileName(filePath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("%1: cannot write the journal: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    line({{QStringLiteral("format"), Format},
          {QStringLiteral("origin"), runner->profile().origin},
          {QStringLiteral("profile"), m_redactor.redact(runner->profile().asPlayed())}});
    connect(runner, &ScenarioRunner::runStarted, this, [this](int index) {
        if (m_run < 0)
            line({{QStringLiteral("k"), QStringLiteral("started")}, {QStringLiteral("epoch_ms"), m_runner->startedEpochMs()}});
        m_run = index;
        m_direct = m_tunnel = Position();
        m_runAnnounced = false; // on the first write: the run has its start time by then
    });
    connect(runner, &ScenarioRunner::runFinished, this, [this](int index) {
        const QList<const RunRecord *> records = m_runner->recordsOfRun(index);
        if (records.isEmpty())
            return;
        writeRun(index, *records.first(), true, records.mid(1));
        m_file.flush();
    });
    connect(runner, &ScenarioRunner::finished, this, &CaptureJournal::finish);
    m_timer.start();
    return true;
}

void CaptureJournal::line(const QJsonObject &o)
{
    if (m_capped || !m_file.isOpen())
        return;
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.size() + bytes.size() > m_maxBytes) {
        m_capped = true;
        m_file.write(R"({"k":"capped"})"
                     "\n");
        return;
    }
    m_file.write(bytes);
}

void CaptureJournal::tick()
{
    if (const RunRecord *live = m_runner ? m_runner->liveRun() : nullptr; live && m_run >= 0)
        writeRun(m_run, *live, false);
    m_file.flush(); // into the kernel: a killed process loses nothing written so far
}

void CaptureJournal::writeRun(int index, const RunRecord &run, bool final, const QList<const RunRecord *> &others)
{
    if (index != m_run)
        return;
    if (!m_runAnnounced) {
        m_runAnnounced = true;
        // The paths' URLs now, so a journal cut short still says where each path went.
        QJsonObject announced{{QStringLiteral("k"), QStringLiteral("run")},
                              {QStringLiteral("r"), index},
                              {QStringLiteral("epoch_ms"), run.startedEpochMs},
                              {QStringLiteral("du"), m_redactor.redact(m_runner->directUrl().toString())},
                              {QStringLiteral("tu"), m_redactor.redact(m_runner->tunnelUrl().toString())}};
        if (!run.identity.isEmpty())
            announced.insert(QStringLiteral("id"), run.identity);
        // Several tunnels: their names, in order; the first is "t", the others "t1", "t2"…
        if (!run.tunnelName.isEmpty()) {
            QJsonArray names, urls;
            for (const PairedRun::TunnelPath &t : m_runner->tunnelPaths()) {
                names.append(t.name);
                urls.append(m_redactor.redact(t.options.url.toString()));
            }
            announced.insert(QStringLiteral("tn"), names);
            announced.insert(QStringLiteral("tus"), urls);
        }
        line(announced);
    }
    writePath(index, QStringLiteral("d"), run.direct, &m_direct);
    writePath(index, QStringLiteral("t"), run.tunnel, &m_tunnel);
    if (final) {
        QList<QPair<QString, const PathRecord *>> ended{{QStringLiteral("d"), &run.direct}, {QStringLiteral("t"), &run.tunnel}};
        for (qsizetype i = 0; i < others.size(); ++i) {
            const QString side = QStringLiteral("t%1").arg(i + 1);
            Position whole;
            writePath(index, side, others[i]->tunnel, &whole);
            ended.append({side, &others[i]->tunnel});
        }
        for (const auto &[side, p] : ended)
            line({{QStringLiteral("k"), QStringLiteral("path_end")},
                  {QStringLiteral("r"), index},
                  {QStringLiteral("p"), side},
                  {QStringLiteral("url"), m_redactor.redact(p->url.toString())},
                  {QStringLiteral("hb"), p->heartbeatTimeouts},
                  {QStringLiteral("done"), p->scriptCompleted}});
        line({{QStringLiteral("k"), QStringLiteral("run_end")},
              {QStringLiteral("r"), index},
              {QStringLiteral("interrupted"), run.interrupted}});
        m_run = -2; // until the next run starts
    }
}

void CaptureJournal::writePath(int index, const QString &side, const PathRecord &p, Position *at)
{
    const QJsonValue r(index);
    const QJsonValue s{side};
    for (; at->frames < p.frames.count(); ++at->frames) {
        const Frame f = p.frames.at(at->frames);
        QJsonObject o{{QStringLiteral("k"), QStringLiteral("f")},
                      {QStringLiteral("r"), r},
                      {QStringLiteral("p"), s},
                      {QStringLiteral("t"), f.tUs},
                      {QStringLiteral("y"), int(f.type)},
                      {QStringLiteral("o"), int(f.dir)}};
        if (f.fragments > 1)
            o.insert(QStringLiteral("n"), qint64(f.fragments));
        if (f.closeCode)
            o.insert(QStringLiteral("c"), f.closeCode);
        if (f.compressedSize >= 0)
            o.insert(QStringLiteral("z"), f.compressedSize);
        // Text as text with its secrets redacted; any other bytes with each secret byte masked.
        if ((f.type == FrameType::Text || f.type == FrameType::Error) && isValidUtf8(f.payload))
            o.insert(QStringLiteral("s"), decodeUtf8(m_redactor.redact(f.payload.toByteArray())));
        else if (!f.payload.isEmpty())
            o.insert(QStringLiteral("b"), QString::fromLatin1(m_redactor.mask(f.payload).bytes.toBase64()));
        line(o);
    }
    for (; at->connections < p.connections.size(); ++at->connections) {
        const ConnectionRecord &c = p.connections[at->connections];
        line({{QStringLiteral("k"), QStringLiteral("c")},
              {QStringLiteral("r"), r},
              {QStringLiteral("p"), s},
              {QStringLiteral("url"), m_redactor.redact(c.url.toString())},
              {QStringLiteral("first"), c.firstFrameIndex},
              {QStringLiteral("hs"), handshakeJson(c.handshake, m_redactor)},
              {QStringLiteral("cl"), closeJson(c.close, m_redactor)}});
    }
    for (; at->reconnects < p.reconnectsUs.size(); ++at->reconnects)
        line({{QStringLiteral("k"), QStringLiteral("rc")},
              {QStringLiteral("r"), r},
              {QStringLiteral("p"), s},
              {QStringLiteral("t"), p.reconnectsUs[at->reconnects]}});
    for (; at->steps < p.steps.size(); ++at->steps) {
        const StepOutcome &o = p.steps[at->steps];
        line({{QStringLiteral("k"), QStringLiteral("s")},
              {QStringLiteral("r"), r},
              {QStringLiteral("p"), s},
              {QStringLiteral("step"), o.step},
              {QStringLiteral("rep"), o.repetition},
              {QStringLiteral("ok"), o.ok},
              {QStringLiteral("t"), o.tUs},
              {QStringLiteral("detail"), m_redactor.redact(o.detail)}});
    }
    for (; at->pings < p.pings.size(); ++at->pings)
        line({{QStringLiteral("k"), QStringLiteral("pg")},
              {QStringLiteral("r"), r},
              {QStringLiteral("p"), s},
              {QStringLiteral("t"), p.pings[at->pings].tUs},
              {QStringLiteral("rtt"), p.pings[at->pings].rttUs}});
    // A changed exchange or prompt is written whole again, under its index; the last wins.
    const auto changed = [this, &r, &s](const char *kind, qsizetype i, const QJsonObject &body, QList<QByteArray> *written) {
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (written->size() <= i)
            written->resize(i + 1);
        if ((*written)[i] == bytes)
            return;
        (*written)[i] = bytes;
        line({{QStringLiteral("k"), QLatin1String(kind)},
              {QStringLiteral("r"), r},
              {QStringLiteral("p"), s},
              {QStringLiteral("i"), i},
              {QStringLiteral("v"), body}});
    };
    for (qsizetype i = 0; i < p.http.size(); ++i)
        changed("h", i, httpJson(p.http[i], m_redactor), &at->http);
    for (qsizetype i = 0; i < p.prompts.size(); ++i)
        changed("pr", i, promptJson(p.prompts[i], m_redactor), &at->prompts);
}

void CaptureJournal::finish()
{
    m_timer.stop();
    line({{QStringLiteral("k"), QStringLiteral("end")}});
    m_file.close();
    // A session that ended on its own leaves nothing to recover.
    if (!m_keepWhenFinished)
        QFile::remove(m_file.fileName());
}

namespace {

// The first line: the format and the profile as it was played.
bool readJournalHeader(QFile &file, const QString &path, CaptureJournal::Recovered *out, QString *error)
{
    const QJsonObject header = QJsonDocument::fromJson(file.readLine()).object();
    if (header.value(QStringLiteral("format")).toString() != Format) {
        *error = CaptureJournal::tr("%1: not a Tunnelscope journal (its first line names no \"%2\")").arg(path, Format);
        return false;
    }
    auto loaded = ProfileLoader::parse(QJsonDocument(header.value(QStringLiteral("profile")).toObject()).toJson(),
                                       header.value(QStringLiteral("origin")).toString() + QStringLiteral(" (journal)"));
    if (!loaded.ok()) {
        *error = CaptureJournal::tr("%1: the profile in the journal cannot be read: %2")
                     .arg(path, loaded.problems.join(QStringLiteral("; ")));
        return false;
    }
    out->profile = std::make_unique<Profile>(std::move(*loaded.profile));
    return true;
}

// One record about a path of a run (a frame, a connection, a step, ...). The journal's path and
// line name a record that is left out.
void readPathRecord(const QString &k, const QJsonObject &o, PathRecord &p, CaptureJournal::Recovered *out, const QString &path,
                    qint64 lineNumber)
{
    if (k == QLatin1String("f")) {
        const auto type = FrameType(std::clamp(o.value(QStringLiteral("y")).toInt(), 0, int(FrameType::Error)));
        const QByteArray payload = o.contains(QStringLiteral("s"))
            ? o.value(QStringLiteral("s")).toString().toUtf8()
            : QByteArray::fromBase64(o.value(QStringLiteral("b")).toString().toLatin1());
        p.frames.append(o.value(QStringLiteral("t")).toInteger(), type,
                        o.value(QStringLiteral("o")).toInt() ? Direction::Out : Direction::In, payload,
                        quint32(o.value(QStringLiteral("n")).toInt(1)), quint16(o.value(QStringLiteral("c")).toInt()));
        if (o.contains(QStringLiteral("z")))
            p.frames.setCompressedSize(p.frames.count() - 1, o.value(QStringLiteral("z")).toInteger());
    } else if (k == QLatin1String("c")) {
        ConnectionRecord c;
        c.url = QUrl(o.value(QStringLiteral("url")).toString());
        c.firstFrameIndex = o.value(QStringLiteral("first")).toInteger();
        c.handshake = handshakeFrom(o.value(QStringLiteral("hs")).toObject());
        c.close = closeFrom(o.value(QStringLiteral("cl")).toObject());
        p.connections.append(c);
        p.url = c.url;
    } else if (k == QLatin1String("rc")) {
        p.reconnectsUs.append(o.value(QStringLiteral("t")).toInteger());
    } else if (k == QLatin1String("s")) {
        p.steps.append(StepOutcome{o.value(QStringLiteral("step")).toInt(), o.value(QStringLiteral("rep")).toInt(),
                                   o.value(QStringLiteral("ok")).toBool(), o.value(QStringLiteral("t")).toInteger(),
                                   o.value(QStringLiteral("detail")).toString()});
    } else if (k == QLatin1String("pg")) {
        p.pings.append(PingSample{o.value(QStringLiteral("t")).toInteger(), o.value(QStringLiteral("rtt")).toInteger()});
    } else if (k == QLatin1String("h") || k == QLatin1String("pr")) {
        // Indices come from our own writer; a damaged one is bounded, not trusted.
        const qint64 i = o.value(QStringLiteral("i")).toInteger(-1);
        const QJsonObject v = o.value(QStringLiteral("v")).toObject();
        const bool http = k == QLatin1String("h");
        const qsizetype size = http ? p.http.size() : p.prompts.size();
        if (i < 0 || i > size) {
            out->notes << RecordedWords::english(RecordedWords::RecordOutOfOrder, path, lineNumber);
        } else if (http) {
            if (i == size)
                p.http.append(httpFrom(v));
            else
                p.http[i] = httpFrom(v);
        } else {
            if (i == size)
                p.prompts.append(promptFrom(v));
            else
                p.prompts[i] = promptFrom(v);
        }
    } else if (k == QLatin1String("path_end")) {
        if (const QString url = o.value(QStringLiteral("url")).toString(); !url.isEmpty())
            p.url = QUrl(url);
        p.heartbeatTimeouts = o.value(QStringLiteral("hb")).toInt();
        p.scriptCompleted = o.value(QStringLiteral("done")).toBool();
    }
}

// Connections still open when the capture stopped: their upgrade is in the frames.
void addOpenConnections(CaptureJournal::Recovered *out)
{
    for (auto &run : out->runs) {
        for (PathRecord *p : {&run->direct, &run->tunnel}) {
            const qsizetype known = p->connections.isEmpty() ? -1 : p->connections.last().firstFrameIndex;
            for (qsizetype i = 0; i < p->frames.count(); ++i) {
                const Frame f = p->frames.at(i);
                if (f.type != FrameType::Open || i <= known)
                    continue;
                ConnectionRecord c;
                c.firstFrameIndex = i;
                c.handshake.ok = true;
                c.handshake.status = 101;
                c.url = p->url;
                c.handshake.answerUs = f.tUs; // when it began is not in the journal: no duration is made up
                c.close.tcpEnd = RecordedWords::english(RecordedWords::StillOpen);
                p->connections.append(c);
            }
        }
    }
}

} // namespace

bool CaptureJournal::read(const QString &path, Recovered *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    if (!readJournalHeader(file, path, out, error))
        return false;
    qint64 lineNumber = 1;
    bool capped = false;
    std::vector<std::vector<RunRecord *>> recordsOfRun; // each run's records: one per tunnel
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++lineNumber;
        if (!raw.endsWith('\n'))
            break; // torn by the crash: what it held never fully reached the disk
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        const QString k = o.value(QStringLiteral("k")).toString();
        if (k == QLatin1String("started")) {
            out->startedEpochMs = o.value(QStringLiteral("epoch_ms")).toInteger();
            continue;
        }
        if (k == QLatin1String("end")) {
            out->complete = true;
            break;
        }
        if (k == QLatin1String("capped")) {
            capped = true;
            break;
        }
        if (k == QLatin1String("run")) {
            // One record per tunnel (one without `tn`), the direct path read into the first.
            const QJsonArray names = o.value(QStringLiteral("tn")).toArray();
            const QJsonArray urls = o.value(QStringLiteral("tus")).toArray();
            std::vector<RunRecord *> records;
            for (qsizetype t = 0; t < std::max<qsizetype>(1, names.size()); ++t) {
                auto run = std::make_unique<RunRecord>();
                run->index = int(recordsOfRun.size());
                run->startedEpochMs = o.value(QStringLiteral("epoch_ms")).toInteger();
                run->direct.name = QStringLiteral("direct");
                run->tunnel.name = QStringLiteral("tunnel");
                run->direct.url = QUrl(o.value(QStringLiteral("du")).toString());
                run->tunnel.url = QUrl(names.isEmpty() ? o.value(QStringLiteral("tu")).toString() : urls.at(t).toString());
                run->tunnelName = names.at(t).toString();
                run->identity = o.value(QStringLiteral("id")).toString();
                // Until its run_end says otherwise, a run was cut short by the end of the capture.
                run->interrupted = true;
                records.push_back(run.get());
                out->runs.push_back(std::move(run));
            }
            recordsOfRun.push_back(records);
            continue;
        }
        const int r = o.value(QStringLiteral("r")).toInt(-1);
        if (r < 0 || r >= int(recordsOfRun.size())) {
            if (!k.isEmpty() && k != QLatin1String("run_end"))
                out->notes << RecordedWords::english(RecordedWords::RecordForNoRun, path, lineNumber);
            continue;
        }
        const std::vector<RunRecord *> &records = recordsOfRun[std::size_t(r)];
        if (k == QLatin1String("run_end")) {
            for (RunRecord *run : records)
                run->interrupted = o.value(QStringLiteral("interrupted")).toBool();
            continue;
        }
        const QString side = o.value(QStringLiteral("p")).toString();
        const qsizetype tunnel = side == QLatin1String("t") ? 0 : side.startsWith(QLatin1Char('t')) ? side.mid(1).toInt() : -1;
        if (tunnel >= qsizetype(records.size())) {
            out->notes << RecordedWords::english(RecordedWords::RecordForNoTunnel, path, lineNumber);
            continue;
        }
        PathRecord &p = tunnel < 0 ? records.front()->direct : records[std::size_t(tunnel)]->tunnel;
        readPathRecord(k, o, p, out, path, lineNumber);
    }
    // Each tunnel was compared against the same direct capture.
    for (const std::vector<RunRecord *> &records : recordsOfRun)
        for (std::size_t t = 1; t < records.size(); ++t)
            records[t]->direct = records.front()->direct.copy();
    addOpenConnections(out);
    if (!out->complete)
        out->notes << RecordedWords::english(RecordedWords::RecoveredJournal, QFileInfo(path).fileName());
    if (capped)
        out->notes << RecordedWords::english(RecordedWords::JournalCapped);
    return true;
}

} // namespace tunnelscope
