#include "pairedrun.h"

#include "pathsession.h"

#include <QDateTime>

namespace tunnelscope {

PairedRun::PairedRun(const Profile &profile, int index, const WireClient::Options &direct, const QList<TunnelPath> &tunnels,
                     const QMap<QString, QString> &secrets, QObject *parent)
    : QObject(parent), m_profile(profile)
{
    const TemplateExpander expander(secrets, index);
    for (const TunnelPath &tunnel : tunnels) {
        auto record = std::make_unique<RunRecord>();
        record->index = index;
        if (const IdentitySpec *identity = profile.identityOfRun(index))
            record->identity = identity->name;
        record->tunnelName = tunnel.name;
        record->direct.name = QStringLiteral("direct");
        record->direct.url = direct.url;
        record->tunnel.name = QStringLiteral("tunnel");
        record->tunnel.url = tunnel.options.url;
        auto *session = new PathSession(profile, tunnel.options, expander, &m_clock, &record->tunnel, this);
        connect(session, &PathSession::finished, this, &PairedRun::onPathFinished);
        m_tunnels << session;
        m_records.push_back(std::move(record));
    }
    // One direct session, recorded in the first record; the others get a copy at the end.
    m_direct = new PathSession(profile, direct, expander, &m_clock, &m_records.front()->direct, this);
    connect(m_direct, &PathSession::finished, this, &PairedRun::onPathFinished);
}

PairedRun::~PairedRun() = default;

void PairedRun::start()
{
    m_clock.restart();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &record : m_records)
        record->startedEpochMs = now;
    // The played path starts first: the skipped one finishes at once and must not end the run.
    if (m_profile.paths != Profile::Paths::TunnelOnly)
        m_direct->start();
    for (PathSession *tunnel : std::as_const(m_tunnels))
        m_profile.paths == Profile::Paths::DirectOnly ? tunnel->skip() : tunnel->start();
    if (m_profile.paths == Profile::Paths::TunnelOnly)
        m_direct->skip();
}

void PairedRun::play(const StepSpec &step, bool direct, bool tunnels)
{
    if (direct)
        m_direct->play(step);
    if (tunnels)
        for (PathSession *tunnel : std::as_const(m_tunnels))
            tunnel->play(step);
}

void PairedRun::endInteractive()
{
    m_direct->endInteractive();
    for (PathSession *tunnel : std::as_const(m_tunnels))
        tunnel->endInteractive();
}

void PairedRun::stop(const QString &why)
{
    m_direct->stop(why);
    for (PathSession *tunnel : std::as_const(m_tunnels))
        tunnel->stop(why);
}

std::vector<std::unique_ptr<RunRecord>> PairedRun::takeRecords()
{
    for (std::size_t i = 1; i < m_records.size(); ++i)
        m_records[i]->direct = m_records.front()->direct.copy();
    return std::move(m_records);
}

void PairedRun::onPathFinished()
{
    if (!m_direct->isFinished())
        return;
    for (PathSession *tunnel : std::as_const(m_tunnels))
        if (!tunnel->isFinished())
            return;
    Q_EMIT finished();
}

} // namespace tunnelscope
