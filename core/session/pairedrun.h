#pragma once

#include "profile.h"
#include "runrecord.h"
#include "wireclient.h"

#include <QObject>
#include <memory>
#include <vector>

namespace tunnelscope {

class PathSession;

// One run: the same script on the direct path and on each tunnelled path at the same time,
// all stamped on one RunClock.
class PairedRun : public QObject
{
    Q_OBJECT
public:
    // A tunnelled path: its name (empty with one tunnel) and how to open it.
    struct TunnelPath
    {
        QString name;
        WireClient::Options options;
    };

    PairedRun(const Profile &profile, int index, const WireClient::Options &direct, const QList<TunnelPath> &tunnels,
              const QMap<QString, QString> &secrets, QObject *parent = nullptr);
    ~PairedRun() override;

    void start();
    void stop(const QString &why);
    // An interactive profile: a step played by hand on the direct path, the tunnelled ones, or
    // all; then the end of it (every path closes).
    void play(const StepSpec &step, bool direct, bool tunnels);
    void endInteractive();
    // Hands the records over once the run has finished: one per tunnel, each with the direct
    // path (copied into all but the first).
    std::vector<std::unique_ptr<RunRecord>> takeRecords();
    // While it plays: the first tunnel's record (the live view follows it).
    const RunRecord *record() const { return m_records.empty() ? nullptr : m_records.front().get(); }

Q_SIGNALS:
    void finished();

private:
    void onPathFinished();

    const Profile &m_profile;
    RunClock m_clock;
    std::vector<std::unique_ptr<RunRecord>> m_records;
    PathSession *m_direct;
    QList<PathSession *> m_tunnels;
};

} // namespace tunnelscope
