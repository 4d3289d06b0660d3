#pragma once

#include "finding.h"
#include "profile.h"
#include "runrecord.h"

#include <QList>

namespace tunnelscope {

// Compares what the two paths of one run saw at the connection level: the upgrade, how each
// connection ended, protocol violations, reconnects and heartbeats. (Message-by-message
// alignment of the two frame sequences builds on this.)
class RunComparer
{
public:
    explicit RunComparer(const Profile &profile) : m_profile(profile) {}

    QList<Finding> compare(const RunRecord &run) const;

private:
    void compareHandshakes(const RunRecord &run, QList<Finding> *out) const;
    void compareCloses(const RunRecord &run, QList<Finding> *out) const;
    void compareViolations(const RunRecord &run, QList<Finding> *out) const;
    void compareReconnects(const RunRecord &run, QList<Finding> *out) const;

    const Profile &m_profile;
};

} // namespace tunnelscope
