#pragma once

#include "profile.h"
#include "runrecord.h"
#include "wireclient.h"

#include <QObject>
#include <memory>

namespace tunnelscope {

class PathSession;

// One run: the same script on the direct and the tunnelled path at the same time, both
// stamped on one RunClock.
class PairedRun : public QObject
{
    Q_OBJECT
public:
    PairedRun(const Profile &profile, int index, const WireClient::Options &direct, const WireClient::Options &tunnel,
              const QMap<QString, QString> &secrets, QObject *parent = nullptr);
    ~PairedRun() override;

    void start();
    void stop(const QString &why);
    // Hands the record over once the run has finished.
    std::unique_ptr<RunRecord> takeRecord() { return std::move(m_record); }
    const RunRecord *record() const { return m_record.get(); }

Q_SIGNALS:
    void finished();

private:
    void onPathFinished();

    const Profile &m_profile;
    RunClock m_clock;
    std::unique_ptr<RunRecord> m_record;
    PathSession *m_direct;
    PathSession *m_tunnel;
};

} // namespace tunnelscope
