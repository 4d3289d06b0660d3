#include "scenariorunner.h"

#include "lab.h"
#include "labtls.h"
#include "pairedrun.h"
#include "proxyenvironment.h"
#include "recordedwords.h"
#include "templateexpander.h"
#include "tokeninspector.h"
#include "websocketurl.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace tunnelscope {

ScenarioRunner::ScenarioRunner(Profile profile, QObject *parent) : QObject(parent), m_profile(std::move(profile))
{
    m_intervalTimer.setSingleShot(true);
    connect(&m_intervalTimer, &QTimer::timeout, this, &ScenarioRunner::startRun);
}

ScenarioRunner::~ScenarioRunner() = default;

WireClient::Options ScenarioRunner::optionsFor(const PathSpec &spec, const QString &url, QStringList *problems,
                                               const QString &pathName, const QString &jsonPath) const
{
    const TemplateExpander expander(m_secrets, 0);
    WireClient::Options o;
    o.url = QUrl(expander.expand(url), QUrl::StrictMode);
    if (!url.isEmpty())
        o.url = m_profile.protocolHandler().connectionUrl(o.url, pathName);
    // A URL given on the command line (or in the window) is named as such.
    // A `tunnels` item is named by its JSON path, or by its --tunnel option when given there.
    const QString at = m_urlOptions.contains(pathName) ? QStringLiteral("--%1").arg(pathName)
        : jsonPath.startsWith(QLatin1String("--"))     ? jsonPath
        : jsonPath.isEmpty()                           ? m_profile.origin + QStringLiteral(": $.%1.url").arg(pathName)
                                                       : m_profile.origin + QStringLiteral(": %1.url").arg(jsonPath);
    // A path the session does not play needs no URL.
    const bool played = m_profile.paths == Profile::Paths::Both
        || (m_profile.paths == Profile::Paths::DirectOnly) == (pathName == QLatin1String("direct"));
    if (url.isEmpty() && !played)
        return o;
    if (url.isEmpty())
        problems->append(
            jsonPath.isEmpty()
                ? tr("%1: no URL for the %2 path (set %2.url, give --%2 URL, or add a \"lab\" section)").arg(at, pathName)
                : tr("%1: no URL for this tunnel (set its url, give --tunnel NAME=URL, or add a \"lab\" section)").arg(at));
    else if (const QString problem = WebSocketUrl::problem(o.url, url); !problem.isEmpty())
        problems->append(tr("%1: %2", "where, then what is wrong there").arg(at, problem));
    for (const auto &h : m_profile.headers)
        o.headers.append({h.first.toUtf8(), expander.expand(h.second).toUtf8()});
    o.subprotocols = m_profile.subprotocols;
    o.deflate = m_profile.deflate;
    o.ignoreTlsErrors = spec.ignoreTlsErrors;
    o.caFile = spec.caFile;
    if (!spec.caFile.isEmpty() && !QFileInfo(spec.caFile).isReadable())
        problems->append(tr("%1: $.%2.ca_file: cannot read \"%3\"").arg(m_profile.origin, pathName, spec.caFile));
    o.handshakeTimeoutMs = m_profile.handshakeTimeoutMs;
    o.maxMessageBytes = m_profile.maxMessageBytes;
    return o;
}

