#include "pairedrun.h"

#include "pathsession.h"

#include <QDateTime>

namespace tunnelscope {

PairedRun::PairedRun(const Profile &profile, int index, const WireClient::Options &direct, const WireClient::Options &tunnel,
                     const QMap<QString, QString> &secrets, QObject *parent)
    : QObject(parent), m_profile(profile), m_record(std::make_unique<RunRecord>())
{
    m_record->index = index;
    if (const IdentitySpec *identity = profile.identityOfRun(index))
        m_record->identity = identity->name;
    m_record->direct.name = QStringLiteral("direct");
    m_record->direct.url = direct.url;
    m_record->tunnel.name = QStringLiteral("tunnel");
    m_record->tunnel.url = tunnel.url;
    const TemplateExpander expander(secrets, index);
    m_direct = new PathSession(profile, direct, expander, &m_clock, &m_record->direct, this);
    m_tunnel = new PathSession(profile, tunnel, expander, &m_clock, &m_record->tunnel, this);
    connect(m_direct, &PathSession::finished, this, &PairedRun::onPathFinished);
    connect(m_tunnel, &PathSession::finished, this, &PairedRun::onPathFinished);
}

PairedRun::~PairedRun() = default;

void PairedRun::start()
{
    m_clock.restart();
    m_record->startedEpochMs = QDateTime::currentMSecsSinceEpoch();
    m_direct->start();
    m_tunnel->start();
}

void PairedRun::stop(const QString &why)
{
    m_direct->stop(why);
    m_tunnel->stop(why);
}

void PairedRun::onPathFinished()
{
    if (m_direct->isFinished() && m_tunnel->isFinished())
        Q_EMIT finished();
}

} // namespace tunnelscope
