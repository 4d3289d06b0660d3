#include "scenariorunner.h"

#include "lab.h"
#include "labtls.h"
#include "pairedrun.h"
#include "proxyenvironment.h"
#include "templateexpander.h"
#include "tokeninspector.h"
#include "websocketurl.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace tunnelscope {

ScenarioRunner::ScenarioRunner(Profile profile, QObject *parent) : QObject(parent), m_profile(std::move(profile))
{
    m_intervalTimer.setSingleShot(true);
    connect(&m_intervalTimer, &QTimer::timeout, this, &ScenarioRunner::startRun);
}

ScenarioRunner::~ScenarioRunner() = default;

WireClient::Options ScenarioRunner::optionsFor(const PathSpec &spec, const QString &url, QStringList *problems,
                                               const QString &pathName) const
{
    const TemplateExpander expander(m_secrets, 0);
    WireClient::Options o;
    o.url = QUrl(expander.expand(url), QUrl::StrictMode);
    if (!url.isEmpty())
        o.url = m_profile.protocolHandler().connectionUrl(o.url, pathName);
    // A URL given on the command line (or in the window) is named as such.
    const QString at = m_urlOptions.contains(pathName) ? QStringLiteral("--%1").arg(pathName)
                                                       : m_profile.origin + QStringLiteral(": $.%1.url").arg(pathName);
    if (url.isEmpty())
        problems->append(at
                         + QStringLiteral(": no URL for the %1 path (set %2.url, give --%1 URL, or add a \"lab\" section)")
                               .arg(pathName, pathName));
    else if (const QString problem = WebSocketUrl::problem(o.url, url); !problem.isEmpty())
        problems->append(at + QStringLiteral(": ") + problem);
    for (const auto &h : m_profile.headers)
        o.headers.append({h.first.toUtf8(), expander.expand(h.second).toUtf8()});
    o.subprotocols = m_profile.subprotocols;
    o.deflate = m_profile.deflate;
    o.ignoreTlsErrors = spec.ignoreTlsErrors;
    o.caFile = spec.caFile;
    if (!spec.caFile.isEmpty() && !QFileInfo(spec.caFile).isReadable())
        problems->append(m_profile.origin + QStringLiteral(": $.%1.ca_file: cannot read \"%2\"").arg(pathName, spec.caFile));
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
            problems << m_profile.origin
                    + QStringLiteral(": $.secrets.%1.env: environment variable %2 is not set (export %2=... before running)")
                          .arg(it.key(), it.value());
            continue;
        }
        m_secrets.insert(it.key(), env.value(it.value()));
    }
    if (!problems.isEmpty())
        return problems;
    if (overrides.runs > 0)
        m_profile.runs = overrides.runs;

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
        m_notes << QStringLiteral(
                       "the tunnel path goes to %1 (%2), not through the lab's fault tunnel: its faults (%3) are not played")
                       .arg(QUrl(tunnel).toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                            overrides.tunnelUrl.isEmpty() ? QStringLiteral("tunnel.url") : QStringLiteral("--tunnel"),
                            faults.join(QStringLiteral(", ")));
    }
    if (m_profile.lab.enabled && (direct.isEmpty() || tunnel.isEmpty())) {
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
        if (tunnel.isEmpty())
            tunnel = m_lab->tunnelUrl().toString();
    }
    m_profile.direct.url = direct;
    m_profile.tunnel.url = tunnel;
    m_directOptions = optionsFor(m_profile.direct, direct, &problems, QStringLiteral("direct"));
    m_tunnelOptions = optionsFor(m_profile.tunnel, tunnel, &problems, QStringLiteral("tunnel"));
    for (const auto &[options, spec, name] : {std::tuple{&m_directOptions, &m_profile.direct, QStringLiteral("direct")},
                                              std::tuple{&m_tunnelOptions, &m_profile.tunnel, QStringLiteral("tunnel")}}) {
        QString note;
        options->proxy = proxyFor(*spec, options->url, name, &problems, &note);
        if (!note.isEmpty())
            m_notes << note;
    }
    // A wss:// lab's certificate is trusted on the lab's own URLs and nowhere else.
    if (m_lab && m_lab->spec().tls)
        for (WireClient::Options *o : {&m_directOptions, &m_tunnelOptions})
            if (m_lab->serves(o->url))
                o->caCertificates = LabTls::certificates();
    for (const WireClient::Options *o : {&m_directOptions, &m_tunnelOptions})
        for (const QString &note : TokenInspector::expiredTokens(o->headers, o->url))
            if (!m_notes.contains(note))
                m_notes << note;
    return problems;
}

QUrl ScenarioRunner::proxyFor(const PathSpec &spec, const QUrl &url, const QString &pathName, QStringList *problems,
                              QString *note) const
{
    if (m_overrides.noProxy || url.isEmpty())
        return QUrl();
    QString problem;
    auto chosen = [&](const QString &text, const QString &from, const QString &where) {
        const QUrl proxy = ProxyEnvironment::parse(text, &problem);
        if (proxy.isEmpty()) {
            problems->append(where + QStringLiteral(": ") + problem);
            return QUrl();
        }
        *note = QStringLiteral("the %1 path goes through the proxy %2 (%3)")
                    .arg(pathName, proxy.toString(QUrl::RemoveUserInfo | QUrl::RemovePath), from);
        return proxy;
    };
    if (!m_overrides.proxy.isEmpty())
        return chosen(m_overrides.proxy, QStringLiteral("--proxy"), QStringLiteral("--proxy"));
    if (!spec.proxy.isEmpty())
        return chosen(TemplateExpander(m_secrets, 0).expand(spec.proxy), QStringLiteral("%1.proxy").arg(pathName),
                      m_profile.origin + QStringLiteral(": $.%1.proxy").arg(pathName));
    // The lab's own URLs are on this machine: a proxy from the environment could not reach them.
    if (m_lab && m_lab->serves(url))
        return QUrl();
    QString variable;
    const QUrl proxy = ProxyEnvironment().proxyFor(url, &variable);
    if (!proxy.isEmpty())
        *note = QStringLiteral("the %1 path goes through the proxy %2 (from the environment's %3; --no-proxy or no_proxy "
                               "to go without)")
                    .arg(pathName, proxy.toString(QUrl::RemoveUserInfo | QUrl::RemovePath), variable);
    return proxy;
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

void ScenarioRunner::stop()
{
    m_stopping = true;
    m_intervalTimer.stop();
    if (m_current) {
        m_interruptCurrent = true;
        m_current->stop(QStringLiteral("stopped by the user"));
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
    const int index = int(m_runs.size());
    const IdentitySpec *identity = m_profile.identityOfRun(index);
    m_current = new PairedRun(m_profile, index, asIdentity(m_directOptions, identity), asIdentity(m_tunnelOptions, identity),
                              m_secrets, this);
    connect(m_current, &PairedRun::finished, this, &ScenarioRunner::onRunFinished);
    Q_EMIT runStarted(index);
    m_current->start();
}

void ScenarioRunner::onRunFinished()
{
    PairedRun *run = m_current;
    m_runs.push_back(run->takeRecord());
    m_runs.back()->interrupted = m_interruptCurrent;
    m_interruptCurrent = false;
    m_current = nullptr;
    run->deleteLater();
    const int index = int(m_runs.size()) - 1;
    Q_EMIT runFinished(index);
    if (!m_stopping && int(m_runs.size()) < m_profile.totalRuns()) {
        m_intervalTimer.start(m_profile.intervalMs);
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace tunnelscope