QStringList ScenarioRunner::prepare(const Overrides &overrides)
{
    QStringList problems;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_profile.secretEnv.begin(); it != m_profile.secretEnv.end(); ++it) {
        if (m_secretValues.contains(it.key())) {
            m_secrets.insert(it.key(), m_secretValues.value(it.key()));
            continue;
        }
        if (!env.contains(it.value())) {
            problems << tr("%1: $.secrets.%2.env: environment variable %3 is not set (export %3=... before running)")
                            .arg(m_profile.origin, it.key(), it.value());
            continue;
        }
        m_secrets.insert(it.key(), env.value(it.value()));
    }
    if (!problems.isEmpty())
        return problems;
    if (overrides.runs > 0)
        m_profile.runs = overrides.runs;

    if (!overrides.tunnels.isEmpty()) {
        useTunnels(overrides.tunnels);
        QStringList names;
        for (const TunnelSpec &t : std::as_const(m_profile.tunnels)) {
            if (names.contains(t.name))
                problems << tr("--tunnel: \"%1\" names two tunnels; each needs its own name").arg(t.name);
            names << t.name;
        }
    } else if (!overrides.tunnelUrl.isEmpty() && !m_profile.tunnels.isEmpty())
        problems << tr("--tunnel: %1 compares %2 tunnels: give each as --tunnel NAME=URL")
                        .arg(m_profile.origin)
                        .arg(m_profile.tunnels.size());
    if (!problems.isEmpty())
        return problems;
    m_overrides = overrides;
    m_urlOptions.clear();
    if (!overrides.directUrl.isEmpty())
        m_urlOptions << QStringLiteral("direct");
    if (!overrides.tunnelUrl.isEmpty())
        m_urlOptions << QStringLiteral("tunnel");
    QString direct = overrides.directUrl.isEmpty() ? m_profile.direct.url : overrides.directUrl;
    QString tunnel = overrides.tunnelUrl.isEmpty() ? m_profile.tunnel.url : overrides.tunnelUrl;
    if (m_profile.lab.enabled && !tunnel.isEmpty() && !m_profile.lab.faults.isEmpty()) {
        QStringList faults;
        for (const FaultSpec &f : m_profile.lab.faults)
            faults << FaultSpec::kindName(f.kind);
        m_notes << RecordedWords::english(
            RecordedWords::FaultsNotPlayed, QUrl(tunnel).toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
            overrides.tunnelUrl.isEmpty() ? QStringLiteral("tunnel.url") : QStringLiteral("--tunnel"),
            faults.join(QStringLiteral(", ")));
    }
    const bool namedTunnels = !m_profile.tunnels.isEmpty();
    const bool tunnelWanted = namedTunnels ? std::any_of(m_profile.tunnels.cbegin(), m_profile.tunnels.cend(),
                                                         [](const TunnelSpec &t) { return t.path.url.isEmpty(); })
                                           : tunnel.isEmpty();
    if (m_profile.lab.enabled && (direct.isEmpty() || tunnelWanted)) {
        LabSpec spec = m_profile.lab;
        spec.token = TemplateExpander(m_secrets, 0).expand(spec.token);
        m_lab = new Lab(spec, this);
        QString error;
        QUrl upstream;
        if (spec.endpoint.isEmpty())
            upstream = optionsFor(m_profile.direct, direct, &problems, QStringLiteral("direct")).url;
        if (!problems.isEmpty())
            return problems;
        if (!m_lab->start(&error, upstream, m_profile.direct)) {
            problems << m_profile.origin + QStringLiteral(": $.lab: ") + error;
            return problems;
        }
        if (direct.isEmpty())
            direct = m_lab->directUrl().toString();
        if (tunnel.isEmpty() && !namedTunnels)
            tunnel = m_lab->tunnelUrl().toString();
        // Each named tunnel without a URL of its own gets a lab fault tunnel of its own.
        for (TunnelSpec &t : m_profile.tunnels) {
            if (!t.path.url.isEmpty())
                continue;
            t.path.url = m_lab->addTunnel(t.name, &error).toString();
            if (t.path.url.isEmpty()) {
                problems << tr("%1: $.lab: the fault tunnel for %2: %3").arg(m_profile.origin, t.name, error);
                return problems;
            }
        }
    }
    m_profile.direct.url = direct;
    m_directOptions = optionsFor(m_profile.direct, direct, &problems, QStringLiteral("direct"));
    m_tunnelPaths.clear();
    if (namedTunnels) {
        for (qsizetype i = 0; i < m_profile.tunnels.size(); ++i) {
            const TunnelSpec &t = m_profile.tunnels[i];
            const QString where = overrides.tunnels.isEmpty() ? QStringLiteral("$.tunnels[%1]").arg(i)
                                                              : QStringLiteral("--tunnel %1").arg(t.name);
            m_tunnelPaths.append({t.name, optionsFor(t.path, t.path.url, &problems, QStringLiteral("tunnel-") + t.name, where)});
        }
    } else {
        m_profile.tunnel.url = tunnel;
        m_tunnelPaths.append({QString(), optionsFor(m_profile.tunnel, tunnel, &problems, QStringLiteral("tunnel"))});
    }
    QString note;
    m_directOptions.proxy = proxyFor(m_profile.direct, m_directOptions.url, QStringLiteral("direct"), &problems, &note);
    if (!note.isEmpty())
        m_notes << note;
    for (qsizetype i = 0; i < m_tunnelPaths.size(); ++i) {
        WireClient::Options &o = m_tunnelPaths[i].options;
        const QString name = m_tunnelPaths[i].name.isEmpty() ? QStringLiteral("tunnel") : m_tunnelPaths[i].name;
        note.clear();
        o.proxy = proxyFor(namedTunnels ? m_profile.tunnels[i].path : m_profile.tunnel, o.url, name, &problems, &note,
                           namedTunnels ? QStringLiteral("$.tunnels[%1]").arg(i) : QString());
        if (!note.isEmpty())
            m_notes << note;
    }
    QList<WireClient::Options *> all{&m_directOptions};
    for (PairedRun::TunnelPath &t : m_tunnelPaths)
        all << &t.options;
    // A wss:// lab's certificate is trusted on the lab's own URLs and nowhere else.
    if (m_lab && m_lab->spec().tls)
        for (WireClient::Options *o : std::as_const(all))
            if (m_lab->serves(o->url))
                o->caCertificates = LabTls::certificates();
    for (const WireClient::Options *o : std::as_const(all))
        for (const QString &expired : TokenInspector::expiredTokens(o->headers, o->url))
            if (!m_notes.contains(expired))
                m_notes << expired;
    return problems;
}

