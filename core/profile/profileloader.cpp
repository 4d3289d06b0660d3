#include "profileloader.h"

#include "jsoncomments.h"
#include "jsonschemavalidator.h"
#include "templateexpander.h"
#include "websocketurl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace tunnelscope {

namespace {

const QString BuiltinPrefix = QStringLiteral("builtin:");

QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return ProfileLoader::tr("line %1, column %2").arg(line).arg(column);
}

// "WHERE: what is wrong", WHERE a file or a JSON path, in the language installed.
QString pathProblem(const QString &at, const QString &problem)
{
    return ProfileLoader::tr("%1: %2", "a file or a JSON path, then what is wrong there").arg(at, problem);
}

} // namespace

QStringList ProfileLoader::builtinNames()
{
    QStringList names;
    for (const QString &file : QDir(QStringLiteral(":/profiles")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << file.chopped(5);
    return names;
}

QString ProfileLoader::builtinPath(const QString &name)
{
    return QStringLiteral(":/profiles/%1.json").arg(name);
}

QJsonObject ProfileLoader::schema()
{
    QFile f(QStringLiteral(":/schemas/profile.schema.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

ProfileLoader::Result ProfileLoader::load(const QString &source)
{
    Result r;
    QString path = source;
    if (source.startsWith(BuiltinPrefix)) {
        const QString name = source.mid(BuiltinPrefix.size());
        if (!builtinNames().contains(name)) {
            r.problems
                << tr("%1: no such built-in profile (available: %2)").arg(source, builtinNames().join(QStringLiteral(", ")));
            return r;
        }
        path = builtinPath(name);
    }
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        r.problems << tr("%1: no such file (a profile is a .json file or builtin:NAME; `tunnelscope profiles` lists the "
                         "built-in ones)")
                          .arg(source);
        return r;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        r.problems << tr("%1: cannot read: %2").arg(source, file.errorString());
        return r;
    }
    if (file.size() > 16 * 1024 * 1024) {
        r.problems << tr("%1: %2 bytes is too large for a profile (16 MiB at most)").arg(source).arg(file.size());
        return r;
    }
    return parse(file.readAll(), source);
}

ProfileLoader::Result ProfileLoader::parse(const QByteArray &text, const QString &origin)
{
    Result r;
    const JsonComments::Result uncommented = JsonComments::blank(text);
    if (uncommented.unterminated >= 0) {
        r.problems << tr("%1: %2: a /* comment that is never closed with */")
                          .arg(origin, lineColumn(text, int(uncommented.unterminated)));
        return r;
    }
    const QByteArray &json = uncommented.json;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        r.problems << tr("%1: %2: not valid JSON: %3").arg(origin, lineColumn(json, err.offset), err.errorString());
        return r;
    }
    if (!doc.isObject()) {
        r.problems << (doc.isArray() ? tr("%1: $: expected an object, got an array")
                                     : tr("%1: $: expected an object, got a scalar"))
                          .arg(origin);
        return r;
    }
    const QJsonObject o = doc.object();
    QStringList problems = JsonSchemaValidator(schema()).validate(o);
    // A URL the schema's pattern refuses is said as everywhere else a URL is judged.
    for (const char *path : {"direct", "tunnel"}) {
        const QJsonValue url = o.value(QLatin1String(path)).toObject().value(QStringLiteral("url"));
        const QString at = QStringLiteral("$.%1.url").arg(QLatin1String(path));
        if (const QString problem = url.isString() ? WebSocketUrl::problem(url.toString()) : QString(); !problem.isEmpty())
            for (QString &said : problems)
                if (said.startsWith(at + QLatin1Char(':')) || said.startsWith(at + QStringLiteral("：")))
                    said = pathProblem(at, problem);
    }
    Profile p;
    p.origin = origin;
    p.source = o;
    p.hasComments = uncommented.json != text;
    if (problems.isEmpty())
        readProfile(o, &p, &problems);
    for (const QString &problem : problems)
        r.problems << pathProblem(origin, problem);
    if (r.problems.isEmpty())
        r.profile = p;
    return r;
}

namespace {

// A send in a protocol's own form ("emit", "queue_prompt") needs that protocol, and its shape.
void checkProtocolSend(const QJsonObject &send, const Profile &p, const QString &at, QStringList *problems)
{
    for (const Protocol *protocol : Protocol::all()) {
        for (const QString &form : protocol->sendForms()) {
            if (!send.contains(form))
                continue;
            if (!p.protocolHandler().sendForms().contains(form)) {
                const Protocol *offering = Protocol::offering(form);
                problems->append(
                    ProfileLoader::tr("%1.send.%2: \"%2\" needs \"protocol\": \"%3\"").arg(at, form, offering->name()));
                return;
            }
        }
    }
    if (const QString problem = p.protocolHandler().checkSend(send); !problem.isEmpty())
        problems->append(pathProblem(at + QStringLiteral(".send"), problem));
}

} // namespace

namespace {

// Reads a profile's JSON (already checked against the schema) into a Profile, one part of the
// format per method, and names every problem the schema cannot see by its JSON path.
class ProfileReader
{
public:
    ProfileReader(const QJsonObject &json, Profile *profile, QStringList *problems)
        : m_json(json), m_profile(profile), m_problems(problems)
    { }

    void read()
    {
        readTopLevel();
        readSecrets();
        readPath("direct", &m_profile->direct);
        readPath("tunnel", &m_profile->tunnel);
        readTunnels();
        readHeaders();
        readExtensions();
        const QJsonArray steps = m_json.value(QStringLiteral("steps")).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i)
            m_profile->steps.append(
                readStep(steps.at(i).toObject(), JsonSchemaValidator::childPath(QStringLiteral("$.steps"), i)));
        readTimers();
        readCompare();
        if (m_json.contains(QStringLiteral("lab")))
            readLab(m_json.value(QStringLiteral("lab")).toObject());
    }

    // One step, as a file's steps are read, for a profile already read (its secrets declared).
    StepSpec readOneStep(const QJsonObject &step, const QString &at)
    {
        m_declared = m_profile->secretEnv.keys();
        return readStep(step, at);
    }

private:
    static QString str(const QJsonObject &obj, const char *key, const QString &fallback = QString())
    {
        return obj.value(QLatin1String(key)).toString(fallback);
    }

    // The schema bounds integers from below only; what a 32-bit field cannot hold is refused
    // here, by its path, rather than cast into nonsense.
    int integer(const QJsonObject &obj, const char *key, int fallback, const QString &at) const
    {
        if (!obj.contains(QLatin1String(key)))
            return fallback;
        const double v = obj.value(QLatin1String(key)).toDouble();
        if (v > std::numeric_limits<int>::max() || v < std::numeric_limits<int>::min()) {
            m_problems->append(ProfileLoader::tr("%1.%2: %3 is too large (at most %4)")
                                   .arg(at, QLatin1String(key))
                                   .arg(v)
                                   .arg(std::numeric_limits<int>::max()));
            return fallback;
        }
        return int(v);
    }

    void checkTemplates(const QString &text, const QString &at) const
    {
        for (const QString &problem : TemplateExpander::check(text, m_declared))
            m_problems->append(pathProblem(at, problem));
    }

    // `tunnels`: each read as a path, under a name of its own.
    void readTunnels()
    {
        const QJsonArray tunnels = m_json.value(QStringLiteral("tunnels")).toArray();
        if (!tunnels.isEmpty() && m_json.contains(QStringLiteral("tunnel")))
            m_problems->append(ProfileLoader::tr("$.tunnels: give either \"tunnel\" (one) or \"tunnels\" (several), not both"));
        QStringList names;
        for (qsizetype i = 0; i < tunnels.size(); ++i) {
            const QString at = JsonSchemaValidator::childPath(QStringLiteral("$.tunnels"), i);
            TunnelSpec tunnel;
            tunnel.name = str(tunnels.at(i).toObject(), "name");
            if (const qsizetype first = names.indexOf(tunnel.name); first >= 0)
                m_problems->append(ProfileLoader::tr("%1.name: \"%2\" is already the name of %3; each tunnel needs its own "
                                                     "name (reports and metrics are split by it)")
                                       .arg(at, tunnel.name, JsonSchemaValidator::childPath(QStringLiteral("$.tunnels"), first)));
            names << tunnel.name;
            readPathObject(tunnels.at(i).toObject(), at, &tunnel.path);
            m_profile->tunnels.append(tunnel);
        }
    }

    void readTopLevel()
    {
        m_profile->name = str(m_json, "name");
        m_profile->description = str(m_json, "description");
        m_profile->protocol = str(m_json, "protocol", QStringLiteral("raw"));
        m_profile->runs = integer(m_json, "runs", 1, QStringLiteral("$"));
        m_profile->intervalMs = integer(m_json, "interval_ms", 0, QStringLiteral("$"));
        m_profile->handshakeTimeoutMs = integer(m_json, "handshake_timeout_ms", 10000, QStringLiteral("$"));
        m_profile->maxMessageBytes = m_json.value(QStringLiteral("max_message_bytes")).toInteger(m_profile->maxMessageBytes);
    }

    void readSecrets()
    {
        const QJsonObject secrets = m_json.value(QStringLiteral("secrets")).toObject();
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            m_profile->secretEnv.insert(it.key(), it.value().toObject().value(QStringLiteral("env")).toString());
        m_declared = m_profile->secretEnv.keys();
    }

    void readPath(const char *key, PathSpec *spec)
    {
        readPathObject(m_json.value(QLatin1String(key)).toObject(), QStringLiteral("$.%1").arg(QLatin1String(key)), spec);
    }

    void readPathObject(const QJsonObject &path, const QString &at, PathSpec *spec)
    {
        spec->url = str(path, "url");
        spec->proxy = str(path, "proxy");
        spec->ignoreTlsErrors = path.value(QStringLiteral("ignore_tls_errors")).toBool();
        spec->caFile = str(path, "ca_file");
        checkTemplates(spec->url, at + QStringLiteral(".url"));
        // A URL with a {{template}} is judged once expanded, when it is played.
        if (!spec->url.isEmpty() && !spec->url.contains(QLatin1String("{{")))
            if (const QString problem = WebSocketUrl::problem(spec->url); !problem.isEmpty())
                m_problems->append(pathProblem(at + QStringLiteral(".url"), problem));
        if (!spec->proxy.isEmpty() && QUrl(spec->proxy).host().isEmpty())
            m_problems->append(ProfileLoader::tr("%1.proxy: \"%2\" has no host (write http://host:port or socks5://host:port)")
                                   .arg(at, spec->proxy));
    }

    QList<QPair<QString, QString>> readHeaderObject(const QJsonObject &headers, const QString &path) const
    {
        QList<QPair<QString, QString>> read;
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QString at = JsonSchemaValidator::childPath(path, it.key());
            if (!isHeaderName(it.key()))
                m_problems->append(ProfileLoader::tr("%1: not a valid HTTP header name").arg(at));
            const QString value = it.value().toString();
            if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')))
                m_problems->append(ProfileLoader::tr("%1: a header value must not contain a line break").arg(at));
            checkTemplates(value, at);
            read.append({it.key(), value});
        }
        return read;
    }

    void readExtensions()
    {
        const bool offered = m_json.value(QStringLiteral("extensions")).toArray().contains(QStringLiteral("permessage-deflate"));
        const QJsonObject params = m_json.value(QStringLiteral("permessage_deflate")).toObject();
        if (!offered) {
            if (m_json.contains(QStringLiteral("permessage_deflate")))
                m_problems->append(ProfileLoader::tr("$.permessage_deflate: parameters for an extension that is not offered; "
                                                     "add \"permessage-deflate\" to $.extensions or remove them"));
            return;
        }
        DeflateOffer offer;
        offer.clientMaxWindowBits = integer(params, "client_max_window_bits", 0, QStringLiteral("$.permessage_deflate"));
        offer.serverMaxWindowBits = integer(params, "server_max_window_bits", 0, QStringLiteral("$.permessage_deflate"));
        offer.clientNoContextTakeover = params.value(QStringLiteral("client_no_context_takeover")).toBool();
        offer.serverNoContextTakeover = params.value(QStringLiteral("server_no_context_takeover")).toBool();
        for (const auto &h : std::as_const(m_profile->headers))
            if (h.first.compare(QLatin1String("Sec-WebSocket-Extensions"), Qt::CaseInsensitive) == 0)
                m_problems->append(ProfileLoader::tr("$.headers[\"%1\"]: the offer comes from $.extensions; a header of the "
                                                     "same name would replace it (remove one of them)")
                                       .arg(h.first));
        m_profile->deflate = offer;
    }

    static bool isHeaderName(const QString &name)
    {
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        return token.match(name).hasMatch();
    }

    void readHeaders()
    {
        m_profile->headers = readHeaderObject(m_json.value(QStringLiteral("headers")).toObject(), QStringLiteral("$.headers"));
        for (const QJsonValue &s : m_json.value(QStringLiteral("subprotocols")).toArray())
            m_profile->subprotocols << s.toString();
        const QJsonArray identities = m_json.value(QStringLiteral("identities")).toArray();
        QStringList names;
        for (qsizetype i = 0; i < identities.size(); ++i) {
            const QString at = JsonSchemaValidator::childPath(QStringLiteral("$.identities"), i);
            const QJsonObject o = identities.at(i).toObject();
            IdentitySpec identity;
            identity.name = str(o, "name");
            if (names.contains(identity.name))
                m_problems->append(
                    ProfileLoader::tr("%1.name: \"%2\" is already the name of %3; each identity needs its own name (reports "
                                      "and statistics are split by it)")
                        .arg(at, identity.name,
                             JsonSchemaValidator::childPath(QStringLiteral("$.identities"), names.indexOf(identity.name))));
            names << identity.name;
            identity.headers = readHeaderObject(o.value(QStringLiteral("headers")).toObject(), at + QStringLiteral(".headers"));
            m_profile->identities.append(identity);
        }
    }

    StepSpec readStep(const QJsonObject &s, const QString &at)
    {
        StepSpec step;
        if (s.contains(QStringLiteral("send"))) {
            const QJsonValue send = s.value(QStringLiteral("send"));
            const QJsonObject so = send.toObject();
            if (send.isObject() && so.size() == 1 && so.contains(QStringLiteral("binary_base64"))) {
                const auto decoded = QByteArray::fromBase64Encoding(
                    so.value(QStringLiteral("binary_base64")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!so.value(QStringLiteral("binary_base64")).isString() || !decoded)
                    m_problems->append(ProfileLoader::tr("%1.send.binary_base64: not valid base64").arg(at));
            } else if (send.isObject() && so.size() == 1 && so.contains(QStringLiteral("text"))
                       && !so.value(QStringLiteral("text")).isString()) {
                m_problems->append(ProfileLoader::tr("%1.send.text: expected a string").arg(at));
            } else if (send.isObject()) {
                checkProtocolSend(so, *m_profile, at, m_problems);
            }
            checkTemplates(StepSpec::textOf(send), at + QStringLiteral(".send"));
            step.send = send;
        }
        if (s.contains(QStringLiteral("expect"))) {
            QString error;
            step.expect = MessageMatcher::compile(s.value(QStringLiteral("expect")).toObject(), &error);
            if (!step.expect)
                m_problems->append(pathProblem(at + QStringLiteral(".expect"), error));
        }
        if (s.contains(QStringLiteral("ping"))) {
            step.ping = s.value(QStringLiteral("ping")).toString();
            if (step.ping->toUtf8().size() > 125)
                m_problems->append(ProfileLoader::tr("%1.ping: a ping payload is at most 125 bytes (RFC 6455 §5.5)").arg(at));
        }
        if (s.contains(QStringLiteral("close")))
            step.close = integer(s, "close", 1000, at);
        if (step.close && (*step.close == 1004 || *step.close == 1005 || *step.close == 1006 || *step.close == 1015))
            m_problems->append(ProfileLoader::tr("%1.close: %2 is reserved and must not be sent (use 1000 for a normal close)")
                                   .arg(at)
                                   .arg(*step.close));
        if (s.contains(QStringLiteral("await_close_ms")))
            step.awaitCloseMs = integer(s, "await_close_ms", 0, at);
        step.waitMs = integer(s, "wait_ms", 0, at);
        step.repeat = integer(s, "repeat", 1, at);
        step.timeoutMs = integer(s, "timeout_ms", 5000, at);
        const bool queuesPrompt = s.value(QStringLiteral("send")).toObject().contains(QStringLiteral("queue_prompt"));
        if (s.contains(QStringLiteral("timeout_ms")) && !s.contains(QStringLiteral("expect"))
            && !s.contains(QStringLiteral("ping")) && !queuesPrompt)
            m_problems->append(ProfileLoader::tr("%1.timeout_ms: applies to \"expect\", \"ping\" and \"queue_prompt\" only; "
                                                 "this step has none of them")
                                   .arg(at));
        if (!step.sends() && !s.contains(QStringLiteral("expect")) && !s.contains(QStringLiteral("wait_ms"))
            && !step.awaitCloseMs)
            m_problems->append(
                ProfileLoader::tr("%1: nothing to do: give it send, expect, ping, close, wait_ms or await_close_ms").arg(at));
        int actions = int(s.contains(QStringLiteral("send"))) + int(step.ping.has_value()) + int(step.close.has_value());
        if (actions > 1)
            m_problems->append(
                ProfileLoader::tr("%1: send, ping and close are separate steps (this one has %2 of them)").arg(at).arg(actions));
        return step;
    }

    // How often to ping (heartbeat) and how to come back after a connection is lost (reconnect).
    void readTimers()
    {
        const QJsonObject heartbeat = m_json.value(QStringLiteral("heartbeat")).toObject();
        m_profile->heartbeat.intervalMs = integer(heartbeat, "interval_ms", 0, QStringLiteral("$.heartbeat"));
        m_profile->heartbeat.timeoutMs
            = integer(heartbeat, "timeout_ms", m_profile->heartbeat.intervalMs, QStringLiteral("$.heartbeat"));
        if (!heartbeat.isEmpty() && !heartbeat.contains(QStringLiteral("interval_ms")))
            m_problems->append(ProfileLoader::tr("$.heartbeat: missing \"interval_ms\" (how often to ping)"));

        const QJsonObject reconnect = m_json.value(QStringLiteral("reconnect")).toObject();
        m_profile->reconnect.maxAttempts
            = integer(reconnect, "max_attempts", reconnect.isEmpty() ? 0 : 5, QStringLiteral("$.reconnect"));
        m_profile->reconnect.initialMs = integer(reconnect, "initial_ms", 500, QStringLiteral("$.reconnect"));
        m_profile->reconnect.maxMs = integer(reconnect, "max_ms", 30000, QStringLiteral("$.reconnect"));
        m_profile->reconnect.factor = reconnect.value(QStringLiteral("factor")).toDouble(2.0);
        m_profile->reconnect.jitter = reconnect.value(QStringLiteral("jitter")).toDouble(0.2);
        if (m_profile->reconnect.maxMs < m_profile->reconnect.initialMs)
            m_problems->append(ProfileLoader::tr("$.reconnect.max_ms: %1 is below initial_ms %2")
                                   .arg(m_profile->reconnect.maxMs)
                                   .arg(m_profile->reconnect.initialMs));
    }

    void readCompare()
    {
        const QJsonObject compare = m_json.value(QStringLiteral("compare")).toObject();
        for (const QJsonValue &f : compare.value(QStringLiteral("ignore_fields")).toArray())
            m_profile->compare.ignoreFields << f.toString();
        const QJsonArray critical = compare.value(QStringLiteral("critical")).toArray();
        for (qsizetype i = 0; i < critical.size(); ++i) {
            QString error;
            const auto m = MessageMatcher::compile(critical.at(i).toObject(), &error);
            if (m)
                m_profile->compare.critical.append(*m);
            else
                m_problems->append(pathProblem(JsonSchemaValidator::childPath(QStringLiteral("$.compare.critical"), i), error));
        }
        m_profile->compare.latencyWarnMs = compare.value(QStringLiteral("latency_warn_ms")).toDouble(50.0);
    }

    void readLab(const QJsonObject &lab)
    {
        m_profile->lab.enabled = true;
        // No endpoint: the lab tunnel fronts the profile's own direct server.
        m_profile->lab.endpoint = str(lab, "endpoint");
        m_profile->lab.token = str(lab, "token");
        m_profile->lab.behaviour = str(lab, "behaviour");
        if (m_profile->lab.endpoint == QLatin1String("hostile") && m_profile->lab.behaviour.isEmpty())
            m_problems->append(
                ProfileLoader::tr("$.lab.behaviour: the hostile endpoint needs a \"behaviour\" (what the server does wrong)"));
        else if (m_profile->lab.endpoint != QLatin1String("hostile") && !m_profile->lab.behaviour.isEmpty())
            m_problems->append(ProfileLoader::tr(
                "$.lab.behaviour: only the hostile endpoint has a behaviour; set \"endpoint\": \"hostile\" or remove it"));
        m_profile->lab.tls = lab.value(QStringLiteral("tls")).toBool();
        m_profile->lab.serverPingMs = integer(lab, "server_ping_ms", 0, QStringLiteral("$.lab"));
        if (m_profile->lab.serverPingMs > 0 && m_profile->lab.endpoint.isEmpty())
            m_problems->append(ProfileLoader::tr("$.lab.server_ping_ms: only a lab endpoint pings; this lab fronts "
                                                 "direct.url, whose server pings as it does"));
        m_profile->lab.port = quint16(integer(lab, "port", 0, QStringLiteral("$.lab")));
        checkTemplates(m_profile->lab.token, QStringLiteral("$.lab.token"));
        m_profile->lab.faults = readFaults(lab.value(QStringLiteral("faults")).toArray(), QStringLiteral("$.lab.faults"));
        const QJsonObject perTunnel = lab.value(QStringLiteral("tunnels")).toObject();
        for (auto it = perTunnel.begin(); it != perTunnel.end(); ++it) {
            const QString at = JsonSchemaValidator::childPath(QStringLiteral("$.lab.tunnels"), it.key());
            const bool named = std::any_of(m_profile->tunnels.cbegin(), m_profile->tunnels.cend(),
                                           [&it](const TunnelSpec &t) { return t.name == it.key(); });
            if (!named)
                m_problems->append(ProfileLoader::tr("%1: no tunnel of $.tunnels is named \"%2\"").arg(at, it.key()));
            m_profile->lab.tunnelFaults.insert(
                it.key(),
                readFaults(it.value().toObject().value(QStringLiteral("faults")).toArray(), at + QStringLiteral(".faults")));
        }
    }

    QList<FaultSpec> readFaults(const QJsonArray &faults, const QString &at) const
    {
        QList<FaultSpec> read;
        for (qsizetype i = 0; i < faults.size(); ++i)
            read.append(readFault(faults.at(i).toObject(), JsonSchemaValidator::childPath(at, i)));
        return read;
    }

    FaultSpec readFault(const QJsonObject &f, const QString &at) const
    {
        FaultSpec fault;
        fault.kind = *FaultSpec::kindFromName(str(f, "kind"));
        fault.ms = integer(f, "ms", 0, at);
        fault.jitterMs = integer(f, "jitter_ms", 0, at);
        fault.p = f.value(QStringLiteral("p")).toDouble(0.0);
        fault.seed = quint64(f.value(QStringLiteral("seed")).toInteger(1));
        fault.status = integer(f, "status", 403, at);
        using K = FaultSpec::Kind;
        const bool needsMs = fault.kind == K::Latency || fault.kind == K::IdleTimeout;
        if (needsMs && !f.contains(QStringLiteral("ms")))
            m_problems->append(ProfileLoader::tr("%1: \"%2\" needs \"ms\"").arg(at, FaultSpec::kindName(fault.kind)));
        if (fault.kind == K::DropRandom && !f.contains(QStringLiteral("p")))
            m_problems->append(ProfileLoader::tr("%1: \"drop_random\" needs \"p\" (the probability to drop a frame)").arg(at));
        if (fault.kind == K::RejectUpgrade && fault.status == 101)
            m_problems->append(
                ProfileLoader::tr("%1.status: 101 accepts the upgrade; give a rejecting status such as 403").arg(at));
        if (f.contains(QStringLiteral("match"))) {
            QString error;
            fault.match = MessageMatcher::compile(f.value(QStringLiteral("match")).toObject(), &error);
            if (!fault.match)
                m_problems->append(pathProblem(at + QStringLiteral(".match"), error));
        }
        const QJsonObject when = f.value(QStringLiteral("when_header")).toObject();
        for (auto it = when.begin(); it != when.end(); ++it) {
            const QString whereHeader = JsonSchemaValidator::childPath(at + QStringLiteral(".when_header"), it.key());
            if (!isHeaderName(it.key()))
                m_problems->append(ProfileLoader::tr("%1: not a valid HTTP header name").arg(whereHeader));
            const QRegularExpression pattern(it.value().toString());
            if (!pattern.isValid())
                m_problems->append(ProfileLoader::tr("%1: not a valid regular expression: %2 (at offset %3)")
                                       .arg(whereHeader, pattern.errorString())
                                       .arg(pattern.patternErrorOffset()));
            fault.whenHeaders.append({it.key(), pattern});
        }
        return fault;
    }

    const QJsonObject &m_json;
    Profile *m_profile;
    QStringList *m_problems;
    QStringList m_declared; // the secrets' names, for checking {{templates}}
};

} // namespace

void ProfileLoader::readProfile(const QJsonObject &o, Profile *p, QStringList *problems)
{
    ProfileReader(o, p, problems).read();
}

StepSpec ProfileLoader::readStep(const QJsonObject &step, const Profile &profile, QStringList *problems)
{
    const QJsonObject none;
    Profile copy = profile; // the reader writes nothing to it for a step, but takes it as its own
    return ProfileReader(none, &copy, problems).readOneStep(step, QStringLiteral("$.steps[0]"));
}

} // namespace tunnelscope
