#pragma once

#include "pairedrun.h"
#include "profile.h"
#include "runrecord.h"
#include "wireclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

namespace tunnelscope {

class Lab;
class PairedRun;

// Plays a profile: starts its lab if it has one, then `runs` paired runs one after another,
// `interval_ms` apart. Keeps every RunRecord for the diff and the reports.
class ScenarioRunner : public QObject
{
    Q_OBJECT
public:
    struct Overrides
    {
        QString directUrl;
        QString tunnelUrl;
        // Several tunnels instead of the profile's: each URL or NAME=URL (unnamed ones are
        // tunnel1, tunnel2… in order); a name of the profile's `tunnels` keeps its settings.
        QStringList tunnels;
        int runs = 0; // 0: the profile's
        QString proxy;        // --proxy: every path through this proxy (over the profile's and the environment's)
        bool noProxy = false; // --no-proxy: no path through any proxy
    };

    explicit ScenarioRunner(Profile profile, QObject *parent = nullptr);

    // "NAME=ws://…": a --tunnel value that names its tunnel.
    static bool isNamedTunnel(const QString &value);
    ~ScenarioRunner() override;

    // Checks what can be checked before connecting (secrets, URLs, lab); on failure the
    // problems name the file and the JSON path, and nothing was connected.
    QStringList prepare(const Overrides &overrides);
    // A secret's value given another way than its environment variable (typed into the app);
    // kept in memory only.
    void setSecretValue(const QString &name, const QString &value) { m_secretValues.insert(name, value); }
    // Secrets whose environment variable is not set and that have no value given.
    QStringList missingSecrets() const;
    void start();
    void stop();
    // An interactive profile (Profile::interactive): a step played by hand on the paths asked
    // for, in the run under way; then its end, after which the run closes and is compared.
    void play(const StepSpec &step, bool direct, bool tunnels);
    void endInteractive();
    // Lets the run under way end as it would, then plays no other: `watch` on SIGINT/SIGTERM.
    void finishCurrentRun();

    const Profile &profile() const { return m_profile; }
    const std::vector<std::unique_ptr<RunRecord>> &runs() const { return m_runs; }
    // A finished run's records: one, or one per tunnel (the direct path the same in each).
    QList<const RunRecord *> recordsOfRun(int index) const;
    // The run being played, for live views; null between runs. Valid until runFinished.
    const RunRecord *liveRun() const;
    const QMap<QString, QString> &secrets() const { return m_secrets; }
    QUrl directUrl() const { return m_directOptions.url; }
    QUrl tunnelUrl() const { return m_tunnelPaths.isEmpty() ? QUrl() : m_tunnelPaths.first().options.url; }
    // Every tunnelled path: one, or the profile's `tunnels` by name.
    const QList<PairedRun::TunnelPath> &tunnelPaths() const { return m_tunnelPaths; }
    qint64 startedEpochMs() const { return m_startedEpochMs; }
    // Things noticed before connecting that explain what may follow (an expired token).
    QStringList notes() const { return m_notes; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void runStarted(int index);
    void runFinished(int index);
    void finished();

private:
    void startRun();
    void onRunFinished();
    // --tunnel given more than once (or as NAME=URL): these tunnels instead of the profile's.
    void useTunnels(const QStringList &given);
    // The options with an identity's headers added to (and overriding) the profile's.
    WireClient::Options asIdentity(WireClient::Options options, const IdentitySpec *identity) const;
    // `jsonPath`: where the path is in the profile, when not at $.pathName (a `tunnels` item).
    WireClient::Options optionsFor(const PathSpec &spec, const QString &url, QStringList *problems, const QString &pathName,
                                   const QString &jsonPath = QString()) const;
    // The proxy a path goes through (see README "Proxies"), and a note saying so.
    QUrl proxyFor(const PathSpec &spec, const QUrl &url, const QString &pathName, QStringList *problems, QString *note,
                  const QString &jsonPath = QString()) const;

    Profile m_profile;
    QMap<QString, QString> m_secrets;
    QMap<QString, QString> m_secretValues;
    QStringList m_notes;
    WireClient::Options m_directOptions;
    QList<PairedRun::TunnelPath> m_tunnelPaths;
    Lab *m_lab = nullptr;
    QStringList m_urlOptions; // the paths whose URL was given as an option (--direct, --tunnel)
    Overrides m_overrides;
    QPointer<PairedRun> m_current;
    std::vector<std::unique_ptr<RunRecord>> m_runs; // one per run, or per run and tunnel
    int m_runsPlayed = 0;
    QTimer m_intervalTimer{this}; // a child, so it moves with the runner to another thread
    qint64 m_startedEpochMs = 0;
    bool m_running = false;
    bool m_stopping = false;
    bool m_interruptCurrent = false; // stop() came while a run was playing
};

} // namespace tunnelscope