bool ScenarioRunner::isNamedTunnel(const QString &value)
{
    static const QRegularExpression named(QStringLiteral("^[A-Za-z0-9_.-]+=wss?://"));
    return named.match(value).hasMatch();
}

void ScenarioRunner::useTunnels(const QStringList &given)
{
    QList<TunnelSpec> tunnels;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const bool named = isNamedTunnel(given[i]);
        TunnelSpec t;
        t.name = named ? given[i].section(QLatin1Char('='), 0, 0) : QStringLiteral("tunnel%1").arg(i + 1);
        for (const TunnelSpec &known : std::as_const(m_profile.tunnels))
            if (known.name == t.name)
                t.path = known.path;
        t.path.url = named ? given[i].section(QLatin1Char('='), 1) : given[i];
        tunnels << t;
    }
    m_profile.tunnels = tunnels;
}

QUrl ScenarioRunner::proxyFor(const PathSpec &spec, const QUrl &url, const QString &pathName, QStringList *problems,
                              QString *note, const QString &jsonPath) const
{
    if (m_overrides.noProxy || url.isEmpty())
        return QUrl();
    QString problem;
    auto chosen = [&](const QString &text, const QString &from, const QString &where) {
        const QUrl proxy = ProxyEnvironment::parse(text, &problem);
        if (proxy.isEmpty()) {
            problems->append(tr("%1: %2", "where, then what is wrong there").arg(where, problem));
            return QUrl();
        }
        *note = RecordedWords::english(RecordedWords::ProxyChosen, pathName,
                                       proxy.toString(QUrl::RemoveUserInfo | QUrl::RemovePath), from);
        return proxy;
    };
    if (!m_overrides.proxy.isEmpty())
        return chosen(m_overrides.proxy, QStringLiteral("--proxy"), QStringLiteral("--proxy"));
    if (!spec.proxy.isEmpty())
        return chosen(TemplateExpander(m_secrets, 0).expand(spec.proxy),
                      (jsonPath.isEmpty() ? pathName : jsonPath.mid(2)) + QStringLiteral(".proxy"),
                      m_profile.origin
                          + QStringLiteral(": %1.proxy").arg(jsonPath.isEmpty() ? QStringLiteral("$.") + pathName : jsonPath));
    // The lab's own URLs are on this machine: a proxy from the environment could not reach them.
    if (m_lab && m_lab->serves(url))
        return QUrl();
    QString variable;
    const QUrl proxy = ProxyEnvironment().proxyFor(url, &variable);
    if (!proxy.isEmpty())
        *note = RecordedWords::english(RecordedWords::ProxyFromEnvironment, pathName,
                                       proxy.toString(QUrl::RemoveUserInfo | QUrl::RemovePath), variable);
    return proxy;
}

QList<const RunRecord *> ScenarioRunner::recordsOfRun(int index) const
{
    QList<const RunRecord *> records;
    for (auto it = m_runs.rbegin(); it != m_runs.rend(); ++it) {
        if ((*it)->index == index)
            records.prepend(it->get());
        else if ((*it)->index < index)
            break;
    }
    return records;
}

const RunRecord *ScenarioRunner::liveRun() const
{
    return m_current ? m_current->record() : nullptr;
}

QStringList ScenarioRunner::missingSecrets() const
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList missing;
    for (auto it = m_profile.secretEnv.begin(); it != m_profile.secretEnv.end(); ++it)
        if (!m_secretValues.contains(it.key()) && !env.contains(it.value()))
            missing << it.key();
    return missing;
}

void ScenarioRunner::start()
{
    m_running = true;
    m_startedEpochMs = QDateTime::currentMSecsSinceEpoch();
    startRun();
}

void ScenarioRunner::play(const StepSpec &step, bool direct, bool tunnels)
{
    if (m_current)
        m_current->play(step, direct, tunnels);
}

void ScenarioRunner::endInteractive()
{
    if (m_current)
        m_current->endInteractive();
}

void ScenarioRunner::stop()
{
    m_stopping = true;
    m_intervalTimer.stop();
    if (m_current) {
        m_interruptCurrent = true;
        m_current->stop(RecordedWords::english(RecordedWords::StoppedByUser));
    } else if (m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void ScenarioRunner::finishCurrentRun()
{
    m_stopping = true;
    m_intervalTimer.stop();
    if (!m_current && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

WireClient::Options ScenarioRunner::asIdentity(WireClient::Options options, const IdentitySpec *identity) const
{
    if (!identity)
        return options;
    const TemplateExpander expander(m_secrets, 0);
    for (const auto &[name, value] : identity->headers) {
        const QByteArray header = name.toUtf8();
        options.headers.removeIf([&header](const auto &h) { return h.first.compare(header, Qt::CaseInsensitive) == 0; });
        options.headers.append({header, expander.expand(value).toUtf8()});
    }
    return options;
}

void ScenarioRunner::startRun()
{
    const int index = m_runsPlayed;
    const IdentitySpec *identity = m_profile.identityOfRun(index);
    QList<PairedRun::TunnelPath> tunnels = m_tunnelPaths;
    for (PairedRun::TunnelPath &t : tunnels)
        t.options = asIdentity(t.options, identity);
    m_current = new PairedRun(m_profile, index, asIdentity(m_directOptions, identity), tunnels, m_secrets, this);
    connect(m_current, &PairedRun::finished, this, &ScenarioRunner::onRunFinished);
    Q_EMIT runStarted(index);
    m_current->start();
}

void ScenarioRunner::onRunFinished()
{
    PairedRun *run = m_current;
    for (std::unique_ptr<RunRecord> &record : run->takeRecords()) {
        record->interrupted = m_interruptCurrent;
        m_runs.push_back(std::move(record));
    }
    m_interruptCurrent = false;
    m_current = nullptr;
    run->deleteLater();
    ++m_runsPlayed;
    Q_EMIT runFinished(m_runsPlayed - 1);
    if (!m_stopping && m_runsPlayed < m_profile.totalRuns()) {
        m_intervalTimer.start(m_profile.intervalMs);
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace tunnelscope
